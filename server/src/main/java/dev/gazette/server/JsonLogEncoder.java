package dev.gazette.server;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import org.slf4j.event.KeyValuePair;

/**
 * The Logback encoder behind {@code --log-format json}: every event one JSON object on one line,
 * with {@code time} (ISO-8601, UTC), {@code level}, {@code logger}, {@code message}, each SLF4J
 * key-value pair as a field of its own (numbers stay numbers, lists become arrays) and, for a
 * fault, {@code exception} with the stack trace as text.
 *
 * <p>Logback's own {@code JsonEncoder} writes every key-value pair as a string inside a {@code
 * kvpList} array; log collectors query flat, typed fields ({@code status >= 500}) more easily.
 */
public final class JsonLogEncoder extends EncoderBase<ILoggingEvent> {
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();
  private static final byte[] NOTHING = new byte[0];

  @Override
  public byte[] headerBytes() {
    return NOTHING;
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    JsonObject entry = new JsonObject();
    entry.addProperty("time", event.getInstant().toString());
    entry.addProperty("level", event.getLevel().toString());
    entry.addProperty("logger", event.getLoggerName());
    entry.addProperty("message", event.getFormattedMessage());
    if (event.getKeyValuePairs() != null) {
      for (KeyValuePair pair : event.getKeyValuePairs()) {
        entry.add(pair.key, GSON.toJsonTree(pair.value));
      }
    }
    IThrowableProxy thrown = event.getThrowableProxy();
    if (thrown != null) {
      entry.addProperty("exception", ThrowableProxyUtil.asString(thrown).stripTrailing());
    }
    return (GSON.toJson(entry) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] footerBytes() {
    return NOTHING;
  }
}
