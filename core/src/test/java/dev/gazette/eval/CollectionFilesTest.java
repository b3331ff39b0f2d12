package dev.gazette.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.GazetteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading topics and qrels, and the messages for files that are not right. */
class CollectionFilesTest {
  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private void assertFails(String expected, Runnable read) {
    GazetteException e = assertThrows(GazetteException.class, read::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void readsQrelsWithAnyWhiteSpaceAndSkipsBlankLines() throws IOException {
    Qrels qrels = Qrels.read(file("q.qrels", "1 0 d1 2\n\n1\t0\td2\t0\n  1  0 d3 -1 \n2 0 d1 1\n"));

    assertEquals(Map.of("d1", 2, "d2", 0, "d3", -1), qrels.grades("1"));
    assertEquals(1, qrels.relevantCount("1"));
    assertEquals(1, qrels.relevantCount("2"));
    assertEquals(0, qrels.relevantCount("3"));
    assertEquals(Map.of(), qrels.grades("3"));
  }

  @Test
  void namesTheLineOfAMalformedQrelsLine() throws IOException {
    Path missingField = file("a.qrels", "1 0 d1 1\n\n1 d2 1\n");
    assertFails("a.qrels, line 3: expected 4 fields 'topic iteration document grade', found 3",
        () -> Qrels.read(missingField));

    Path badGrade = file("b.qrels", "1 0 d1 yes\n");
    assertFails("line 1: the grade must be a whole number, found 'yes'", () -> Qrels.read(badGrade));

    Path twice = file("c.qrels", "1 0 d1 1\n1 0 d1 0\n");
    assertFails("line 2: document d1 is judged twice for topic 1", () -> Qrels.read(twice));
  }

  @Test
  void saysWhenAFileDoesNotExist() {
    assertFails("does not exist", () -> Qrels.read(dir.resolve("nowhere.qrels")));
    assertFails("does not exist", () -> Evaluation.readTopics(dir.resolve("nowhere.tsv")));
  }

  @Test
  void readsTabSeparatedTopics() throws IOException {
    List<Topic> topics = Evaluation.readTopics(
        file("t.tsv", "\uFEFF1\tKENNEDY AND DIEM .\n\n 2 \t  talks\tin Geneva \r\n"));

    assertEquals(List.of(new Topic("1", "KENNEDY AND DIEM ."), new Topic("2", "talks\tin Geneva")), topics);
  }

  @Test
  void namesTheLineOfAMalformedTopic() throws IOException {
    Path noTab = file("a.tsv", "1\tfine\n2 no tab here\n");
    assertFails("a.tsv, line 2: expected 'id<TAB>text', found no tab", () -> Evaluation.readTopics(noTab));

    Path noText = file("b.tsv", "1\t  \n");
    assertFails("line 1: topic 1 has no text", () -> Evaluation.readTopics(noText));

    Path twice = file("c.tsv", "1\tone\n1\tagain\n");
    assertFails("line 2: topic 1 is listed twice", () -> Evaluation.readTopics(twice));
  }

  @Test
  void readsJsonLinesTopicsWithAnyOfTheUsualFieldNames() throws IOException {
    String lines = """
        {"id": "a", "text": "first"}

        {"qid": 7, "query": "second"}
        {"qid": "c", "title": "third", "narrative": "ignored"}
        """;
    List<Topic> expected = List.of(new Topic("a", "first"), new Topic("7", "second"), new Topic("c", "third"));

    assertEquals(expected, Evaluation.readTopics(file("t.jsonl", lines)));
    assertEquals(expected, Evaluation.readTopics(file("t.json", lines)));
  }

  @Test
  void namesTheLineOfAMalformedJsonTopic() throws IOException {
    Path broken = file("a.jsonl", "{\"id\": \"1\", \"text\": \"ok\"}\n{\"id\": \"2\", \"text\": \n");
    assertFails("a.jsonl, line 2: not valid JSON", () -> Evaluation.readTopics(broken));

    Path noText = file("b.jsonl", "{\"id\": \"1\", \"body\": \"x\"}\n");
    assertFails("line 1: expected a field named text or query or title", () -> Evaluation.readTopics(noText));

    Path array = file("c.json", "[{\"id\": \"1\", \"text\": \"x\"}]\n");
    assertFails("line 1: expected one JSON object per line", () -> Evaluation.readTopics(array));

    Path nested = file("d.jsonl", "{\"id\": {\"n\": 1}, \"text\": \"x\"}\n");
    assertFails("line 1: field 'id' must be a string or a number", () -> Evaluation.readTopics(nested));
  }
}
