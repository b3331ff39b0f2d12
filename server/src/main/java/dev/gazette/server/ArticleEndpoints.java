package dev.gazette.server;

import dev.gazette.Article;
import dev.gazette.ArticleReader;
import dev.gazette.DataFolder;
import dev.gazette.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Articles in and out: get, upsert, bulk load and delete. Every write is committed before it is
 * acknowledged, so an acknowledged write survives a crash; core makes it searchable within a second.
 */
final class ArticleEndpoints {
  private static final Set<String> JSON = Set.of("application/json");
  private static final Set<String> BULK = Set.of("application/json", "application/x-ndjson", "application/jsonl");

  private final DataFolder data;

  ArticleEndpoints(DataFolder data) {
    this.data = data;
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
   * @param id the article id, or {@code null} when the item could not be read
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
    String id = call.pathParam("id");
    return data.withLive(gazette -> gazette.get(id))
        .map(Reply::ok)
        .orElseThrow(() -> missing(id));
  }

  /** {@code PUT /api/articles/{id}}: creates or replaces the article. */
  Reply put(Call call) {
    String id = call.pathParam("id");
    Article article = ArticleReader.parseJson(call.body(JSON), id);
    if (!article.id().equals(id)) {
      throw ApiException.invalidParameter("the body's id '" + article.id() + "' differs from the path's id '" + id + "'");
    }
    boolean existed = data.withLive(gazette -> {
      boolean present = gazette.get(id).isPresent();
      gazette.upsert(article);
      gazette.commit();
      return present;
    });
    return existed ? Reply.ok(new WriteResult(id, "updated")) : Reply.of(201, new WriteResult(id, "created"));
  }

  /** {@code DELETE /api/articles/{id}}. */
  Reply delete(Call call) {
    String id = call.pathParam("id");
    boolean deleted = data.withLive(gazette -> {
      boolean found = gazette.delete(id);
      if (found) {
        gazette.commit();
      }
      return found;
    });
    if (!deleted) {
      throw missing(id);
    }
    return Reply.ok(new WriteResult(id, "deleted"));
  }

  /** {@code POST /api/articles}: a JSON array or NDJSON; each item succeeds or fails alone. */
  Reply bulk(Call call) {
    List<String> texts = BulkBody.items(call.body(BULK));
    List<Article> articles = new ArrayList<>();
    List<BulkItem> items = new ArrayList<>();
    for (int index = 0; index < texts.size(); index++) {
      try {
        Article article = ArticleReader.parseJson(texts.get(index), null);
        articles.add(article);
        items.add(new BulkItem(index, article.id(), "indexed", null));
      } catch (InvalidRequestException | IllegalArgumentException e) {
        items.add(new BulkItem(index, null, "rejected", new ApiError(400, "invalid_article", e.getMessage())));
      }
    }
    if (!articles.isEmpty()) {
      data.withLive(gazette -> {
        gazette.upsertAll(articles);
        gazette.commit();
        return null;
      });
    }
    return Reply.ok(new BulkResult(articles.size(), texts.size() - articles.size(), items));
  }

  private static ApiException missing(String id) {
    return ApiException.notFound("no article with id '" + id + "'");
  }
}
