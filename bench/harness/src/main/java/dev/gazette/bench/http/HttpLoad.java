package dev.gazette.bench.http;

import dev.gazette.bench.measure.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load generator: {@code concurrency} threads, each with its own keep-alive
 * connection, send the prepared requests in turn (thread {@code t} starting at request {@code t}
 * times the stride) as fast as the answers come, until {@code total} requests are answered.
 */
public final class HttpLoad {
  private HttpLoad() {}

  /** Runs the load and returns throughput and latency. */
  public static LoadResult run(String host, int port, List<byte[]> requests, int concurrency, int total)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    List<Callable<Samples>> clients = new ArrayList<>();
    int stride = Math.max(1, requests.size() / concurrency);
    for (int t = 0; t < concurrency; t++) {
      int offset = t * stride;
      clients.add(() -> {
        Samples samples = new Samples();
        try (HttpConnection connection = new HttpConnection(host, port)) {
          for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
            byte[] request = requests.get((offset + n) % requests.size());
            long started = System.nanoTime();
            HttpConnection.Response response = connection.send(request);
            samples.add(System.nanoTime() - started);
            if (response.status() != 200) {
              errors.incrementAndGet();
            }
          }
        }
        return samples;
      });
    }
    long started = System.nanoTime();
    Samples all = new Samples();
    try {
      for (Future<Samples> client : pool.invokeAll(clients)) {
        all.addAll(client.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a load client failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new LoadResult(concurrency, all.size(), errors.get(), all.size() / seconds, all.latency());
  }
}
