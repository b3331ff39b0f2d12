package dev.gazette.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.vector.Passages.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a body is cut into the passages that get vectors. */
class PassagesTest {
  private static String sentence(String word, int words) {
    return (word + " ").repeat(words - 1) + word + ".";
  }

  private static List<String> texts(String body) {
    return Passages.of(body).stream().map(passage -> passage.text(body)).toList();
  }

  @Test
  void aBodyOfOnePassageHasNone() {
    assertEquals(List.of(), Passages.of(sentence("Word", 60)));
    assertEquals(List.of(), Passages.of(""));
  }

  @Test
  void wholeSentencesFillAPassageUpToSixtyWords() {
    String a = sentence("Alpha", 25);
    String b = sentence("Bravo", 25);
    String c = sentence("Charlie", 25);
    assertEquals(List.of(a + " " + b, c), texts(a + " " + b + " " + c));
  }

  @Test
  void aParagraphStartsAPassageOnceTwentyWordsAreIn() {
    String a = sentence("Alpha", 25);
    String b = sentence("Bravo", 10);
    String c = sentence("Charlie", 30);
    assertEquals(List.of(a, b + "\n\n" + c), texts(a + "\n\n" + b + "\n\n" + c));
  }

  @Test
  void aLongSentenceIsCutAfterSixtyWords() {
    String body = sentence("Alpha", 80) + " " + sentence("Bravo", 10);
    List<Passage> passages = Passages.of(body);
    assertEquals(2, passages.size());
    assertTrue(passages.get(0).cut());
    assertEquals(sentence("Alpha", 60).replace(".", ""), passages.get(0).text(body));
    assertFalse(passages.get(1).cut());
    assertEquals(sentence("Bravo", 10), passages.get(1).text(body));
  }

  @Test
  void onlyTheFirstFivePassagesAndTheirTextCount() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      body.append(sentence("Word" + (char) ('a' + i), 50)).append(' ');
    }
    List<Passage> passages = Passages.of(body.toString());
    assertEquals(5, passages.size());
    String changed = body.substring(0, passages.get(4).end()) + " " + sentence("Changed", 50);
    assertEquals(Passages.hash("m", body.toString(), passages), Passages.hash("m", changed, Passages.of(changed)),
        "text past the fifth passage is not embedded, so changing it changes nothing");
    assertNotEquals(Passages.hash("m", body.toString(), passages), Passages.hash("other", body.toString(), passages));
  }
}
