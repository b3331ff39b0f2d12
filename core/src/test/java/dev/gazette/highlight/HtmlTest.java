package dev.gazette.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Article text is escaped so nothing in it becomes markup, and everything else is kept as it was. */
class HtmlTest {
  @Test
  void everyCharacterThatCouldOpenMarkupBecomesAnEntity() {
    assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
        Html.escape("<script>alert(\"x\" & 'y')</script>"));
  }

  @Test
  void plainTextAndTextAroundEntitiesIsKept() {
    assertEquals("Wheat rose 3% — Reuters", Html.escape("Wheat rose 3% — Reuters"));
    assertEquals("a&lt;b&gt;c", Html.escape("a<b>c"));
    assertEquals("&amp;&amp;", Html.escape("&&"));
    assertEquals("", Html.escape(""));
  }

  @Test
  void onlyTheGivenRangeIsAppended() {
    StringBuilder out = new StringBuilder("[");
    Html.escape("xx a<b yy", 3, 6, out);
    assertEquals("[a&lt;b", out.toString());
  }
}
