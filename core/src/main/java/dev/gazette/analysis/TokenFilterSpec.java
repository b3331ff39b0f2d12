package dev.gazette.analysis;

import java.util.Map;

/**
 * One token filter in an analysis chain, named as Lucene's analysis SPI names it.
 *
 * @param name the SPI name, such as {@code lowercase} or {@code porterStem}
 * @param params the factory parameters, usually empty
 */
public record TokenFilterSpec(String name, Map<String, String> params) {

  /** Copies the parameters. */
  public TokenFilterSpec {
    params = Map.copyOf(params);
  }

  /** A filter without parameters. */
  public static TokenFilterSpec of(String name) {
    return new TokenFilterSpec(name, Map.of());
  }
}
