package io.plutuscalibrate.measurements.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.flat.Flat;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ProtocolServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ProtocolServer server =
      ProtocolServer.on(EmbeddedTarget.create(MachineParameters.defaults(), "9.9"));

  private JsonNode ask(String line) throws Exception {
    return JSON.readTree(server.handle(line));
  }

  @Test
  void helloAnnouncesProtocolAndCapabilities() throws Exception {
    JsonNode h = JSON.readTree(server.hello());
    assertEquals("hello", h.get("type").asText());
    assertEquals(Protocol.NAME, h.get("protocol").asText());
    assertEquals(1, h.get("protocolVersion").asInt());
    assertEquals("9.9", h.get("version").asText());
    assertEquals("E", h.get("semantics").asText());
    assertTrue(h.get("capabilities").toString().contains("internal-timing"));
  }

  @Test
  void loadTextRunAndUnload() throws Exception {
    JsonNode l = ask("{\"op\":\"load\",\"id\":7,\"text\":\"(program 1.1.0 [(builtin addInteger) (con integer 1) (con integer 2)])\"}");
    assertEquals(7, l.get("id").asLong());
    assertTrue(l.get("ok").asBoolean());
    assertEquals("success", l.get("result").asText());
    assertEquals(1, l.get("steps").get("builtin").asLong());
    JsonNode r = ask("{\"op\":\"run\",\"id\":8,\"program\":7,\"repetitions\":10}");
    assertTrue(r.get("ok").asBoolean(), r.toString());
    assertEquals(10, r.get("repetitions").asInt());
    assertTrue(r.get("elapsedNs").asLong() > 0);
    assertFalse(r.get("gc").isNull());
    assertTrue(ask("{\"op\":\"unload\",\"id\":9,\"program\":7}").get("ok").asBoolean());
    JsonNode gone = ask("{\"op\":\"run\",\"id\":10,\"program\":7,\"repetitions\":10}");
    assertEquals(Protocol.ERR_UNKNOWN_PROGRAM, gone.get("error").asText());
  }

  @Test
  void loadFlatGivesTheSameBudgetAsText() throws Exception {
    String text = "(program 1.1.0 [(builtin multiplyInteger) (con integer 12345678901234567890) (con integer 3)])";
    String hex = HexFormat.of().formatHex(Flat.encode(ProcessTargetTest.program(text)));
    JsonNode a = ask("{\"op\":\"load\",\"id\":1,\"text\":\"" + text + "\"}");
    JsonNode b = ask("{\"op\":\"load\",\"id\":2,\"flat\":\"" + hex + "\"}");
    assertEquals(a.get("budget"), b.get("budget"));
  }

  @Test
  void callBuildsTheAppliedBuiltin() throws Exception {
    JsonNode c = ask("{\"op\":\"load\",\"id\":1,\"call\":{\"builtin\":\"ifThenElse\",\"args\":[\"bool True\",\"integer 1\",\"integer 2\"]}}");
    assertTrue(c.get("ok").asBoolean(), c.toString());
    assertEquals(1, c.get("steps").get("force").asLong());
    assertEquals(3, c.get("steps").get("apply").asLong());
  }

  @Test
  void limitGivesOutOfBudget() throws Exception {
    JsonNode l = ask("{\"op\":\"load\",\"id\":1,\"text\":\"(program 1.1.0 (con integer 1))\",\"limit\":{\"cpu\":5,\"mem\":5}}");
    assertEquals("out-of-budget", l.get("result").asText());
  }

  @Test
  void errorsAreResponsesNotCrashes() throws Exception {
    assertEquals(Protocol.ERR_BAD_REQUEST, ask("not json").get("error").asText());
    assertTrue(ask("not json").get("id").isNull());
    assertEquals(Protocol.ERR_BAD_REQUEST, ask("{\"op\":\"load\"}").get("error").asText());
    assertEquals(Protocol.ERR_BAD_REQUEST, ask("{\"op\":\"fly\",\"id\":1}").get("error").asText());
    JsonNode parse = ask("{\"op\":\"load\",\"id\":2,\"text\":\"(program 1.1.0 (lam x y))\"}");
    assertEquals(Protocol.ERR_DECODE, parse.get("error").asText());
    assertEquals(2, parse.get("id").asLong());
    assertEquals(Protocol.ERR_DECODE, ask("{\"op\":\"load\",\"id\":3,\"flat\":\"zz\"}").get("error").asText());
    assertEquals(Protocol.ERR_BAD_REQUEST,
        ask("{\"op\":\"load\",\"id\":4,\"text\":\"(program 1.1.0 (con unit ()))\",\"flat\":\"00\"}").get("error").asText());
    assertEquals(Protocol.ERR_UNSUPPORTED,
        ask("{\"op\":\"load\",\"id\":5,\"call\":{\"builtin\":\"frobnicate\",\"args\":[]}}").get("error").asText());
    JsonNode reps = ask("{\"op\":\"run\",\"id\":6,\"program\":99,\"repetitions\":0}");
    assertFalse(reps.get("ok").asBoolean());
  }

  @Test
  void serveWritesHelloThenAnswersUntilQuit() throws Exception {
    String input = "\n{\"op\":\"load\",\"id\":1,\"text\":\"(program 1.1.0 (con unit ()))\"}\n"
        + "{\"op\":\"quit\",\"id\":2}\n{\"op\":\"load\",\"id\":3,\"text\":\"x\"}\n";
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    server.serve(new BufferedReader(new StringReader(input)), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
    assertEquals(3, lines.length);
    assertEquals("hello", JSON.readTree(lines[0]).get("type").asText());
    assertEquals(2, JSON.readTree(lines[2]).get("id").asLong());
  }
}
