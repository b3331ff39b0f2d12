package dev.gazette.server;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;
import io.undertow.util.Headers;
import io.undertow.util.PathTemplateMatcher;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The route table: method and path template to handler, with JSON 404 for unknown paths and JSON
 * 405 (with an {@code Allow} header) for a known path asked with the wrong method.
 */
final class Router {
  private final RoutingHandler routes = new RoutingHandler(false);
  private final Map<String, Set<String>> methodsByTemplate = new LinkedHashMap<>();
  private final ApiHandler.Settings settings;

  /** A router whose endpoints share {@code settings}. */
  Router(ApiHandler.Settings settings) {
    this.settings = settings;
  }

  /**
   * Routes {@code method} requests for {@code template} (such as {@code /api/articles/{id}}) to
   * {@code endpoint}, guarded as {@code access} says.
   */
  Router add(String method, String template, Access access, Endpoint endpoint) {
    route(method, template, new ApiHandler(endpoint, access, settings, false));
    return this;
  }

  /**
   * Routes as {@link #add} does, but runs {@code endpoint} on the IO thread that read the request
   * instead of handing it to a worker thread: for the search, short CPU work that never reads a
   * body. Handing every search over cost a thread wake-up and a second scheduling per request, which
   * on a busy machine took more than most searches (about 1.5× the throughput at 8 connections when
   * measured side by side). Undertow runs one IO thread per core, so searches use the cores without
   * sharing them with more threads; the price is that a search that runs long (up to its time
   * budget) holds up the other connections of its IO thread.
   */
  Router addOnIoThread(String method, String template, Access access, Endpoint endpoint) {
    route(method, template, new ApiHandler(endpoint, access, settings, true));
    return this;
  }

  /** The finished handler, with the search page ({@link StaticFiles}) at {@code /} and {@code /web/*}. */
  HttpHandler build() {
    StaticFiles page = new StaticFiles();
    route("GET", "/", page);
    route("GET", "/web/*", page);
    PathTemplateMatcher<Set<String>> allowed = new PathTemplateMatcher<>();
    methodsByTemplate.forEach(allowed::add);
    routes.setFallbackHandler(Router::notFound);
    routes.setInvalidMethodHandler(exchange -> methodNotAllowed(exchange, allowed));
    return routes;
  }

  /** Routes {@code method}, and HEAD beside every GET (Undertow sends a HEAD answer's headers without its body). */
  private void route(String method, String template, HttpHandler handler) {
    routes.add(method, template, handler);
    methodsByTemplate.computeIfAbsent(template, t -> new TreeSet<>()).add(method);
    if (method.equals("GET")) {
      route("HEAD", template, handler);
    }
  }

  private static void notFound(HttpServerExchange exchange) {
    Responses.send(exchange, new ApiError(404, "not_found", "no endpoint at " + exchange.getRequestPath()
        + "; see /openapi.json for the API"));
  }

  private static void methodNotAllowed(HttpServerExchange exchange, PathTemplateMatcher<Set<String>> allowed) {
    PathTemplateMatcher.PathMatchResult<Set<String>> match = allowed.match(exchange.getRelativePath());
    String methods = match == null ? "" : String.join(", ", match.getValue());
    exchange.getResponseHeaders().put(Headers.ALLOW, methods);
    Responses.send(exchange, new ApiError(405, "method_not_allowed", exchange.getRequestMethod() + " is not allowed on "
        + exchange.getRequestPath() + "; allowed: " + methods));
  }
}
