package dev.gazette.server;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.PathTemplateMatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a request's URL asks for, decoded by {@link PercentDecoder}: the path parameters of the
 * matched route (each the whole path segment, so {@code /api/articles/a%3Fb} names the id {@code a?b}
 * and {@code a%2Fb} the id {@code a/b}) and the query parameters. Every endpoint reads its
 * parameters from here, never from Undertow's own parsing.
 *
 * @param path each path parameter of the route template, decoded
 * @param query each query parameter with its values in order, decoded ({@code +} is a space)
 */
record RequestTarget(Map<String, String> path, Map<String, List<String>> query) {
  /** The most query parameters one request may carry. */
  static final int MAX_PARAMETERS = 1_000;

  /** Copies both maps. */
  RequestTarget {
    path = Map.copyOf(path);
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
  }

  /**
   * The decoded target of {@code exchange}.
   *
   * @throws ApiException 400 {@code invalid_request} for a path that is not strictly encoded UTF-8
   *     or that holds a {@code ;} (Undertow would cut a path segment there: encode it as {@code %3B});
   *     400 {@code invalid_parameter} for such a query string, or one of more than {@link
   *     #MAX_PARAMETERS} parameters
   */
  static RequestTarget of(HttpServerExchange exchange) {
    if (exchange.getRequestURI().indexOf(';') >= 0) {
      throw new ApiException(400, "invalid_request", "the path holds a ';', which is not part of any path here;"
          + " write a ';' inside an id as %3B");
    }
    Map<String, String> path = new LinkedHashMap<>();
    PathTemplateMatch match = exchange.getAttachment(PathTemplateMatch.ATTACHMENT_KEY);
    if (match != null) {
      match.getParameters().forEach((name, raw) ->
          path.put(name, PercentDecoder.decode(raw, false, "the path segment {" + name + "}", "invalid_request")));
    }
    return new RequestTarget(path, query(exchange.getQueryString()));
  }

  /** The parameters of the query string {@code raw} (without its {@code ?}). */
  static Map<String, List<String>> query(String raw) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    int count = 0;
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      if (++count > MAX_PARAMETERS) {
        throw ApiException.invalidParameter("the query string has more than " + MAX_PARAMETERS + " parameters");
      }
      int equals = pair.indexOf('=');
      String name = PercentDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), true,
          "a query parameter name", "invalid_parameter");
      String value = equals < 0 ? "" : PercentDecoder.decode(pair.substring(equals + 1), true,
          "the query parameter '" + name + "'", "invalid_parameter");
      params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    params.replaceAll((name, values) -> List.copyOf(values));
    return params;
  }
}
