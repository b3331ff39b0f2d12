package dev.gazette.bench.corpus;

import dev.gazette.SearchRequest.Operator;

/**
 * One search-benchmark-game query as Gazette searches it.
 *
 * @param text the query text ({@code +a +b}, {@code "a b"}, {@code a b}, {@code +a -b}); Gazette's
 *     syntax reads a leading {@code +} as a plain (required) word
 * @param type the query's first tag: union, intersection, phrase, intersection_union, negated, ...
 * @param operator {@code OR} for union queries (and intersection_union, whose optional word Gazette
 *     cannot express otherwise), {@code AND} for the rest
 */
public record BenchQuery(String text, String type, Operator operator) {}
