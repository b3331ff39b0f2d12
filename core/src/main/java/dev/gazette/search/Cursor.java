package dev.gazette.search;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import dev.gazette.InvalidRequestException;
import dev.gazette.SearchRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque search-after cursor: the sort values of the last hit of a page, so the next page
 * starts right after it however the index changed in between; for a fused (hybrid) ranking, which
 * has no sort values of its own, the number of hits already shown.
 */
public final class Cursor {
  private static final Gson GSON = new Gson();
  /** The sort named by the cursors of a fused ranking, which count hits rather than hold sort values. */
  private static final String FUSED = "FUSED";

  private Cursor() {}

  /** The cursor after {@code last}, a hit of a search sorted by {@code sort}. */
  public static String after(FieldDoc last, SearchRequest.Sort sort) {
    JsonObject json = new JsonObject();
    json.addProperty("s", sort.name());
    JsonArray values = new JsonArray();
    for (Object value : last.fields) {
      switch (value) {
        case Float score -> values.add(score);
        case Long millis -> values.add(millis);
        case BytesRef id -> values.add(id.utf8ToString());
        default -> throw new IllegalStateException("unexpected sort value " + value);
      }
    }
    json.add("v", values);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(GSON.toJson(json).getBytes(StandardCharsets.UTF_8));
  }

  /** The position {@code cursor} stands for; throws {@link InvalidRequestException} if it is not one of ours. */
  public static FieldDoc decode(String cursor, SearchRequest.Sort sort) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      JsonObject json = GSON.fromJson(text, JsonObject.class);
      if (json == null || !sort.name().equals(json.get("s").getAsString())) {
        throw invalid();
      }
      JsonArray values = json.getAsJsonArray("v");
      if (values.size() != 2) {
        throw invalid();
      }
      boolean scored = SortOrder.isScored(sort);
      Object first = scored ? (Object) values.get(0).getAsFloat() : (Object) values.get(0).getAsLong();
      Object[] fields = {first, new BytesRef(values.get(1).getAsString())};
      float score = scored ? (Float) first : Float.NaN;
      return new FieldDoc(Integer.MAX_VALUE, score, fields);
    } catch (IllegalArgumentException | JsonParseException | NullPointerException
        | IllegalStateException | UnsupportedOperationException | ClassCastException e) {
      throw invalid();
    }
  }

  /** The cursor of a fused (hybrid) ranking after its first {@code position} hits. */
  public static String position(int position) {
    JsonObject json = new JsonObject();
    json.addProperty("s", FUSED);
    json.addProperty("p", position);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(GSON.toJson(json).getBytes(StandardCharsets.UTF_8));
  }

  /** How many hits of a fused ranking {@code cursor} follows; throws {@link InvalidRequestException} if it is not such a cursor. */
  public static int position(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      JsonObject json = GSON.fromJson(text, JsonObject.class);
      if (json == null || !FUSED.equals(json.get("s").getAsString())) {
        throw invalid();
      }
      int position = json.get("p").getAsInt();
      if (position < 0 || position > SearchRequest.MAX_WINDOW) {
        throw invalid();
      }
      return position;
    } catch (IllegalArgumentException | JsonParseException | NullPointerException
        | IllegalStateException | UnsupportedOperationException | ClassCastException e) {
      throw invalid();
    }
  }

  private static InvalidRequestException invalid() {
    return new InvalidRequestException("cursor", "cursor is not valid for this search; start again without it");
  }
}
