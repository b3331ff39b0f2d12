package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.IngestReport.Rejection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleReaderTest {
  private static final String SEED_NAME = "000_0388dada9763fdad.txt";
  private static final Path SEED = TestData.repository().resolve("seeds").resolve(SEED_NAME);
  private static final String REFERENCES =
      "Collaboration for a Price: Russian Military-Technical Cooperation with China, Iran, and"
          + " North Korea Strategic Partnership Of Russia And North Korea: New Alliance Of"
          + " North-East Asia Russia and North Korea: A Growing Strategic Partnership Russia, North"
          + " Korea expanding military partnership, White House says 3 Takeaways From the North"
          + " Korea-Russia Summit";

  @TempDir Path dir;

  /** What a read produced: the report and the articles in the order the sink saw them. */
  private record Read(IngestReport report, List<Article> articles) {
    List<String> ids() {
      return articles.stream().map(Article::id).toList();
    }
  }

  private static Read read(ArticleReader reader) {
    List<Article> articles = new ArrayList<>();
    return new Read(reader.read(articles::add), articles);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  private static byte[] gzip(String text) throws IOException {
    var bytes = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  private static String seedText() throws IOException {
    return Files.readString(SEED);
  }

  @Test
  void readsTheSeedFieldByField() {
    Read read = read(ArticleReader.of(SEED));

    assertEquals(new IngestReport(1, 0, List.of()), read.report());
    Article seed = read.articles().getFirst();
    assertEquals("0388dada9763fdad", seed.id());
    assertEquals(
        "Russia and North Korea Forge Stronger Strategic Partnership Amid Rising Global Tensions",
        seed.title());
    assertEquals(Instant.parse("2024-06-19T11:03:00Z"), seed.published());
    assertEquals(
        List.of("Bound by shared disdain,", "Russia, North Korea,", "Forge ties, wary world."),
        seed.haiku());
    assertEquals(6, seed.body().size());
    assertTrue(
        seed.body().getFirst().startsWith("In a significant development on the global stage,"));
    assertTrue(seed.body().getLast().startsWith("This partnership highlights the evolving"));
    assertTrue(seed.body().getLast().endsWith("regional and global power dynamics."));
    assertEquals(REFERENCES, seed.references());
    assertNull(seed.url());
    assertNull(seed.author());
    assertNull(seed.language());
    assertEquals(List.of(), seed.tags());
    assertEquals(Map.of(), seed.facets());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "CRLF line endings, crlf",
    "CR line endings, cr",
    "byte-order mark and CRLF, bom",
    "extra blank lines and trailing spaces, blank"
  })
  void seedVariantsReadTheSame(String description, String variant) throws IOException {
    String text = seedText();
    String changed =
        switch (variant) {
          case "crlf" -> text.replace("\n", "\r\n");
          case "cr" -> text.replace("\n", "\r");
          case "bom" -> "\uFEFF" + text.replace("\n", "\r\n");
          default -> "\n\n  \n" + text.replace("\n\n", "  \n \n\n\t\n") + "\n\n\n";
        };
    Path file = write(SEED_NAME, changed);

    Read read = read(ArticleReader.of(file));

    assertEquals(1, read.report().accepted(), description);
    assertEquals(ArticleReader.parseSeed(SEED_NAME, text), read.articles().getFirst(), description);
  }

  @Test
  void seedWithoutHaikuStartsItsBodyRightAfterTheDateline() throws IOException {
    String text =
        seedText()
            .replace(
                "Bound by shared disdain,\nRussia, North Korea,\nForge ties, wary world.\n\n", "");

    Article article = ArticleReader.parseSeed(SEED_NAME, text);

    assertEquals(List.of(), article.haiku());
    assertEquals(6, article.body().size());
    assertTrue(article.body().getFirst().startsWith("In a significant development"));
    assertEquals(Instant.parse("2024-06-19T11:03:00Z"), article.published());
  }

  @Test
  void seedWithoutReferencesKeepsItsLastParagraph() throws IOException {
    String text = seedText();
    text = text.substring(0, text.indexOf("Referenced Articles:"));

    Article article = ArticleReader.parseSeed(SEED_NAME, text);

    assertEquals("", article.references());
    assertEquals(6, article.body().size());
    assertTrue(article.body().getLast().endsWith("regional and global power dynamics."));
    assertEquals(3, article.haiku().size());
  }

  @Test
  void seedWithoutDatelineHasNoDateButKeepsItsHaiku() throws IOException {
    Article article =
        ArticleReader.parseSeed(SEED_NAME, seedText().replace("06.19.24 11:03 AM\n\n", ""));

    assertNull(article.published());
    assertEquals(3, article.haiku().size());
    assertEquals(6, article.body().size());
  }

  @Test
  void referencesRightUnderTheLastParagraphAreStillSplitOff() {
    Article article =
        ArticleReader.parseSeed(
            "x.txt", "Title\n06.19.24 11:03 AM\nOne paragraph.\nReferenced Articles: A, B\n");

    assertEquals(List.of("One paragraph."), article.body());
    assertEquals("A, B", article.references());
    assertEquals("x", article.id());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          empty.txt      | ''                                          | 0 | empty file
          blank.txt      | '\\n  \\n\\t\\n'                            | 0 | empty file
          bad-date.txt   | 'Title\\n\\n13.45.24 11:03 AM\\n\\nBody.'   | 3 | invalid date '13.45.24 11:03 AM': month 13 is not between 1 and 12
          feb-30.txt     | 'Title\\n02.30.24 11:03 AM\\nBody.'         | 2 | invalid date '02.30.24 11:03 AM': day 30 is not between 1 and 29 in February 2024
          odd-time.txt   | 'Title\\n\\n\\n06.19.24 11:03 XM\\nBody.'   | 4 | unrecognised date '06.19.24 11:03 XM'
          no-title.txt   | '\\n06.19.24 11:03 AM\\n\\nBody.'           | 2 | the first line is a date
          """)
  void malformedSeedsAreRejectedWithFileLineAndReason(
      String name, String text, long line, String reason) throws IOException {
    Path file = write(name, text.replace("\\n", "\n").replace("\\t", "\t"));

    Read read = read(ArticleReader.of(dir).format(SourceFormat.SEED));

    assertEquals(0, read.report().accepted());
    Rejection rejection = read.report().rejections().getFirst();
    assertEquals(file.toString(), rejection.source());
    assertEquals(line, rejection.line());
    assertTrue(rejection.reason().startsWith(reason), rejection.reason());
  }

  @Test
  void binaryAndNonUtf8FilesAreRejected() throws IOException {
    write("binary.txt", new byte[] {'T', 'i', 't', 'l', 'e', '\n', 0, 1, 2});
    write("latin1.txt", "Caf\u00e9 news\n\nBody".getBytes(StandardCharsets.ISO_8859_1));

    IngestReport report = read(ArticleReader.of(dir)).report();

    assertEquals(0, report.accepted());
    assertEquals(
        List.of(
            new Rejection(
                dir.resolve("binary.txt").toString(), 0, "not a text file (it contains NUL bytes)"),
            new Rejection(
                dir.resolve("latin1.txt").toString(),
                0,
                "cannot read: not UTF-8 text (binary, or another character set)")),
        report.rejections());
  }

  @Test
  void autoDetectionReadsATxtFileWithAnImpossibleDatelineAsABadSeed() throws IOException {
    write("bad.txt", "Title\n\n13.45.24 11:03 AM\n\nHaiku one\nHaiku two\nHaiku three\n");

    IngestReport report = read(ArticleReader.of(dir)).report();

    assertEquals(1, report.rejected());
    assertEquals(3, report.rejections().getFirst().line());
  }

  @Test
  void jsonLinesRejectsBadLinesAndReadsTheRest() throws IOException {
    Path file =
        write(
            "news.jsonl",
            String.join(
                "\r\n",
                "\uFEFF{\"id\": \"a\", \"title\": \"A\", \"published\": \"2024-06-19\", \"body\":"
                    + " \"p1\\n"
                    + "\\n"
                    + "p2\"}",
                "{\"id\": \"b\", \"title\": }",
                "",
                "[1, 2]",
                "{\"id\": \"c\", \"published\": \"13.45.24\"}",
                "{\"title\": \"No id\"}",
                "{\"id\": {\"x\": 1}}",
                "{\"id\": 7, \"title\": \"Seven\", \"date_iso\": \"1987-02-26T15:01:01\", \"body\":"
                    + " [\"x\", \" \", \"y\"], \"haiku\": \"a\\n"
                    + "b\\n"
                    + "c\", \"tags\": \"politics, europe\", \"topics\": [\"earn\", \"earn\"],"
                    + " \"places\": [], \"people\": \"reagan\", \"url\": \"https://example.com/7\","
                    + " \"author\": \"Ann\", \"section\": \"World\", \"language\": \"en\","
                    + " \"references\": \"r1\", \"extra\": {\"ignored\": true}}",
                "{\"id\": \"d\"} trailing",
                "{\"id\": \"e\", \"title\": [\"not\", {\"a\": \"string\"}]}",
                ""));

    Read read = read(ArticleReader.of(file));

    assertEquals(2, read.report().accepted());
    assertEquals(7, read.report().rejected());
    assertEquals(List.of("a", "7"), read.ids());
    List<Rejection> rejections = read.report().rejections();
    assertEquals(
        List.of(2L, 4L, 5L, 6L, 7L, 9L, 10L), rejections.stream().map(Rejection::line).toList());
    assertTrue(rejections.stream().allMatch(r -> r.source().equals(file.toString())));
    assertTrue(rejections.get(0).reason().startsWith("broken JSON: "), rejections.get(0).reason());
    assertEquals(
        "not a JSON object: an article must be {...}, not an array", rejections.get(1).reason());
    assertTrue(rejections.get(2).reason().startsWith("field 'published': invalid date '13.45.24'"));
    assertEquals("no id: field 'id' is missing or blank", rejections.get(3).reason());
    assertEquals(
        "field 'id' must be a string or a number, not an object", rejections.get(4).reason());
    assertTrue(rejections.get(5).reason().startsWith("broken JSON: "), rejections.get(5).reason());
    assertEquals(
        "field 'title' must hold strings, but one item is an object", rejections.get(6).reason());

    assertEquals(List.of("p1", "p2"), read.articles().getFirst().body());
    assertEquals(Instant.parse("2024-06-19T00:00:00Z"), read.articles().getFirst().published());
    assertEquals(
        new Article(
            "7",
            "Seven",
            Instant.parse("1987-02-26T15:01:01Z"),
            List.of("a", "b", "c"),
            List.of("x", "y"),
            "r1",
            "https://example.com/7",
            "Ann",
            "World",
            List.of("politics", "europe"),
            "en",
            Map.of("topics", List.of("earn"), "people", List.of("reagan"))),
        read.articles().getLast());
  }

  @Test
  void jsonDatesFallBackToDateIsoThenDate() throws IOException {
    Path file =
        write(
            "dates.jsonl",
            """
            {"id": "1", "published": "2024-06-19", "date_iso": "1999-01-01", "date": "1998-01-01"}
            {"id": "2", "date_iso": "1999-01-01T10:00:00", "date": "1998-01-01"}
            {"id": "3", "date": "26-FEB-1987 15:01:01.79"}
            {"id": "4", "published": null, "date": "June 19, 2024"}
            {"id": "5"}
            """);

    List<Instant> dates =
        read(ArticleReader.of(file)).articles().stream().map(Article::published).toList();

    assertEquals(
        java.util.Arrays.asList(
            Instant.parse("2024-06-19T00:00:00Z"),
            Instant.parse("1999-01-01T10:00:00Z"),
            Instant.parse("1987-02-26T15:01:01.790Z"),
            Instant.parse("2024-06-19T00:00:00Z"),
            null),
        dates);
  }

  @Test
  void jsonMappingNamesOtherFieldsAndFacets() throws IOException {
    Path file =
        write(
            "custom.jsonl",
            """
            {"guid": "g1", "headline": "H", "when": "2024-06-19", "text": "T", "desk": ["a", "b"], "topics": ["x"]}
            """);
    FieldMapping mapping =
        new FieldMapping("guid", "headline", "when", "text", null, null, List.of("desk"));

    Article article = read(ArticleReader.of(file).mapping(mapping)).articles().getFirst();

    assertEquals("g1", article.id());
    assertEquals("H", article.title());
    assertEquals(Instant.parse("2024-06-19T00:00:00Z"), article.published());
    assertEquals(List.of("T"), article.body());
    assertEquals(Map.of("desk", List.of("a", "b")), article.facets());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"news.jsonl.gz", "news.jsonl", "news.ndjson.gz"})
  void gzipJsonLinesIsRecognisedByItsMagicBytes(String name) throws IOException {
    Path file =
        write(
            name,
            gzip("{\"id\": \"1\", \"title\": \"One\"}\n{\"id\": \"2\", \"title\": \"Two\"}\n"));

    Read read = read(ArticleReader.of(file));

    assertEquals(new IngestReport(2, 0, List.of()), read.report());
    assertEquals(List.of("1", "2"), read.ids());
  }

  @Test
  void truncatedGzipRejectsTheRestOfTheFile() throws IOException {
    int records = 50_000;
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= records; i++) {
      lines
          .append("{\"id\": \"")
          .append(i)
          .append("\", \"body\": \"text number ")
          .append(i * 7919)
          .append("\"}\n");
    }
    byte[] whole = gzip(lines.toString());
    Path file = write("cut.jsonl.gz", java.util.Arrays.copyOf(whole, whole.length / 2));

    IngestReport report = read(ArticleReader.of(file)).report();

    assertTrue(
        report.accepted() > 0 && report.accepted() < records, "accepted " + report.accepted());
    assertEquals(1, report.rejected());
    Rejection rejection = report.rejections().getFirst();
    assertEquals(report.accepted() + 1, rejection.line());
    assertTrue(rejection.reason().startsWith("cannot read on from here: "), rejection.reason());
  }

  @Test
  void jsonArrayIsStreamedWithRejectionsAtTheLineOfTheElement() throws IOException {
    Path file =
        write(
            "list.json",
            """
            [
              {"id": "a", "title": "A"},
              {"id": "b",
               "published": "yesterday"},
              "not an article",
              {"title": "no id"}
            ]
            """);

    Read read = read(ArticleReader.of(file));

    assertEquals(List.of("a"), read.ids());
    assertEquals(
        List.of(
            new Rejection(
                file.toString(),
                3,
                "field 'published': unrecognised date 'yesterday'; expected a date such as"
                    + " 2024-06-19, 06/19/2024, June 19, 2024, 06.19.24 11:03 AM or"
                    + " 2024-06-19T11:03:00Z"),
            new Rejection(
                file.toString(), 5, "not a JSON object: an article must be {...}, not a string"),
            new Rejection(file.toString(), 6, "no id: field 'id' is missing or blank")),
        read.report().rejections());
  }

  @Test
  void brokenJsonArrayKeepsWhatCameBeforeAndRejectsTheRest() throws IOException {
    Path file =
        write("broken.json", "[\n{\"id\": \"a\"},\n{\"id\": \"b\",,},\n{\"id\": \"c\"}\n]\n");

    Read read = read(ArticleReader.of(file));

    assertEquals(List.of("a"), read.ids());
    Rejection rejection = read.report().rejections().getFirst();
    assertEquals(3, rejection.line());
    assertTrue(rejection.reason().startsWith("broken JSON: "), rejection.reason());
  }

  @Test
  void forcedJsonArrayRejectsAFileThatIsNotOne() throws IOException {
    Path file = write("lines.json", "{\"id\": \"a\"}\n");

    IngestReport report = read(ArticleReader.of(file).format(SourceFormat.JSON_ARRAY)).report();

    assertEquals(
        List.of(new Rejection(file.toString(), 1, "not a JSON array: expected '[' first")),
        report.rejections());
  }

  @Test
  void markdownTakesTheHeadingAsTitleAndAnOptionalDate() throws IOException {
    Path file =
        write(
            "2024-summit.md",
            """
            # Summit in Pyongyang #

            June 19, 2024 11:03 AM

            First paragraph,
            wrapped.

            ## A subheading

            Last paragraph.
            """);

    Article article = read(ArticleReader.of(file)).articles().getFirst();

    assertEquals(
        Article.of(
            "2024-summit",
            "Summit in Pyongyang",
            Instant.parse("2024-06-19T11:03:00Z"),
            List.of("First paragraph,\nwrapped.", "## A subheading", "Last paragraph.")),
        article);
  }

  @Test
  void plainTextWithoutADateIsTitleAndParagraphs() throws IOException {
    Path file =
        write("notes.txt", "Notes on the summit\n2024-06-19 was a long day\n\nShort.\nLines.\n");

    Article article = read(ArticleReader.of(file)).articles().getFirst();

    assertEquals(
        Article.of(
            "notes",
            "Notes on the summit",
            null,
            List.of("2024-06-19 was a long day", "Short.\nLines.")),
        article);
  }

  @Test
  void setextHeadingIsTheTitle() throws IOException {
    Path file = write("s.markdown", "Big News\n========\n\n2024-06-19\n\nBody.");

    Article article = read(ArticleReader.of(file)).articles().getFirst();

    assertEquals(
        Article.of("s", "Big News", Instant.parse("2024-06-19T00:00:00Z"), List.of("Body.")),
        article);
  }

  @Test
  void recordsWithoutAnIdGetTheirPlaceAsIdOnlyWhenTheMappingSaysSo() throws IOException {
    Path lines = write("news.jsonl", "{\"id\": \"a\"}\n\n{\"title\": \"No id\"}\n");
    Path array = write("news.json", "[{\"id\": \"a\"}, {\"title\": \"No id\"}]");

    Read strict = read(ArticleReader.of(lines));
    assertEquals(List.of("a"), strict.ids());
    assertEquals(List.of(new Rejection(lines.toString(), 3, "no id: field 'id' is missing or blank")),
        strict.report().rejections());

    FieldMapping generating = FieldMapping.defaults().withGeneratedIds();
    assertEquals(List.of("a", "news.jsonl:3"), read(ArticleReader.of(lines).mapping(generating)).ids());
    assertEquals(List.of("a", "news.json[1]"), read(ArticleReader.of(array).mapping(generating)).ids());
    assertEquals(1, read(ArticleReader.of(array)).report().rejected());
  }

  @Test
  void foldersAreWalkedInNameOrderSkippingHiddenFilesAndRejectingOthers() throws IOException {
    write("b.md", "B");
    write("a/z.md", "AZ");
    write("a/b.txt", "AB");
    write("10.md", "Ten");
    write("9.md", "Nine");
    write(".hidden.md", "Hidden");
    write(".git/x.md", "Git");
    write("a/.cache/y.md", "Cache");
    write("c.pdf", "%PDF");
    write("d/e.jsonl", "{\"title\": \"E\"}\n");

    Read read = read(ArticleReader.of(dir).mapping(FieldMapping.defaults().withGeneratedIds()));

    assertEquals(List.of("10", "9", "b", "z", "b", "d/e.jsonl:1"), read.ids());
    assertEquals(
        List.of("Ten", "Nine", "AB", "AZ", "B", "E"),
        read.articles().stream().map(Article::title).toList());
    assertEquals(
        List.of(
            new Rejection(
                dir.resolve("c.pdf").toString(),
                0,
                "unsupported file type; Gazette reads .jsonl, .ndjson, .json (each also .gz), .txt,"
                    + " .md and .markdown")),
        read.report().rejections());
  }

  @Test
  void aMissingPathIsAClearError() {
    Path missing = dir.resolve("nope");

    GazetteException e =
        assertThrows(GazetteException.class, () -> ArticleReader.of(missing).read(a -> {}));

    assertEquals("no such file or folder: " + missing, e.getMessage());
  }

  @Test
  void reportListsAtMostMaxListedRejectionsButCountsAll() throws IOException {
    int bad = IngestReport.MAX_LISTED + 5;
    Path file = write("bad.jsonl", "x\n".repeat(bad));

    IngestReport report = read(ArticleReader.of(file)).report();

    assertEquals(bad, report.rejected());
    assertEquals(IngestReport.MAX_LISTED, report.rejections().size());
    assertEquals(IngestReport.MAX_LISTED, report.rejections().getLast().line());
  }

  @Test
  void parseJsonMapsOneObject() {
    Article article =
        ArticleReader.parseJson(
            "{\"title\": \"T\", \"published\": \"06/19/2024\", \"body\": [\"p\"]}", "default-id");

    assertEquals(
        Article.of("default-id", "T", Instant.parse("2024-06-19T00:00:00Z"), List.of("p")),
        article);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          '{"id": "a",'                       | broken JSON:
          '["a"]'                             | not a JSON object
          '{"id": "a"} {"id": "b"}'           | broken JSON: unexpected text after the end of the object
          '{"title": "no id"}'                | no id: field 'id' is missing or blank
          '{"id": " "}'                       | no id: field 'id' is missing or blank
          '{"id": "a", "published": "13/45/2024"}' | field 'published': invalid date '13/45/2024'
          '{"id": "a", "body": {"p": 1}}'     | field 'body' must be a string or an array of strings, not an object
          '{id: "a"}'                         | broken JSON:
          """)
  void parseJsonRejectsBadInputAsAnInvalidRequest(String json, String message) {
    InvalidRequestException e =
        assertThrows(InvalidRequestException.class, () -> ArticleReader.parseJson(json, null));

    assertEquals("body", e.parameter());
    assertTrue(e.getMessage().startsWith(message), e.getMessage());
  }

  @Test
  void parseSeedRejectsMalformedInputAsAnInvalidRequest() {
    InvalidRequestException bad =
        assertThrows(
            InvalidRequestException.class,
            () -> ArticleReader.parseSeed("x.txt", "Title\n\n13.45.24 11:03 AM\n"));
    InvalidRequestException nameless =
        assertThrows(InvalidRequestException.class, () -> ArticleReader.parseSeed(" ", "Title\n"));

    assertEquals("body", bad.parameter());
    assertTrue(
        bad.getMessage().startsWith("line 3: invalid date '13.45.24 11:03 AM'"), bad.getMessage());
    assertEquals("fileName", nameless.parameter());
  }
}
