package dev.gazette.analysis;

import java.util.List;

/**
 * The people and organisations an article mentions, as {@link EntityExtractor} finds them.
 *
 * @param people        distinct people by their fullest name in the article, in order of first mention
 * @param organizations distinct organisations by canonical or written name, in order of first mention
 */
public record Entities(List<String> people, List<String> organizations) {

  /** Copies both lists, so an instance never changes. */
  public Entities {
    people = List.copyOf(people);
    organizations = List.copyOf(organizations);
  }
}
