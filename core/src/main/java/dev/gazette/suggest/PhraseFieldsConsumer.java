package dev.gazette.suggest;

import java.io.IOException;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.codecs.FieldsConsumer;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.store.IndexOutput;

/**
 * Writes the phrase field's postings through Lucene's format, then the segment's {@link
 * SegmentPhrases} into a file of the segment, with a header naming the segment's unique id and a
 * checksum footer. Merges come here too (Lucene hands over the merged terms), so a merged segment
 * gets its phrases from the postings without reading any article.
 */
final class PhraseFieldsConsumer extends FieldsConsumer {
  private final FieldsConsumer postings;
  private final SegmentWriteState state;

  PhraseFieldsConsumer(FieldsConsumer postings, SegmentWriteState state) {
    this.postings = postings;
    this.state = state;
  }

  @Override
  public void write(Fields fields, NormsProducer norms) throws IOException {
    postings.write(fields, norms);
    String file = PhrasesFile.name(state.segmentInfo, state.segmentSuffix);
    try (IndexOutput out = state.directory.createOutput(file, state.context)) {
      PhrasesFile.writeHeader(out, state.segmentInfo, state.segmentSuffix);
      SegmentPhrases.write(fields.terms(SuggestFields.PHRASES), state.segmentInfo.maxDoc(), out);
      CodecUtil.writeFooter(out);
    }
  }

  @Override
  public void close() throws IOException {
    postings.close();
  }
}
