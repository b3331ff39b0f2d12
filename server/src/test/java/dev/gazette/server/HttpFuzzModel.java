package dev.gazette.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What one fuzzing worker knows of the articles it writes: each of its ids (all starting with its
 * own prefix, so workers never race on one) is present with a known title, present with a title
 * it cannot know, or absent. The worker's tracked requests are checked against it as they are
 * answered (a write of a valid article is acknowledged, a read or delete of an absent id is 404,
 * the answer names the id that was sent), and at the end every id is read back: acknowledged
 * writes are there, refused or deleted ones are not, and nothing was half-applied. An answer that
 * never came, or a 5xx, leaves its ids unknown and unchecked.
 */
final class HttpFuzzModel {
  /** The title of a present article whose title the fuzzer cannot predict. */
  static final String ANY_TITLE = "\u0000any";

  /** A tracked request: checks its answer against the model and updates it. */
  interface Op {
    /** A violation of the model by {@code answer}, or {@code null}; the model is updated either way. */
    String check(HttpFuzzConnection.Answer answer);

    /** No usable answer came: what the request touched is no longer known. */
    void lost();
  }

  /** One article of a bulk load: its id (or {@code null}), the title it would have, and whether it is certainly valid. */
  record Item(String id, String title, boolean valid) {}

  final String prefix;
  private final Map<String, String> present = new HashMap<>();
  private final Set<String> absent = new HashSet<>();
  /** Ids whose state was lost with an answer that never came: not checked again. */
  private final Set<String> forgotten = new HashSet<>();
  /** Every id this worker declared, in the order it first did: {@link #knownId} picks among them in constant time. */
  private final List<String> used = new ArrayList<>();
  private final Set<String> declared = new HashSet<>();
  private int counter;

  HttpFuzzModel(String prefix) {
    this.prefix = prefix;
  }

  /** A fresh title, unique to this worker. */
  String title() {
    return "Title " + prefix + (counter++);
  }

  /** A fresh id of this worker with {@code suffix}. */
  String newId(String suffix) {
    return prefix + (counter++) + suffix;
  }

  /** An id this worker has used (its state may since have been lost), or a fresh one when there is none. */
  String knownId(java.util.Random random) {
    return used.isEmpty() ? newId("") : used.get(random.nextInt(used.size()));
  }

  /** {@code PUT} of an article under {@code id}: {@code title} for a valid one, {@link #ANY_TITLE} for a hostile one. */
  Op put(String id, String title, boolean valid) {
    return new Op() {
      @Override
      public String check(HttpFuzzConnection.Answer answer) {
        Boolean wasPresent = state(id);
        if (answer.status() / 100 != 2) {
          return valid && answer.status() != 503 ? "a valid article was refused (" + answer.status() + ")" : null;
        }
        String named = field(answer, "id");
        if (!id.equals(named)) {
          forget(id);
          forgetNamed(named);
          return "the write of id ‹" + id + "› was answered for id ‹" + named + "›";
        }
        present.put(id, title);
        absent.remove(id);
        int expected = Boolean.TRUE.equals(wasPresent) ? 200 : 201;
        return wasPresent != null && answer.status() != expected
            ? "answered " + answer.status() + " where the model expected " + expected : null;
      }

      @Override
      public void lost() {
        forget(id);
      }
    };
  }

  /** {@code GET} (or {@code HEAD}) of {@code id}. */
  Op get(String id, boolean head) {
    return new Op() {
      @Override
      public String check(HttpFuzzConnection.Answer answer) {
        return head ? expectPresence(id, answer.status()) : expectArticle(id, answer.status(), answer);
      }

      @Override
      public void lost() {
        // a read changes nothing
      }
    };
  }

  /** {@code DELETE} of {@code id}. */
  Op delete(String id) {
    return new Op() {
      @Override
      public String check(HttpFuzzConnection.Answer answer) {
        String violation = expectPresence(id, answer.status());
        String named = field(answer, "id");
        if (answer.status() / 100 == 2 && id.equals(named)) {
          present.remove(id);
          absent.add(id);
        } else if (answer.status() / 100 == 2) {
          forgetNamed(named);
          return "the delete of id ‹" + id + "› was answered for id ‹" + named + "›";
        }
        return violation;
      }

      @Override
      public void lost() {
        forget(id);
      }
    };
  }

  /** A bulk load of {@code items}, in order. */
  Op bulk(List<Item> items) {
    items.stream().filter(item -> item.id() != null && state(item.id()) == null && !wasUsed(item.id()))
        .forEach(item -> absent.add(item.id()));
    items.stream().filter(item -> item.id() != null).forEach(item -> declare(item.id()));
    return new Op() {
      @Override
      public String check(HttpFuzzConnection.Answer answer) {
        if (answer.status() / 100 != 2) {
          return null; // refused whole: nothing changes, which the final read-back checks
        }
        List<JsonElement> results = json(answer).map(o -> o.getAsJsonArray("items").asList()).orElse(List.of());
        if (results.size() != items.size()) {
          items.forEach(item -> forgetItem(item));
          return "a bulk load of " + items.size() + " items answered " + results.size() + " item results";
        }
        String violation = null;
        for (int i = 0; i < items.size(); i++) {
          Item item = items.get(i);
          JsonObject result = results.get(i).getAsJsonObject();
          boolean indexed = result.get("result").getAsString().equals("indexed");
          String id = result.get("id").isJsonNull() ? null : result.get("id").getAsString();
          if (indexed && item.id() != null && !item.id().strip().equals(id)) {
            violation = "bulk item " + i + " with id ‹" + item.id() + "› was indexed as ‹" + id + "›";
          } else if (!indexed && item.valid() && violation == null) {
            violation = "valid bulk item " + i + " was rejected: " + result.get("error");
          }
          if (indexed && id != null && id.startsWith(prefix)) {
            present.put(id, item.title());
            declare(id);
            absent.remove(id);
          }
        }
        return violation;
      }

      @Override
      public void lost() {
        items.forEach(item -> forgetItem(item));
      }
    };
  }

  /** Reads back every id this worker knows with {@code read} (id to its title, or empty): the violations. */
  List<String> verify(Function<String, Optional<String>> read) {
    List<String> violations = new ArrayList<>();
    present.forEach((id, title) -> {
      Optional<String> found = read.apply(id);
      if (found.isEmpty()) {
        violations.add("acknowledged write of ‹" + id + "› is missing");
      } else if (!title.equals(ANY_TITLE) && !title.equals(found.get())) {
        violations.add("‹" + id + "› has title ‹" + found.get() + "›, its last acknowledged write had ‹" + title + "›");
      }
    });
    absent.forEach(id -> read.apply(id).ifPresent(title -> violations.add(
        "‹" + id + "› was never acknowledged (or was deleted) but is there, titled ‹" + title + "›")));
    return violations;
  }

  /** How many ids this worker knows the state of. */
  int known() {
    return present.size() + absent.size();
  }

  private String expectArticle(String id, int status, HttpFuzzConnection.Answer answer) {
    String violation = expectPresence(id, status);
    if (violation != null || status != 200) {
      return violation;
    }
    String named = field(answer, "id");
    if (!id.equals(named)) {
      return "a read of id ‹" + id + "› answered the article ‹" + named + "›";
    }
    String title = present.get(id);
    String found = field(answer, "title");
    return title != null && !title.equals(ANY_TITLE) && !title.equals(found)
        ? "‹" + id + "› read back titled ‹" + found + "›, its last acknowledged write had ‹" + title + "›" : null;
  }

  /** Present ids answer 2xx, absent ones 404 (or 400 when the id is refused outright). */
  private String expectPresence(String id, int status) {
    Boolean isPresent = state(id);
    if (isPresent == null || status == 503) {
      return null;
    }
    if (isPresent && status / 100 != 2) {
      return "‹" + id + "› is present but was answered " + status;
    }
    if (!isPresent && status / 100 == 2) {
      return "‹" + id + "› is absent but was answered " + status;
    }
    return null;
  }

  /** True present, false absent, null unknown. */
  private Boolean state(String id) {
    return present.containsKey(id) ? Boolean.TRUE : absent.contains(id) ? Boolean.FALSE : null;
  }

  private boolean wasUsed(String id) {
    return forgotten.contains(id);
  }

  private void forget(String id) {
    present.remove(id);
    absent.remove(id);
    forgotten.add(id);
  }

  /** An id the server named in place of the one sent: whatever it did to it is unknown. */
  private void forgetNamed(String named) {
    if (named != null) {
      forget(named);
    }
  }

  private void forgetItem(Item item) {
    if (item.id() != null) {
      forget(item.id());
    }
  }

  /**
   * Whether every door must take {@code id} as it is: no control characters and no surrounding
   * whitespace (which the article reader strips, so the server may answer for the stripped id).
   */
  static boolean isPlain(String id) {
    return id.equals(id.strip()) && id.chars().noneMatch(Character::isISOControl);
  }

  /** Declares a fresh id absent before its first tracked request. */
  void fresh(String id) {
    if (state(id) == null && !wasUsed(id)) {
      absent.add(id);
    }
    declare(id);
  }

  private void declare(String id) {
    if (declared.add(id)) {
      used.add(id);
    }
  }

  private static String field(HttpFuzzConnection.Answer answer, String name) {
    return json(answer).map(o -> o.get(name)).filter(e -> e != null && e.isJsonPrimitive())
        .map(JsonElement::getAsString).orElse(null);
  }

  private static Optional<JsonObject> json(HttpFuzzConnection.Answer answer) {
    try {
      JsonElement json = JsonParser.parseString(new String(answer.body(), StandardCharsets.UTF_8));
      return json.isJsonObject() ? Optional.of(json.getAsJsonObject()) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
