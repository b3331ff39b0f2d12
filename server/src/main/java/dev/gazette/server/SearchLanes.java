package dev.gazette.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.List;

/**
 * Where searches run, admitted by cost: ordinary searches on a lane of one thread per core, heavy
 * ones (many words, several prefixes; see {@link #cost}) on a lane of their own with fewer threads,
 * so a few expensive searches cannot starve the rest. Neither runs on the I/O threads, which keep
 * answering {@code /health} and {@code /ready} whatever the searches cost. Each lane holds a bounded
 * queue; a search beyond it is answered 503 {@code overloaded} at once.
 */
final class SearchLanes implements AutoCloseable {
  /** A search costing more than this runs in the heavy lane. */
  static final int HEAVY_COST = 16;
  /** What a prefix costs: it expands to up to 128 terms. */
  static final int PREFIX_COST = 8;
  /** A {@code POST} body larger than this is not parsed on the I/O thread to be priced: it runs as heavy. */
  static final int PRICED_BODY_BYTES = 16 * 1024;

  private final Lane light;
  private final Lane heavy;

  /** Lanes for a machine with {@code cores} cores: {@code cores} light threads, half as many heavy ones (at least one). */
  SearchLanes(int cores) {
    this.light = new Lane("gazette-search", cores, 64 * cores);
    this.heavy = new Lane("gazette-heavy-search", Math.max(1, cores / 2), 4 * cores);
  }

  /** The lane for the search {@code call} asks: by the {@code q} of its query string, or of its JSON body. */
  Lane laneFor(Call call) {
    List<String> query = call.query().get("q");
    if (query != null) {
      return laneFor(String.join(" ", query));
    }
    if (call.bodyLength() == 0) {
      return light;
    }
    if (call.bodyLength() > PRICED_BODY_BYTES) {
      return heavy;
    }
    return laneFor(bodyQuery(call));
  }

  private Lane laneFor(String query) {
    return cost(query) > HEAVY_COST ? heavy : light;
  }

  /**
   * What a query costs, counted in a few character scans: one per word or quoted phrase, {@link
   * #PREFIX_COST} per {@code prefix*}. Search time on Reuters grows with it: a 64-word query that
   * finds nothing and is retried with typos allowed takes about 0.4 s on a loaded 2-core machine,
   * three or four words about 10 ms.
   */
  static int cost(String query) {
    int cost = 0;
    int at = 0;
    int length = query.length();
    while (at < length) {
      while (at < length && Character.isWhitespace(query.charAt(at))) {
        at++;
      }
      if (at == length) {
        break;
      }
      int end = at;
      if (query.charAt(at) == '"') {
        int close = query.indexOf('"', at + 1);
        end = close < 0 ? length : close + 1;
      } else {
        while (end < length && !Character.isWhitespace(query.charAt(end))) {
          end++;
        }
      }
      cost += query.charAt(end - 1) == '*' && end - at > 2 ? PREFIX_COST : 1;
      at = end;
    }
    return cost;
  }

  /** The {@code q} field of a JSON search body, or "" when the body is not such JSON (the search refuses it later). */
  private static String bodyQuery(Call call) {
    try {
      JsonElement body = Json.parse(call.text());
      JsonElement q = body.isJsonObject() ? body.getAsJsonObject().get("q") : null;
      return q instanceof JsonPrimitive primitive ? primitive.getAsString() : "";
    } catch (ApiException e) {
      return "";
    }
  }

  /** Refuses new searches and waits (bounded) for those running. */
  @Override
  public void close() {
    light.close();
    heavy.close();
  }
}
