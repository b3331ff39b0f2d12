package dev.gazette.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed country alias file: extra names per ISO 3166 alpha-2 code, replacement canonical
 * names, and phrases that name no country. The format is described at the top of
 * {@code country-aliases.txt}.
 *
 * @param names   canonical names that replace the JDK's display name, by code
 * @param aliases extra names, by code
 * @param blocked phrases that are never a country mention
 */
record CountryAliasFile(Map<String, String> names, Map<String, List<Alias>> aliases, List<String> blocked) {

  /** The alias file that ships with Gazette. */
  static final String RESOURCE = "country-aliases.txt";

  /**
   * One extra name of a country.
   *
   * @param phrase    the name as written
   * @param ambiguous whether it names the country only when it stands alone (written with a leading '?')
   */
  record Alias(String phrase, boolean ambiguous) {
  }

  private static final Pattern NAME = Pattern.compile("([A-Z]{2})\\s*=\\s*(\\S.*)");
  private static final Pattern LIST = Pattern.compile("([A-Z]{2}|-)\\s*:\\s*(\\S.*)");

  /** Reads the alias file that ships with Gazette. */
  static CountryAliasFile standard() {
    try (InputStream in = CountryAliasFile.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " next to " + CountryAliasFile.class);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * Parses the lines of an alias file.
   *
   * @throws IllegalArgumentException naming the first line that fits no format
   */
  static CountryAliasFile parse(List<String> lines) {
    Map<String, String> names = new HashMap<>();
    Map<String, List<Alias>> aliases = new HashMap<>();
    List<String> blocked = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher name = NAME.matcher(line);
      Matcher list = LIST.matcher(line);
      if (name.matches()) {
        names.put(name.group(1), name.group(2).strip());
      } else if (!list.matches()) {
        throw new IllegalArgumentException(RESOURCE + " line " + (n + 1) + " is neither 'XX: aliases', 'XX = name' nor '-: phrases': " + line);
      } else if (list.group(1).equals("-")) {
        blocked.addAll(phrases(list.group(2)));
      } else {
        List<Alias> own = aliases.computeIfAbsent(list.group(1), code -> new ArrayList<>());
        phrases(list.group(2)).forEach(p -> own.add(p.startsWith("?") ? new Alias(p.substring(1).strip(), true) : new Alias(p, false)));
      }
    }
    aliases.replaceAll((code, own) -> List.copyOf(own));
    return new CountryAliasFile(Map.copyOf(names), Map.copyOf(aliases), List.copyOf(blocked));
  }

  private static List<String> phrases(String list) {
    return Pattern.compile(",").splitAsStream(list).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }
}
