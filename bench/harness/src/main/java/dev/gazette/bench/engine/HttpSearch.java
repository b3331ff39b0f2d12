package dev.gazette.bench.engine;

import dev.gazette.bench.http.HttpConnection;
import java.util.function.Function;

/**
 * A search over HTTP on one connection: the request bytes prepared off the clock, the answer
 * parsed off the clock.
 *
 * @param connection the connection to send on
 * @param request the prepared request
 * @param parser reads the body of a 200 answer
 */
public record HttpSearch(HttpConnection connection, byte[] request, Function<String, Answer> parser)
    implements PreparedSearch {

  @Override
  public Object run() throws Exception {
    HttpConnection.Response response = connection.send(request);
    if (response.status() != 200) {
      throw new IllegalStateException("HTTP " + response.status() + ": " + response.text());
    }
    return response;
  }

  @Override
  public Answer answer(Object returned) {
    return parser.apply(((HttpConnection.Response) returned).text());
  }
}
