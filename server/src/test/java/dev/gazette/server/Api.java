package dev.gazette.server;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A client of one test server over {@link HttpClient}; every response it returns has been checked
 * against the OpenAPI document.
 */
final class Api {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final URI base;
  private final String bearer;

  Api(URI base) {
    this(base, null);
  }

  private Api(URI base, String bearer) {
    this.base = base;
    this.bearer = bearer;
  }

  /** This client sending {@code Authorization: Bearer key}. */
  Api withKey(String key) {
    return new Api(base, key);
  }

  /** A response, already checked against the contract. */
  record Response(int status, HttpHeaders headers, String body) {
    JsonObject json() {
      return JsonParser.parseString(body).getAsJsonObject();
    }

    JsonObject error() {
      return json().getAsJsonObject("error");
    }

    String errorCode() {
      return error().get("code").getAsString();
    }

    JsonArray hits() {
      return json().getAsJsonArray("hits");
    }
  }

  Response get(String path) {
    return send(request(path).GET());
  }

  Response delete(String path) {
    return send(request(path).DELETE());
  }

  Response put(String path, String json) {
    return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  Response post(String path, String contentType, String body) {
    return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A request builder for {@code path} with this client's key, for requests the helpers do not cover. */
  HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    if (bearer != null) {
      builder.header("Authorization", "Bearer " + bearer);
    }
    return builder;
  }

  /** Sends {@code builder}'s request and checks the answer against the contract. */
  Response send(HttpRequest.Builder builder) {
    HttpRequest request = builder.build();
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      String path = request.uri().getRawPath();
      OpenApiContract.check(request.method(), path, response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(null), response.body());
      return new Response(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code value} encoded for a query string. */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The ids of a search answer's hits, in order. */
  static java.util.List<String> ids(Response response) {
    return response.hits().asList().stream().map(JsonElement::getAsJsonObject)
        .map(hit -> hit.get("id").getAsString()).toList();
  }
}
