package dev.gazette.server;

import dev.gazette.Article;
import dev.gazette.ArticleReader;
import dev.gazette.Gazette;
import dev.gazette.InvalidRequestException;
import dev.gazette.store.DataFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Articles in and out: get, upsert, bulk load and delete. Every write is committed before it is
 * acknowledged, so an acknowledged write survives a crash, and refreshed, so the client's next
 * search sees it (core alone would within a second).
 */
final class ArticleEndpoints {
  private static final Set<String> JSON = Set.of("application/json");
  private static final Set<String> BULK = Set.of("application/json", "application/x-ndjson", "application/jsonl");

  private static final int RELATED_SIZE = 5;

  private final DataFolder data;
  private final DocumentMetrics metrics;

  ArticleEndpoints(DataFolder data, DocumentMetrics metrics) {
    this.data = data;
    this.metrics = metrics;
  }

  /**
   * The outcome of a single-article write.
   *
   * @param id the article id
   * @param result {@code created}, {@code updated} or {@code deleted}
   */
  record WriteResult(String id, String result) {}

  /**
   * The outcome of one item of a bulk load.
   *
   * @param index the item's 0-based position (array element, or non-blank NDJSON line)
   * @param id the article id, or {@code null} when the item could not be read as an article
   * @param result {@code indexed} or {@code rejected}
   * @param error why the item was rejected, or {@code null}
   */
  record BulkItem(int index, String id, String result, ApiError error) {}

  /**
   * The outcome of a bulk load.
   *
   * @param accepted items indexed
   * @param rejected items refused
   * @param items one result per item, in order
   */
  record BulkResult(int accepted, int rejected, List<BulkItem> items) {}

  /** {@code GET /api/articles/{id}}. */
  Reply get(Call call) {
    String id = id(call);
    return data.withLive(gazette -> gazette.get(id))
        .map(Reply::ok)
        .orElseThrow(() -> missing(id));
  }

  /** {@code GET /api/articles/{id}/related?size=}: articles like this one, best first. */
  Reply related(Call call) {
    String id = id(call);
    int size = Params.of(call.query(), Set.of("size")).integer("size", RELATED_SIZE);
    return data.withLive(gazette -> gazette.related(id, size))
        .map(result -> Reply.ok(SearchAnswer.result(result, false)))
        .orElseThrow(() -> missing(id));
  }

  /** {@code PUT /api/articles/{id}}: creates or replaces the article. */
  Reply put(Call call) {
    String id = id(call);
    String body = call.body(JSON);
    boolean existed;
    try {
      existed = upsert(id, parse(body, id));
    } catch (ApiException e) {
      metrics.api(0, 1);
      throw e;
    } catch (InvalidRequestException e) {
      metrics.api(0, 1);
      throw invalidArticle(e.getMessage());
    }
    metrics.api(1, 0);
    return existed ? Reply.ok(new WriteResult(id, "updated")) : Reply.of(201, new WriteResult(id, "created"));
  }

  /** Writes {@code article} under {@code id}; true if it replaced one. */
  private boolean upsert(String id, Article article) {
    if (!article.id().equals(id)) {
      throw ApiException.invalidParameter("the body's id '" + article.id() + "' differs from the path's id '" + id + "'");
    }
    return data.withLive(gazette -> {
      boolean present = gazette.get(id).isPresent();
      gazette.upsert(article);
      settle(gazette);
      return present;
    });
  }

  /** {@code DELETE /api/articles/{id}}. */
  Reply delete(Call call) {
    String id = id(call);
    boolean deleted = data.withLive(gazette -> {
      boolean found = gazette.delete(id);
      if (found) {
        settle(gazette);
      }
      return found;
    });
    if (!deleted) {
      throw missing(id);
    }
    metrics.deleted();
    return Reply.ok(new WriteResult(id, "deleted"));
  }

  /** {@code POST /api/articles}: a JSON array or NDJSON; each item succeeds or fails alone, then all are committed. */
  Reply bulk(Call call) {
    List<String> texts = BulkBody.items(call.body(BULK));
    List<BulkItem> items = data.withLive(gazette -> {
      List<BulkItem> results = new ArrayList<>();
      for (int index = 0; index < texts.size(); index++) {
        results.add(index(gazette, index, texts.get(index)));
      }
      if (results.stream().anyMatch(item -> item.error() == null)) {
        settle(gazette);
      }
      return results;
    });
    int accepted = (int) items.stream().filter(item -> item.error() == null).count();
    metrics.api(accepted, items.size() - accepted);
    return Reply.ok(new BulkResult(accepted, items.size() - accepted, items));
  }

  private static BulkItem index(Gazette gazette, int index, String text) {
    Article article;
    try {
      article = parse(text, null);
    } catch (ApiException e) {
      return new BulkItem(index, null, "rejected", e.error());
    }
    try {
      gazette.upsert(article);
      return new BulkItem(index, article.id(), "indexed", null);
    } catch (InvalidRequestException e) {
      return new BulkItem(index, article.id(), "rejected", invalidArticle(e.getMessage()).error());
    }
  }

  /**
   * The article id of the path: the whole decoded path segment, checked against core's one id rule
   * ({@link Article#checkId}); 400 {@code invalid_parameter} when it breaks it.
   */
  private static String id(Call call) {
    String id = call.pathParam("id");
    try {
      Article.checkId(id);
    } catch (InvalidRequestException e) {
      throw ApiException.invalidParameter("the id in the path is not an article id: " + e.getMessage());
    }
    return id;
  }

  /** Makes the writes so far durable, then visible to search. */
  private static void settle(Gazette gazette) {
    gazette.commit();
    gazette.refresh();
  }

  /**
   * The article {@code json} describes; 400 {@code invalid_article} when it describes none, 400
   * {@code json_too_complex} when it breaks the limits of {@link Json#checkLimits}.
   */
  static Article parse(String json, String defaultId) {
    Json.checkLimits(json);
    try {
      return ArticleReader.parseJson(json, defaultId);
    } catch (InvalidRequestException e) {
      throw invalidArticle(e.getMessage());
    }
  }

  private static ApiException invalidArticle(String message) {
    return new ApiException(400, "invalid_article", message);
  }

  private static ApiException missing(String id) {
    return ApiException.notFound("no article with id '" + id + "'");
  }
}
