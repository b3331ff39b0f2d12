package dev.gazette.index;

import java.io.IOException;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.StoredFieldsReader;
import org.apache.lucene.codecs.StoredFieldsWriter;
import org.apache.lucene.codecs.lucene90.Lucene90StoredFieldsFormat;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.SegmentInfo;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;

/**
 * Lucene's stored fields in its fast mode (LZ4 with a preset dictionary, as Lucene writes them by
 * default), compressed in blocks of {@value #BLOCK_BYTES} bytes rather than Lucene's 80 KB.
 *
 * <p>Showing a hit reads its title and body, which decompresses the dictionary and the part of the
 * block before the document. With 80 KB blocks that was most of what highlighting a page of hits
 * cost on Reuters: 159 µs to read the ten documents of a page, against 41 µs with 16 KB blocks
 * and 29 µs with 8 KB blocks, for stored text 15% and 23% larger; measured in docs/benchmarks.md.
 * Reading stored text is still the largest part of highlighting, so the smaller blocks. The files are Lucene's own format, named and marked as Lucene's fast mode,
 * so Lucene's standard codec reads them (and {@code CheckIndex} checks them) without this class.
 */
final class StoredFieldBlocks extends StoredFieldsFormat {
  /** The uncompressed bytes of documents compressed together. */
  static final int BLOCK_BYTES = 8 * 1024;
  /** Lucene's name for its fast mode's stored-fields files, and its limits of that mode. */
  private static final String FAST_FORMAT = "Lucene90StoredFieldsFastData";
  private static final int MAX_DOCUMENTS_PER_BLOCK = 1024;
  private static final int BLOCK_INDEX_SHIFT = 10;

  private final StoredFieldsFormat lucene = new Lucene90StoredFieldsFormat(Lucene90StoredFieldsFormat.Mode.BEST_SPEED);
  private final StoredFieldsFormat smaller = new Lucene90CompressingStoredFieldsFormat(FAST_FORMAT,
      Lucene90StoredFieldsFormat.BEST_SPEED_MODE, BLOCK_BYTES, MAX_DOCUMENTS_PER_BLOCK, BLOCK_INDEX_SHIFT);

  @Override
  public StoredFieldsReader fieldsReader(Directory directory, SegmentInfo segment, FieldInfos fields, IOContext context)
      throws IOException {
    return lucene.fieldsReader(directory, segment, fields, context);
  }

  @Override
  public StoredFieldsWriter fieldsWriter(Directory directory, SegmentInfo segment, IOContext context)
      throws IOException {
    String mode = Lucene90StoredFieldsFormat.Mode.BEST_SPEED.name();
    String previous = segment.putAttribute(Lucene90StoredFieldsFormat.MODE_KEY, mode);
    if (previous != null && !previous.equals(mode)) {
      throw new IllegalStateException("segment " + segment.name + " was written in stored-fields mode " + previous);
    }
    return smaller.fieldsWriter(directory, segment, context);
  }
}
