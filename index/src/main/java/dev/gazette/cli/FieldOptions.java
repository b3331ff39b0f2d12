package dev.gazette.cli;

import dev.gazette.FieldMapping;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Option;

/** Which JSON fields fill which article fields ({@code reindex}, {@code add}, {@code eval --docs}). */
final class FieldOptions {
  @Option(names = "--id-field", paramLabel = "NAME", description = "JSON field holding the id (default: id).")
  String idField;

  @Option(names = "--title-field", paramLabel = "NAME", description = "JSON field holding the title (default: title).")
  String titleField;

  @Option(
      names = "--date-field",
      paramLabel = "NAME",
      description = "JSON field holding the publication date (default: published, else date_iso or date).")
  String dateField;

  @Option(names = "--body-field", paramLabel = "NAME", description = "JSON field holding the body (default: body).")
  String bodyField;

  @Option(
      names = "--facet-field",
      paramLabel = "NAME",
      split = ",",
      description = "JSON field whose values become a facet; repeatable (default: topics, places, people, orgs, exchanges).")
  List<String> facetFields;

  @Option(
      names = "--generate-ids",
      description = "Give a JSON record without an id one made from its file and line (file.jsonl:7) instead of rejecting it.")
  boolean generateIds;

  /** The field mapping: the defaults, with each field named on the command line replaced. */
  FieldMapping mapping() {
    FieldMapping defaults = FieldMapping.defaults();
    FieldMapping mapping = new FieldMapping(
        Objects.requireNonNullElse(idField, defaults.id()),
        Objects.requireNonNullElse(titleField, defaults.title()),
        Objects.requireNonNullElse(dateField, defaults.published()),
        Objects.requireNonNullElse(bodyField, defaults.body()),
        defaults.haiku(),
        defaults.references(),
        Objects.requireNonNullElse(facetFields, defaults.facetFields()),
        defaults.feeds(), false);
    return generateIds ? mapping.withGeneratedIds() : mapping;
  }
}
