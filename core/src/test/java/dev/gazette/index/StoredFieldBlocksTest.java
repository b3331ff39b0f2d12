package dev.gazette.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Titles and bodies written by Gazette's codec are Lucene's own stored fields in smaller blocks:
 * Lucene's standard codec reads them back unchanged, after merges too, and {@code CheckIndex}
 * passes; and they are compressed in more blocks than Lucene's default writes for the same text.
 */
class StoredFieldBlocksTest {
  private static final int DOCUMENTS = 600;
  private static final String[] WORDS = {"wheat", "harvest", "bank", "rates", "oil", "crude", "exports", "tariff",
      "dollar", "yen", "shares", "coffee", "cocoa", "sugar", "gold", "minister", "said", "the", "of", "in"};

  @TempDir Path dir;

  @Test
  void lucenesOwnCodecReadsEveryDocumentBackAndCheckIndexPasses() throws IOException {
    Path gazette = write(dir.resolve("gazette"), IndexCodec.codec(), 3);
    try (FSDirectory directory = FSDirectory.open(gazette); DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(DOCUMENTS, reader.numDocs());
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        Document document = stored.document(doc);
        int number = document.getField("n").numericValue().intValue();
        assertEquals(body(number), document.get("body"), "document " + number);
      }
    }
    try (FSDirectory directory = FSDirectory.open(gazette); CheckIndex check = new CheckIndex(directory)) {
      assertTrue(check.checkIndex().clean);
    }
  }

  @Test
  void theSameTextTakesMoreBlocksThanLucenesDefault() throws IOException {
    long gazette = storedBytes(write(dir.resolve("gazette"), IndexCodec.codec(), 1));
    long lucene = storedBytes(write(dir.resolve("lucene"), Codec.getDefault(), 1));
    assertTrue(gazette > lucene * 1.02, "each block has a dictionary of its own: " + gazette + " vs " + lucene);
  }

  /** Writes the documents in {@code segments} commits, merged into one segment at the end. */
  private static Path write(Path into, Codec codec, int segments) throws IOException {
    try (FSDirectory directory = FSDirectory.open(into);
        IndexWriter writer = new IndexWriter(directory, config(codec))) {
      for (int i = 0; i < DOCUMENTS; i++) {
        Document document = new Document();
        document.add(new StoredField("n", i));
        document.add(new StoredField("body", body(i)));
        writer.addDocument(document);
        if ((i + 1) % (DOCUMENTS / segments) == 0) {
          writer.commit();
        }
      }
      writer.forceMerge(1);
      writer.commit();
    }
    return into;
  }

  /** The codec's writer, every segment's files on their own so the stored fields can be weighed. */
  private static IndexWriterConfig config(Codec codec) {
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0);
    return new IndexWriterConfig().setCodec(codec).setUseCompoundFile(false).setMergePolicy(merges);
  }

  private static String body(int number) {
    Random random = new Random(number);
    StringBuilder text = new StringBuilder("Report " + number + ":");
    while (text.length() < 1_000) {
      text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }

  private static long storedBytes(Path index) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.filter(f -> f.toString().endsWith(".fdt")).mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
