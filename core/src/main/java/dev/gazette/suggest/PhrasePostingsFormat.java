package dev.gazette.suggest;

import java.io.IOException;
import org.apache.lucene.codecs.FieldsConsumer;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.util.IOUtils;

/**
 * The postings format of the {@value SuggestFields#PHRASES} field: Lucene's own postings, plus,
 * in a file of the segment, the segment's {@link SegmentPhrases} built as the segment is written (a
 * flush or a merge), as Lucene's completion suggester keeps its FSTs. The phrases then live and die
 * with their segment: copied with each commit (backups, generations), deleted with the segment,
 * checksummed by CheckIndex, and read back by every process that opens the index instead of being
 * rebuilt. Found by name through Java's service loader, as Lucene finds its own formats.
 */
public final class PhrasePostingsFormat extends PostingsFormat {
  /** The name recorded in each segment's field infos. */
  public static final String NAME = "GazettePhrases104";
  /** Lucene's postings format the postings are written with; looked up when used, since the service loader makes this format while it loads Lucene's. */
  private static final String DELEGATE = "Lucene104";

  /** The format; Lucene's service loader makes it. */
  public PhrasePostingsFormat() {
    super(NAME);
  }

  @Override
  public FieldsConsumer fieldsConsumer(SegmentWriteState state) throws IOException {
    return new PhraseFieldsConsumer(PostingsFormat.forName(DELEGATE).fieldsConsumer(state), state);
  }

  @Override
  public FieldsProducer fieldsProducer(SegmentReadState state) throws IOException {
    FieldsProducer postings = PostingsFormat.forName(DELEGATE).fieldsProducer(state);
    try {
      return new PhraseFieldsProducer(postings, state);
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(postings);
      throw e;
    }
  }
}
