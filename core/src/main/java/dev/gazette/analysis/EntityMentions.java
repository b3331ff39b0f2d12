package dev.gazette.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The names one article mentions, gathered text by text in reading order, then resolved into
 * distinct people and organisations. Resolving joins the mentions of one person: "Putin" after
 * "Vladimir Putin" (the surname), "Kim" after "Kim Jong Un" (the family name first) and
 * "Otto Poehl" after "Karl Otto Poehl" all count as the longest form. A name of two or more words
 * with no sign of being a person's counts only when its last word is mentioned alone too
 * ("Hugo Paemen ... Paemen said"). Names of places ("North Korea", "White House") and names that
 * begin an organisation's name in the same article ("Scott Paper" of "Scott Paper Co") are no
 * people. One article's worth: not shared between threads.
 */
final class EntityMentions {

  /** How sure a mention is to name a person. */
  enum Evidence {
    /** After a title: "President Reagan", "Mexican President Miguel de la Madrid", even with a place in the name. */
    TITLE,
    /** Next to a verb of speech or starting with a given name: "said Kim Jong Un", "Carl Icahn"; unless a place. */
    PERSON,
    /** Two or more capitalised words and nothing more: a person if its surname also stands alone. */
    NAME,
    /** One capitalised word and nothing more: only ever another mention of a person named in full. */
    WORD
  }

  private record Mention(List<String> words, String display, int order, Evidence evidence) {
  }

  private static final class Person {
    final Mention longest;
    int first;

    Person(Mention longest) {
      this.longest = longest;
      this.first = longest.order();
    }

    boolean covers(Mention mention) {
      List<String> own = longest.words();
      List<String> other = mention.words();
      return own.size() >= other.size()
          && (own.subList(own.size() - other.size(), own.size()).equals(other)
              || other.size() == 1 && own.getFirst().equals(other.getFirst()));
    }
  }

  private final Predicate<String> place;
  private final Predicate<List<String>> noOne;
  private final List<Mention> people = new ArrayList<>();
  private final Set<String> organizations = new LinkedHashSet<>();

  /**
   * Starts an article's mentions; {@code place} tells names of places, which are no people, and
   * {@code noOne} names that are no one's ("President", "Citicorp", "Prime Minister").
   */
  EntityMentions(Predicate<String> place, Predicate<List<String>> noOne) {
    this.place = place;
    this.noOne = noOne;
  }

  /** Records a mention of an organisation by its display name. */
  void organization(String name) {
    organizations.add(name);
  }

  /** Records a possible mention of a person by its display name ("Vladimir Putin", "George W. Bush"). */
  void person(String display, Evidence evidence) {
    people.add(new Mention(Arrays.asList(display.split(" ")), display, people.size(), evidence));
  }

  /** The distinct people and organisations, each in order of first mention. */
  Entities resolve() {
    Set<String> alone = new HashSet<>();
    for (Mention mention : people) {
      if (mention.words().size() == 1) {
        alone.add(mention.display());
      }
    }
    List<Mention> byLength = new ArrayList<>(people);
    byLength.sort(Comparator.comparingInt((Mention m) -> m.words().size()).reversed());
    List<Person> found = new ArrayList<>();
    for (Mention mention : byLength) {
      Person same = sameAs(found, mention);
      if (same != null) {
        same.first = Math.min(same.first, mention.order());
      } else if (!noOne.test(mention.words()) && (mention.evidence() == Evidence.TITLE
          || (mention.evidence() == Evidence.PERSON
              || mention.evidence() == Evidence.NAME && alone.contains(mention.words().getLast())
                  && !place.test(mention.words().getLast()))
              && !place.test(mention.display()) && !beginsOrganization(mention.display()))) {
        found.add(new Person(mention));
      }
    }
    found.sort(Comparator.comparingInt(p -> p.first));
    List<String> names = new ArrayList<>(found.size());
    for (Person person : found) {
      names.add(person.longest.display());
    }
    return new Entities(names, List.copyOf(organizations));
  }

  /** The person already found whom {@code mention} names, or null. */
  private static Person sameAs(List<Person> found, Mention mention) {
    for (Person person : found) {
      if (person.covers(mention)) {
        return person;
      }
    }
    return null;
  }

  private boolean beginsOrganization(String name) {
    String start = name + " ";
    for (String organization : organizations) {
      if (organization.startsWith(start)) {
        return true;
      }
    }
    return false;
  }
}
