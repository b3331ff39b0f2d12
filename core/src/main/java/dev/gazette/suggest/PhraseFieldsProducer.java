package dev.gazette.suggest;

import java.io.IOException;
import java.util.Iterator;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.codecs.FieldsProducer;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.util.IOUtils;

/**
 * Reads the phrase field of a segment: its postings through Lucene's format, and its stored
 * {@link SegmentPhrases}, offered by the field's {@link StoredTerms}. The phrases are read only
 * when asked for, after the whole file's checksum is verified.
 */
final class PhraseFieldsProducer extends FieldsProducer {
  private final FieldsProducer postings;
  private final SegmentReadState state;
  private final IndexInput phrases;

  PhraseFieldsProducer(FieldsProducer postings, SegmentReadState state) throws IOException {
    this.postings = postings;
    this.state = state;
    this.phrases = state.directory.openInput(
        PhrasesFile.name(state.segmentInfo, state.segmentSuffix), state.context);
  }

  /** The terms of a phrase field, which also hold the segment's stored phrases. */
  static final class StoredTerms extends FilterLeafReader.FilterTerms {
    private final PhraseFieldsProducer producer;

    private StoredTerms(Terms terms, PhraseFieldsProducer producer) {
      super(terms);
      this.producer = producer;
    }

    /** Reads the segment's stored phrases; fails when their file is damaged. */
    SegmentPhrases stored() throws IOException {
      return producer.read();
    }
  }

  /** The stored phrases, the whole file checksummed before any of it is trusted. */
  private SegmentPhrases read() throws IOException {
    CodecUtil.checksumEntireFile(phrases.clone());
    IndexInput in = phrases.clone();
    in.seek(0);
    PhrasesFile.checkHeader(in, state.segmentInfo, state.segmentSuffix);
    return SegmentPhrases.load(in);
  }

  @Override
  public Iterator<String> iterator() {
    return postings.iterator();
  }

  @Override
  public Terms terms(String field) throws IOException {
    Terms terms = postings.terms(field);
    return terms != null && SuggestFields.PHRASES.equals(field) ? new StoredTerms(terms, this) : terms;
  }

  @Override
  public int size() {
    return postings.size();
  }

  @Override
  public void checkIntegrity() throws IOException {
    postings.checkIntegrity();
    CodecUtil.checksumEntireFile(phrases.clone());
  }

  @Override
  public void close() throws IOException {
    IOUtils.close(postings, phrases);
  }
}
