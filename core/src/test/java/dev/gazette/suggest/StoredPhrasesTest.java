package dev.gazette.suggest;

import dev.gazette.Suggestion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static dev.gazette.suggest.TestIndex.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each segment's phrases are written with it, read back by any later reader instead of rebuilt, and go with it. */
class StoredPhrasesTest {
  @TempDir
  Path dir;

  @Test
  void aReaderOpenedLaterReadsEverySegmentsPhrasesAndBuildsNone() throws IOException {
    writeTwoSegments(true);
    try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory);
        Autocomplete autocomplete = new Autocomplete(2)) {
      assertEquals(2, reader.leaves().size());
      assertEquals(List.of("north korea", "north korean"), phrases(autocomplete, reader, "north k"));
      assertEquals(2, autocomplete.segmentsRead());
      assertEquals(0, autocomplete.segmentsBuilt());
    }
  }

  @Test
  void theWrittenIndexPassesCheckIndex() throws IOException {
    writeTwoSegments(true);
    try (FSDirectory directory = FSDirectory.open(dir); CheckIndex check = new CheckIndex(directory)) {
      assertTrue(check.checkIndex().clean);
    }
  }

  @Test
  void aDamagedPhraseFileIsIgnoredAndItsSegmentsPhrasesBuiltFromTheTerms() throws IOException {
    writeTwoSegments(false);
    Path file = phraseFiles().getFirst();
    try (var channel = Files.newByteChannel(file, StandardOpenOption.WRITE)) {
      channel.position(Files.size(file) / 2).write(java.nio.ByteBuffer.wrap(new byte[] {0x5a, 0x5a, 0x5a}));
    }
    try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory);
        Autocomplete autocomplete = new Autocomplete(2)) {
      assertEquals(List.of("north korea", "north korean"), phrases(autocomplete, reader, "north k"));
      assertEquals(1, autocomplete.segmentsRead());
      assertEquals(1, autocomplete.segmentsBuilt());
    }
  }

  @Test
  void anotherSegmentsPhraseFileIsNeverTakenForASegmentsOwn() throws IOException {
    writeTwoSegments(false);
    List<Path> files = phraseFiles();
    Files.copy(files.get(0), files.get(1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory);
        Autocomplete autocomplete = new Autocomplete(2)) {
      assertEquals(List.of("north korea", "north korean"), phrases(autocomplete, reader, "north k"));
      assertEquals(1, autocomplete.segmentsBuilt(), "the copied file names another segment's id");
    }
  }

  @Test
  void theFilesOfMergedAwaySegmentsAreDeletedAndTheMergedSegmentHasItsOwn() throws IOException {
    TestIndex index = new TestIndex(FSDirectory.open(dir), false);
    try (index) {
      addTwoSegments(index);
      index.commit();
      assertEquals(2, phraseFiles().size());
      index.forceMerge();
      index.commit();
    }
    List<Path> files = phraseFiles();
    try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory);
        Autocomplete autocomplete = new Autocomplete(2)) {
      String segment = ((SegmentReader) reader.leaves().getFirst().reader()).getSegmentName();
      assertEquals(1, files.size(), files.toString());
      assertTrue(files.getFirst().getFileName().toString().startsWith(segment + "_"), files.toString());
      assertEquals(List.of("north korea", "north korean"), phrases(autocomplete, reader, "north k"));
      assertEquals(0, autocomplete.segmentsBuilt());
    }
  }

  private void writeTwoSegments(boolean compound) throws IOException {
    try (TestIndex index = new TestIndex(FSDirectory.open(dir), compound)) {
      addTwoSegments(index);
      index.commit();
    }
  }

  private static void addTwoSegments(TestIndex index) throws IOException {
    index.add(article("a1", "Russia and North Korea sign a pact", "2024-06-19", "North Korea and Russia met."),
        article("a2", "North Korean missile test", "2024-07-01", "North Korea fired a North Korean missile."));
    index.flush();
    index.add(article("a3", "Talks stall", "2024-05-02", "The north korea question remains, North Korean officials said."),
        article("a4", "Markets", "2024-05-03", "Nothing about it."));
    index.flush();
  }

  private List<Path> phraseFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith("." + PhrasesFile.EXTENSION)).sorted().toList();
    }
  }

  private static List<String> phrases(Autocomplete autocomplete, DirectoryReader reader, String typed) throws IOException {
    return autocomplete.suggest(new IndexSearcher(reader), typed, 10, null, null).stream()
        .filter(s -> s.kind() == Suggestion.Kind.PHRASE).map(Suggestion::text).toList();
  }
}
