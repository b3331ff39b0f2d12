package dev.gazette.server;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Typed access to request parameters (query string, or the fields of a JSON body turned into the
 * same shape), with a 400 {@code invalid_parameter} naming the parameter for anything malformed.
 */
final class Params {
  /** A whole number as the API documents it: ASCII digits only (Java would also take {@code ５}). */
  private static final Pattern ASCII_INTEGER = Pattern.compile("[+-]?[0-9]{1,10}");
  private static final Pattern ASCII_DECIMAL = Pattern.compile("[+-]?[0-9]{1,6}(\\.[0-9]{1,9})?|[+-]?\\.[0-9]{1,9}");

  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  /**
   * Wraps {@code values}, refusing any parameter not in {@code allowed} so that a misspelt one is
   * reported instead of silently ignored.
   */
  static Params of(Map<String, List<String>> values, Set<String> allowed) {
    for (String name : values.keySet()) {
      if (!allowed.contains(name)) {
        throw ApiException.invalidParameter(name, "unknown parameter " + name + "; known: "
            + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    return new Params(values);
  }

  /** Every value of {@code name}, in order. */
  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  /** The single value of {@code name}, or {@code null} when absent. */
  String one(String name) {
    List<String> list = all(name);
    if (list.size() > 1) {
      throw ApiException.invalidParameter(name, name + " may be given only once");
    }
    return list.isEmpty() ? null : list.getFirst();
  }

  /** The whole number {@code name}, or {@code fallback} when absent. */
  int integer(String name, int fallback) {
    String value = one(name);
    if (value == null) {
      return fallback;
    }
    String digits = value.strip();
    try {
      if (!ASCII_INTEGER.matcher(digits).matches()) {
        throw new NumberFormatException(digits);
      }
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw ApiException.invalidParameter(name, name + " must be a whole number in ASCII digits, not '" + value + "'");
    }
  }

  /** The decimal number {@code name} (ASCII digits with an optional fraction), or {@code null} when absent. */
  Double decimal(String name) {
    String value = one(name);
    if (value == null) {
      return null;
    }
    String number = value.strip();
    if (!ASCII_DECIMAL.matcher(number).matches()) {
      throw ApiException.invalidParameter(name, name + " must be a number such as 0.5, not '" + value + "'");
    }
    return Double.parseDouble(number);
  }

  /** The boolean {@code name} ({@code true} or {@code false}), or {@code fallback} when absent. */
  boolean bool(String name, boolean fallback) {
    String value = one(name);
    if (value == null) {
      return fallback;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiException.invalidParameter(name, name + " must be true or false, not '" + value + "'");
    };
  }

  /** The constant of {@code type} named by {@code name} (case-insensitive), or {@code fallback} when absent. */
  <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    String value = one(name);
    if (value == null) {
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.strip())) {
        return constant;
      }
    }
    List<String> names = Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    throw ApiException.invalidParameter(name, name + " must be one of " + String.join(", ", names) + ", not '" + value + "'");
  }

  /** Every comma-separated item of every value of {@code name}, trimmed, empty items dropped. */
  List<String> commaList(String name) {
    return all(name).stream()
        .flatMap(value -> Arrays.stream(value.split(",")))
        .map(String::strip)
        .filter(item -> !item.isEmpty())
        .toList();
  }
}
