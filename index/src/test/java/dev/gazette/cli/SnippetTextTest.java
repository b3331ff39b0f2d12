package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Core's escaped, tagged snippets as terminal text. */
class SnippetTextTest {
  private static final String PRE = SnippetText.PRE;
  private static final String POST = SnippetText.POST;

  @Test
  void matchesAreBoldOnATerminalAndUnmarkedWhenPiped() {
    String snippet = "North " + PRE + "Korea" + POST + " and " + PRE + "Russia" + POST;
    assertEquals("North \u001b[1mKorea\u001b[0m and \u001b[1mRussia\u001b[0m", SnippetText.render(snippet, new Terminal(true)));
    assertEquals("North Korea and Russia", SnippetText.render(snippet, Terminal.PLAIN));
  }

  @Test
  void characterReferencesAreDecoded() {
    assertEquals("AT&T's <b> \"deal\" é / 5", SnippetText.render("AT&amp;T&#x27;s &lt;b&gt; &quot;deal&quot; &#233; &#x2F; 5", Terminal.PLAIN));
  }

  @Test
  void controlCharactersAndLineBreaksCannotReachTheTerminal() {
    assertEquals("line one line two [2J cleared", SnippetText.render("line one\n    line two\u001b[2J&#27; cleared", Terminal.PLAIN));
  }
}
