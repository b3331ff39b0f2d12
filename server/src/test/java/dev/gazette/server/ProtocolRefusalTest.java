package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Refusals at the protocol level, sent as raw bytes over a socket (an HTTP client would fix or refuse
 * them first): URLs that do not decode, unescaped characters, too many parameters, long URLs and
 * headers, and request lines and headers Undertow's own parser refuses (malformed percent escapes,
 * garbage, bare LFs, HTTP/0.9-style lines, heads over its caps). Each gets the documented JSON error
 * with its {@code Content-Type}, never Undertow's bare 400; well-formed URLs of every encoding still
 * work.
 */
class ProtocolRefusalTest {
  @RegisterExtension static final RunningServer RUNNING = new RunningServer();

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  /** Undertow's own answer to a request it cannot parse, which no client should ever see. */
  private static final String BARE_400 = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n";

  @ParameterizedTest
  @ValueSource(strings = {"q=%C3", "q=%C3%28", "q=%FF", "q=%C0%AF", "%C3=x"})
  void queryStringsThatAreNotUtf8AreJson400s(String query) {
    JsonObject error = refused(get("/api/search?" + query), 400, "invalid_parameter");
    assertTrue(error.get("message").getAsString().contains("UTF-8"), error.toString());
  }

  @Test
  void pathsThatAreNotUtf8AreJson400s() {
    refused(get("/api/articles/a%C3b"), 400, "invalid_request");
  }

  @Test
  void aSemicolonInThePathIsRefusedNotCut() {
    JsonObject error = refused(get("/api/articles/" + TestServer.SEED_ID + ";x"), 400, "invalid_request");
    assertTrue(error.get("message").getAsString().contains("%3B"), error.toString());
    assertEquals(200, get("/api/articles/" + TestServer.SEED_ID).status());
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"north+korea\"", "{korea}", "korea|russia", "korea^2", "a\\b", "[korea]", "`korea`"})
  void unescapedCharactersAreTakenAsTheyAre(String q) {
    RawHttp.Answer answer = get("/api/search?q=" + q);
    assertEquals(200, answer.status(), answer.text());
    assertJson(answer);
  }

  @Test
  void unescapedQuotesFindWhatEscapedOnesFind() {
    assertEquals(hitIds(get("/api/search?q=%22north%20korea%22")), hitIds(get("/api/search?q=\"north+korea\"")));
  }

  @Test
  void moreThanAThousandParametersAreAJson400() {
    String query = IntStream.range(0, RequestTarget.MAX_PARAMETERS + 1).mapToObj(i -> "filter=tags:t" + i)
        .collect(Collectors.joining("&"));
    JsonObject error = refused(get("/api/search?" + query), 400, "invalid_parameter");
    assertTrue(error.get("message").getAsString().contains("1000"), error.toString());
  }

  @Test
  void aThousandParametersGetPastTheDecoderToTheSearchLimits() {
    String query = IntStream.range(0, RequestTarget.MAX_PARAMETERS).mapToObj(i -> "filter=tags:t" + i)
        .collect(Collectors.joining("&"));
    JsonObject error = refused(get("/api/search?" + query), 400, "invalid_parameter");
    assertTrue(error.get("message").getAsString().contains("filter"), error.toString());
  }

  @Test
  void aUrlOverTheLimitIsAJson414() {
    refused(get("/api/search?q=" + "a".repeat(RequestLimits.MAX_URL_BYTES)), 414, "uri_too_long");
  }

  @Test
  void headersOverTheLimitsAreJson431s() {
    String many = IntStream.range(0, RequestLimits.MAX_HEADERS + 1).mapToObj(i -> "X-H" + i + ": v\r\n")
        .collect(Collectors.joining());
    refused(RawHttp.exchange(RUNNING.server().server.uri(), request("/health", many), TIMEOUT), 431, "headers_too_large");
    String big = "X-Big: " + "b".repeat(RequestLimits.MAX_HEADER_BYTES) + "\r\n";
    refused(RawHttp.exchange(RUNNING.server().server.uri(), request("/health", big), TIMEOUT), 431, "headers_too_large");
  }

  @Test
  void aHeadBeyondUndertowsHardCapIsAJson400() {
    int size = 300 * 1024;
    assertTrue(size > RequestLimits.HARD_CAP_BYTES);
    malformed(get("/api/search?q=" + "a".repeat(size)));
    assertEquals(200, get("/health").status());
  }

  @Test
  void moreHeaderLinesThanUndertowsCapAreAJson400() {
    String many = IntStream.range(0, RequestLimits.HARD_CAP_HEADERS + 1).mapToObj(i -> "X-H" + i + ": v\r\n")
        .collect(Collectors.joining());
    malformed(RawHttp.exchange(RUNNING.server().server.uri(), request("/health", many), TIMEOUT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/search?q=%ZZ", "/api/search?q=%", "/api/search?q=%4", "/api/search?q=a%4&size=5",
      "/api/articles/%ZZ", "/api/articles/a%", "/api/articles/a%4", "/health%G0"})
  void malformedPercentEscapesAreJson400s(String target) {
    JsonObject error = malformed(get(target));
    assertTrue(error.get("message").getAsString().contains("two hex digits"), error.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "GARBAGE\r\n\r\n",
      "GET /health HTTP/1.1\nHost: gazette\nConnection: close\n\n",
      "GET /health\r\n\r\n",
      "GET /health\r\n",
      "GET /api/search?q=oil\r\n\r\n",
      "GET /api/search?q=a b HTTP/1.1\r\nHost: gazette\r\n\r\n",
      "GET /health HTTP/2.0\r\nHost: gazette\r\n\r\n",
      "GET /health HTTP/1.1\r\nHost: gazette\r\nno colon here\r\n\r\n",
      "G(T /health HTTP/1.1\r\nHost: gazette\r\n\r\n",
      "\r\n\r\n"})
  void requestLinesAndHeadersUndertowCannotParseAreJson400s(String head) {
    malformed(RawHttp.exchange(RUNNING.server().server.uri(), head, TIMEOUT));
    assertEquals(200, get("/health").status());
  }

  @Test
  void aMalformedRequestAfterAGoodOneOnTheSameConnectionIsAJson400() {
    String both = "GET /health HTTP/1.1\r\nHost: gazette\r\n\r\nGET /api/search?q=%ZZ HTTP/1.1\r\nHost: gazette\r\n\r\n";
    RawHttp.Answer answer = RawHttp.exchange(RUNNING.server().server.uri(), both, TIMEOUT);
    assertTrue(answer.text().contains("\"invalid_request\""), answer.text());
    assertFalse(answer.text().contains(BARE_400), answer.text());
  }

  @Test
  void anHttp10RequestLineWithoutHeadersIsStillServed() {
    RawHttp.Answer answer = RawHttp.exchange(RUNNING.server().server.uri(),
        "GET /health HTTP/1.0\r\n\r\n", TIMEOUT);
    assertTrue(answer.text().startsWith("HTTP/1.0 200"), answer.text());
  }

  @Test
  void everyEncodingOfTheSameQueryFindsTheSame() {
    String plus = hitIds(get("/api/search?q=north+korea"));
    assertFalse(plus.equals("[]"), plus);
    assertEquals(plus, hitIds(get("/api/search?q=north%20korea")));
    assertEquals(plus, hitIds(get("/api/search?q=%6Eorth%20%6Borea")));
  }

  @Test
  void utf8QueriesWorkEscapedOrRaw() {
    RawHttp.Answer escaped = get("/api/search?q=%C3%A9conomie+cor%C3%A9e");
    assertEquals(200, escaped.status(), escaped.text());
    String raw = "GET /api/search?q=\u00e9conomie+cor\u00e9e HTTP/1.1\r\nHost: gazette\r\nConnection: close\r\n\r\n";
    RawHttp.Answer sent = RawHttp.exchange(RUNNING.server().server.uri(), raw.getBytes(StandardCharsets.UTF_8), TIMEOUT);
    assertEquals(hitIds(escaped), hitIds(sent));
  }

  @Test
  void repeatedFiltersAllApply() {
    RawHttp.Answer either = get("/api/search?q=korea&filter=country:Peru&filter=country:North%20Korea");
    assertEquals("[\"" + TestServer.SEED_ID + "\"]", hitIds(either), "values of one dimension: any of them");
    RawHttp.Answer both = get("/api/search?q=korea&filter=country:North%20Korea&filter=published:1999");
    assertEquals("[]", hitIds(both), "values of two dimensions: both");
  }

  @Test
  void theSearchPageAndItsFilesAreServed() {
    RawHttp.Answer page = get("/?q=%C3%A9conomie");
    assertEquals(200, page.status());
    assertTrue(page.text().contains("text/html"), page.text());
  }

  private static RawHttp.Answer get(String target) {
    return RawHttp.get(RUNNING.server().server.uri(), target, TIMEOUT);
  }

  private static String request(String target, String headers) {
    return "GET " + target + " HTTP/1.1\r\nHost: gazette\r\nConnection: close\r\n" + headers + "\r\n";
  }

  /** Asserts the JSON 400 for a request line or headers that could not be parsed, and returns its error object. */
  private static JsonObject malformed(RawHttp.Answer answer) {
    assertFalse(answer.text().startsWith(BARE_400), answer.text());
    JsonObject error = refused(answer, 400, "invalid_request");
    assertTrue(answer.text().contains("Content-Length: " + answer.body().getBytes(StandardCharsets.UTF_8).length + "\r\n"),
        answer.text());
    assertTrue(error.get("message").getAsString().contains("request line or headers"), error.toString());
    return error;
  }

  /** Asserts a JSON error of {@code status} and {@code code}, without class names, and returns its error object. */
  private static JsonObject refused(RawHttp.Answer answer, int status, String code) {
    assertEquals(status, answer.status(), answer.text());
    assertJson(answer);
    JsonObject error = JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonObject("error");
    assertEquals(status, error.get("status").getAsInt());
    assertEquals(code, error.get("code").getAsString(), answer.body());
    assertFalse(answer.body().matches("(?s).*(java\\.|Exception|undertow).*"), answer.body());
    return error;
  }

  private static void assertJson(RawHttp.Answer answer) {
    assertTrue(answer.text().toLowerCase(java.util.Locale.ROOT).contains("content-type: application/json"), answer.text());
  }

  /** The ids of a search answer's hits. */
  private static String hitIds(RawHttp.Answer answer) {
    assertEquals(200, answer.status(), answer.text());
    return JsonParser.parseString(answer.body()).getAsJsonObject().getAsJsonArray("hits").asList().stream()
        .map(hit -> "\"" + hit.getAsJsonObject().get("id").getAsString() + "\"")
        .collect(Collectors.joining(",", "[", "]"));
  }
}
