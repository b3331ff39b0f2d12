package dev.gazette.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xnio.ChannelPipe;
import org.xnio.OptionMap;
import org.xnio.StreamConnection;
import org.xnio.Xnio;
import org.xnio.XnioWorker;
import org.xnio.conduits.ConduitStreamSinkChannel;
import org.xnio.conduits.ConduitStreamSourceChannel;

/**
 * {@link MalformedRequestConduit} on a real XNIO pipe whose far end reads slowly, so that writes
 * come back partial or empty as on a busy socket: the refusal is replaced by the whole JSON answer,
 * taken up again where it stopped, so is a {@code Host} refusal after an answer in the same write,
 * and every other byte passes through in order.
 */
class MalformedRequestConduitTest {
  private XnioWorker worker;
  private ChannelPipe<StreamConnection, StreamConnection> pipe;
  private ConduitStreamSinkChannel out;
  private ConduitStreamSourceChannel in;
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();

  @BeforeEach
  void openPipe() throws IOException {
    worker = Xnio.getInstance(MalformedRequestConduitTest.class.getClassLoader()).createWorker(OptionMap.EMPTY);
    pipe = worker.createFullDuplexPipeConnection();
    out = pipe.getLeftSide().getSinkChannel();
    out.setConduit(new MalformedRequestConduit(out.getConduit()));
    in = pipe.getRightSide().getSourceChannel();
  }

  @AfterEach
  void closePipe() throws IOException {
    pipe.getLeftSide().close();
    pipe.getRightSide().close();
    worker.shutdownNow();
  }

  @Test
  void aRefusalWrittenIntoAFullPipeArrivesWholeAsJsonAfterEverythingBefore() throws IOException {
    byte[] filler = fillPipe();
    ByteBuffer refusal = ByteBuffer.wrap(MalformedRequestConduit.BARE_REFUSAL);
    assertEquals(0, out.write(refusal), "the pipe is full: nothing of the refusal is taken yet");
    writeWhileDraining(refusal);
    drain();
    byte[] expected = concat(filler, MalformedRequestConduit.ANSWER);
    assertArrayEquals(expected, received.toByteArray());
    String answer = new String(MalformedRequestConduit.ANSWER, StandardCharsets.UTF_8);
    assertTrue(answer.contains("Content-Type: application/json"), answer);
    assertTrue(answer.endsWith(Json.write(MalformedRequestConduit.ERROR.envelope())), answer);
  }

  @Test
  void aRefusalAtTheEndOfAGatheringWriteIsReplacedAfterTheBytesBeforeIt() throws IOException {
    byte[] response = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII);
    ByteBuffer[] buffers = {ByteBuffer.wrap(response), ByteBuffer.wrap(MalformedRequestConduit.BARE_REFUSAL)};
    long total = response.length + MalformedRequestConduit.BARE_REFUSAL.length;
    assertEquals(total, out.write(buffers, 0, 2));
    drain();
    assertArrayEquals(concat(response, MalformedRequestConduit.ANSWER), received.toByteArray());
  }

  @Test
  void aHostRefusalAfterAPipelinedAnswerIsReplacedByTheJsonOne() throws IOException {
    byte[] response = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII);
    byte[] refusal = ("HTTP/1.1 400 Only One Host Header Allowed\r\nConnection: close\r\nContent-Length: 0\r\n"
        + "Date: Mon, 07 Dec 2026 08:49:10 GMT\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] both = concat(response, refusal);
    assertEquals(both.length, out.write(ByteBuffer.wrap(both)));
    drain();
    String sent = new String(received.toByteArray(), StandardCharsets.UTF_8);
    assertTrue(sent.startsWith(new String(response, StandardCharsets.US_ASCII) + "HTTP/1.1 400 Bad Request\r\n"), sent);
    assertTrue(sent.endsWith(Json.write(UndertowRefusal.BAD_HOST.envelope())), sent);
  }

  @Test
  void ourOwnBodilessAnswersAreNotTakenForRefusals() throws IOException {
    byte[] head = "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nDate: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    out.write(ByteBuffer.wrap(head));
    drain();
    assertArrayEquals(head, received.toByteArray());
  }

  @Test
  void otherWritesPassThroughUntouched() throws IOException {
    byte[] almost = Arrays.copyOf(MalformedRequestConduit.BARE_REFUSAL, MalformedRequestConduit.BARE_REFUSAL.length - 1);
    ByteBuffer[] buffers = {ByteBuffer.wrap(almost), ByteBuffer.wrap("x".getBytes(StandardCharsets.US_ASCII))};
    out.write(ByteBuffer.wrap(almost));
    out.write(buffers, 0, 2);
    drain();
    assertArrayEquals(concat(almost, concat(almost, "x".getBytes(StandardCharsets.US_ASCII))), received.toByteArray());
  }

  /** Writes filler until the pipe takes no more; the bytes written. */
  private byte[] fillPipe() throws IOException {
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    byte[] chunk = new byte[4096];
    for (int round = 0; ; round++) {
      Arrays.fill(chunk, (byte) ('a' + round % 26));
      ByteBuffer buffer = ByteBuffer.wrap(chunk);
      int n = out.write(buffer);
      written.write(chunk, 0, n);
      if (buffer.hasRemaining()) {
        return written.toByteArray();
      }
    }
  }

  /** Reads a little at a time from the far end while retrying the write of {@code buffer}. */
  private void writeWhileDraining(ByteBuffer buffer) throws IOException {
    ByteBuffer small = ByteBuffer.allocate(64);
    while (buffer.hasRemaining()) {
      small.clear();
      int n = in.read(small);
      received.write(small.array(), 0, Math.max(n, 0));
      out.write(buffer);
    }
    out.flush();
  }

  /** Reads everything the far end holds. */
  private void drain() throws IOException {
    out.flush();
    ByteBuffer buffer = ByteBuffer.allocate(8192);
    for (int idle = 0; idle < 50; ) {
      buffer.clear();
      int n = in.read(buffer);
      if (n > 0) {
        received.write(buffer.array(), 0, n);
        idle = 0;
      } else {
        idle++;
        Thread.onSpinWait();
      }
    }
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }
}
