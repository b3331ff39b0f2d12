package dev.gazette.cli;

import dev.gazette.ArticleReader;
import dev.gazette.FieldMapping;
import dev.gazette.SourceFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** The sources a load reads ({@code reindex}, {@code add}), their format and field mapping. */
final class SourceOptions {
  private static final Map<String, SourceFormat> FORMATS = Map.of(
      "auto", SourceFormat.AUTO,
      "seed", SourceFormat.SEED,
      "jsonl", SourceFormat.JSON_LINES,
      "json", SourceFormat.JSON_ARRAY,
      "text", SourceFormat.TEXT);

  @Parameters(
      arity = "1..*",
      paramLabel = "SOURCE",
      description = "Files or folders (read recursively): seed-format files, .jsonl or .jsonl.gz, .json arrays, .txt or .md.")
  List<Path> sources;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      converter = FormatConverter.class,
      description = "auto, seed, jsonl, json or text. Default: auto (per file, by extension and content).")
  SourceFormat format;

  @Mixin FieldOptions fields;

  @Option(
      names = "--progress-every",
      paramLabel = "SECONDS",
      defaultValue = "4",
      description = "When not on a terminal, print a progress line when each phase starts and then this often "
          + "(default: ${DEFAULT-VALUE}, so a log never goes 5 s without one).")
  long progressSeconds;

  /** Fails with a usage error naming the first source that does not exist or cannot be read. */
  void validate(CommandSpec spec) {
    for (Path source : sources) {
      if (!Files.exists(source)) {
        throw new ParameterException(spec.commandLine(), "source not found: " + source + " (give a file or a folder to read)");
      }
      if (!Files.isReadable(source)) {
        throw new ParameterException(spec.commandLine(), "source not readable: " + source + " (check its permissions)");
      }
    }
    if (progressSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--progress-every must be at least 1 second");
    }
  }

  /** One reader per source, with the format and mapping given. */
  List<ArticleReader> readers() {
    FieldMapping mapping = fields.mapping();
    return sources.stream().map(source -> ArticleReader.of(source).format(format).mapping(mapping)).toList();
  }

  /** How often plain progress lines are printed. */
  Duration progressEvery() {
    return Duration.ofSeconds(progressSeconds);
  }

  /** Reads a {@code --format} name. */
  static final class FormatConverter implements ITypeConverter<SourceFormat> {
    @Override
    public SourceFormat convert(String value) {
      SourceFormat format = FORMATS.get(value.toLowerCase(Locale.ROOT));
      if (format == null) {
        throw new TypeConversionException("'" + value + "' is not a format; use auto, seed, jsonl, json or text");
      }
      return format;
    }
  }
}
