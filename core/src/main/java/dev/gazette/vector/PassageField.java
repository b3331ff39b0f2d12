package dev.gazette.vector;

import dev.gazette.vector.Passages.Passage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;

/**
 * An article's passages and their vectors in one binary doc value: the hash of the text they came
 * from, then each passage's offsets in the body and its unit vector quantized to one signed byte
 * per component (scaled so its largest component is 127), which is all a hit needs to pick the
 * passage closest to a query. An article that needs no passages holds the hash and none, so the
 * background worker knows it is done.
 */
final class PassageField {
  /** The doc-values field; hidden from statistics by its leading {@code $}. */
  static final String FIELD = "$passages";
  private static final int HASH_BYTES = 16;

  private PassageField() {}

  /** The passages of one article as read back, with their quantized vectors. */
  record Stored(BytesRef hash, List<Passage> passages, List<byte[]> vectors, float[] scales) {
    /** The dot product of {@code query} (unit length) with passage {@code i}'s vector. */
    float similarity(int i, float[] query) {
      byte[] vector = vectors.get(i);
      float sum = 0;
      for (int d = 0; d < vector.length && d < query.length; d++) {
        sum += query[d] * vector[d];
      }
      return sum / scales[i];
    }
  }

  /** Adds {@code value}, as {@link #encode} made it, to {@code doc}. */
  static void addTo(Document doc, BytesRef value) {
    doc.add(new BinaryDocValuesField(FIELD, value));
  }

  /** {@code passages} with their {@code vectors} (in the same order), embedded from text with {@code hash}. */
  static BytesRef encode(BytesRef hash, List<Passage> passages, List<float[]> vectors) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeBytes(hash.bytes, hash.offset, HASH_BYTES);
      out.writeVInt(passages.size());
      out.writeVInt(vectors.isEmpty() ? 0 : vectors.get(0).length);
      for (int i = 0; i < passages.size(); i++) {
        Passage passage = passages.get(i);
        out.writeVInt(passage.start());
        out.writeVInt(passage.end() - passage.start());
        out.writeByte((byte) (passage.cut() ? 1 : 0));
        float[] unit = VectorFields.unit(vectors.get(i));
        float scale = scale(unit);
        out.writeInt(Float.floatToIntBits(scale));
        for (float component : unit) {
          out.writeByte((byte) Math.round(component * scale));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return new BytesRef(out.toArrayCopy());
  }

  /** The hash at the start of {@code value}, without reading the passages. */
  static BytesRef hash(BytesRef value) {
    return new BytesRef(value.bytes, value.offset, HASH_BYTES);
  }

  /** The passages held in {@code value}. */
  static Stored decode(BytesRef value) {
    ByteArrayDataInput in = new ByteArrayDataInput(value.bytes, value.offset, value.length);
    byte[] hash = new byte[HASH_BYTES];
    in.readBytes(hash, 0, HASH_BYTES);
    int count = in.readVInt();
    int dimensions = in.readVInt();
    List<Passage> passages = new ArrayList<>(count);
    List<byte[]> vectors = new ArrayList<>(count);
    float[] scales = new float[count];
    for (int i = 0; i < count; i++) {
      int start = in.readVInt();
      int end = start + in.readVInt();
      passages.add(new Passage(start, end, in.readByte() == 1));
      scales[i] = Float.intBitsToFloat(in.readInt());
      byte[] vector = new byte[dimensions];
      in.readBytes(vector, 0, dimensions);
      vectors.add(vector);
    }
    return new Stored(new BytesRef(hash), passages, vectors, scales);
  }

  /** The factor that maps {@code unit}'s largest component to 127; 1 for a zero vector. */
  private static float scale(float[] unit) {
    float largest = 0;
    for (float component : unit) {
      largest = Math.max(largest, Math.abs(component));
    }
    return largest == 0 ? 1 : 127 / largest;
  }
}
