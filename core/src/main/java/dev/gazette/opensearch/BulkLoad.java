package dev.gazette.opensearch;

import dev.gazette.Article;
import dev.gazette.opensearch.OpenSearchClient.BulkItem;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Articles sent to OpenSearch as {@code _bulk} requests of at most {@value #REQUEST_SIZE} articles,
 * up to {@value #IN_FLIGHT} at once, each request's documents built on the thread that sends it.
 * A cluster indexes one bulk request on one write thread, so requests sent one at a time leave the
 * others idle while the client builds the next. No more than {@value #IN_FLIGHT} requests are ever
 * built and unanswered (back-pressure), the caller waits for all of them, and the first failure is
 * what it gets.
 *
 * <p>An article named twice is sent once, in its last version: requests running side by side could
 * otherwise apply an older version last.
 */
final class BulkLoad {
  /** Articles per {@code _bulk} request at most. */
  static final int REQUEST_SIZE = 500;
  /** Requests sent and not yet answered at most. */
  static final int IN_FLIGHT = 2;

  private BulkLoad() {}

  /** Sends {@code articles}, each as {@code item} makes it, through {@code client}; returns once all are acknowledged. */
  static void send(OpenSearchClient client, Collection<Article> articles, Function<Article, BulkItem> item)
      throws IOException {
    Map<String, Article> latest = new LinkedHashMap<>();
    articles.forEach(article -> latest.put(article.id(), article));
    List<Article> distinct = new ArrayList<>(latest.values());
    Semaphore unanswered = new Semaphore(IN_FLIGHT);
    List<Future<Void>> sent = new ArrayList<>();
    try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
      for (int from = 0; from < distinct.size() && !anyFailed(sent); from += REQUEST_SIZE) {
        List<Article> request = distinct.subList(from, Math.min(distinct.size(), from + REQUEST_SIZE));
        unanswered.acquire();
        sent.add(senders.submit(() -> {
          try {
            client.bulk(request.stream().map(item).toList());
            return null;
          } finally {
            unanswered.release();
          }
        }));
      }
      for (Future<Void> request : sent) {
        request.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while sending articles to OpenSearch");
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    }
  }

  private static boolean anyFailed(List<Future<Void>> sent) {
    return sent.stream().anyMatch(request -> request.state() == Future.State.FAILED);
  }

  private static IOException rethrown(Throwable failure) {
    return switch (failure) {
      case IOException io -> io;
      case UncheckedIOException unchecked -> unchecked.getCause();
      case RuntimeException runtime -> throw runtime;
      case Error error -> throw error;
      default -> new IOException(failure);
    };
  }
}
