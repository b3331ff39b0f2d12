package dev.gazette.suggest;

import java.io.IOException;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;

/**
 * The phrases file of a segment, written by {@link PhraseFieldsConsumer} and read by {@link
 * PhraseFieldsProducer}: its name, and the header that ties it to the format's version and to its
 * segment, so a file from another segment or version is refused rather than read.
 */
final class PhrasesFile {
  /** The extension of the phrases file of a segment. */
  static final String EXTENSION = "gzph";
  private static final String CODEC = "GazettePhrases";
  private static final int VERSION = 0;

  private PhrasesFile() {}

  /** The name of the phrases file of {@code segment} written under {@code suffix}. */
  static String name(SegmentInfo segment, String suffix) {
    return IndexFileNames.segmentFileName(segment.name, suffix, EXTENSION);
  }

  /** Writes the header naming the format, its version, {@code segment}'s id and {@code suffix}. */
  static void writeHeader(IndexOutput out, SegmentInfo segment, String suffix) throws IOException {
    CodecUtil.writeIndexHeader(out, CODEC, VERSION, segment.getId(), suffix);
  }

  /** Reads the header {@link #writeHeader} wrote; fails unless it names this format, version and segment. */
  static void checkHeader(IndexInput in, SegmentInfo segment, String suffix) throws IOException {
    CodecUtil.checkIndexHeader(in, CODEC, VERSION, VERSION, segment.getId(), suffix);
  }
}
