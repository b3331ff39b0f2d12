package dev.gazette.opensearch;

import com.google.gson.JsonObject;
import dev.gazette.analysis.Schema;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facet dimensions of an OpenSearch index: the built-in ones and every keyword field under
 * {@code facet} in its mapping, read at most once a second and again after a refresh.
 */
final class OpenSearchDimensions {
  private static final long TTL_NANOS = Duration.ofSeconds(1).toNanos();

  private final OpenSearchIndex index;
  private volatile Read read;

  /** The dimensions as last read, and when. */
  private record Read(long nanos, Set<String> names) {}

  OpenSearchDimensions(OpenSearchIndex index) {
    this.index = index;
  }

  /** The dimensions, the same set object until they are read again. */
  Set<String> names() throws IOException {
    Read known = read;
    if (known != null && System.nanoTime() - known.nanos() < TTL_NANOS) {
      return known.names();
    }
    JsonObject mappings = index.client().ok("GET", "/" + index.name() + "/_mapping", null, "read the mapping");
    Set<String> names = new TreeSet<>(Schema.BUILT_IN_DIMENSIONS);
    for (var indexMapping : mappings.entrySet()) {
      JsonObject properties = indexMapping.getValue().getAsJsonObject().getAsJsonObject("mappings")
          .getAsJsonObject("properties");
      if (properties != null && properties.has(OpenSearchMapping.FACET)) {
        leaves(properties.getAsJsonObject(OpenSearchMapping.FACET), "", names);
      }
    }
    Set<String> copy = known != null && known.names().equals(names) ? known.names() : Set.copyOf(names);
    read = new Read(System.nanoTime(), copy);
    return copy;
  }

  /** Forgets the dimensions, so that the next call reads them again. */
  void forget() {
    read = null;
  }

  /** The keyword fields under an object mapping, as dotted paths. */
  private static void leaves(JsonObject object, String prefix, Set<String> names) {
    JsonObject properties = object.getAsJsonObject("properties");
    if (properties == null) {
      return;
    }
    for (var field : properties.entrySet()) {
      JsonObject mapping = field.getValue().getAsJsonObject();
      if (mapping.has("properties")) {
        leaves(mapping, prefix + field.getKey() + ".", names);
      } else {
        names.add(prefix + field.getKey());
      }
    }
  }
}
