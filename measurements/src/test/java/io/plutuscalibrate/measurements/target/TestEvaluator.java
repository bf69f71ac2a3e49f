package io.plutuscalibrate.measurements.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.flat.Flat;
import io.plutuscalibrate.uplc.text.UplcPrinter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

/**
 * An evaluator for tests: the protocol server over the embedded machine that misbehaves on
 * purpose when a loaded program's text contains a trigger.
 * <pre>
 *   --crash-on S        exit with status 3 (after a line on stderr)
 *   --garbage-on S      answer a line that is not JSON
 *   --hang-on S         never answer
 *   --crash-once-on S F crash the first time (creating the file F), behave afterwards
 *   --bad-hello         start with a line that is not a hello
 *   --round-trip-only   announce no internal timing and report no elapsedNs
 * </pre>
 */
public final class TestEvaluator {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    String crash = null, garbage = null, hang = null, crashOnce = null;
    Path onceFile = null;
    boolean badHello = false, roundTrip = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--crash-on" -> crash = args[++i];
        case "--garbage-on" -> garbage = args[++i];
        case "--hang-on" -> hang = args[++i];
        case "--crash-once-on" -> {
          crashOnce = args[++i];
          onceFile = Path.of(args[++i]);
        }
        case "--bad-hello" -> badHello = true;
        case "--round-trip-only" -> roundTrip = true;
        default -> throw new IllegalArgumentException(args[i]);
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    ProtocolServer server = ProtocolServer.on(
        EmbeddedTarget.create(MachineParameters.defaults(), "test"));
    if (badHello) {
      out.println("Welcome to the evaluator!");
    } else {
      ObjectNode hello = (ObjectNode) JSON.readTree(server.hello());
      if (roundTrip) {
        ArrayNode caps = hello.putArray("capabilities");
        for (String c : List.of(Protocol.CAP_TEXT, Protocol.CAP_FLAT)) caps.add(c);
      }
      out.println(hello);
    }
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    String line;
    while ((line = in.readLine()) != null) {
      JsonNode req = JSON.readTree(line);
      String text = programText(req);
      if (crash != null && text.contains(crash)) die();
      if (crashOnce != null && text.contains(crashOnce) && !Files.exists(onceFile)) {
        Files.createFile(onceFile);
        die();
      }
      if (garbage != null && text.contains(garbage)) {
        out.println("this is not JSON");
        continue;
      }
      if (hang != null && text.contains(hang)) {
        Thread.sleep(3_600_000);
      }
      String response = server.handle(line);
      if (roundTrip) {
        ObjectNode r = (ObjectNode) JSON.readTree(response);
        r.remove("elapsedNs");
        response = r.toString();
      }
      out.println(response);
      if (server.quitRequested()) return;
    }
  }

  private static void die() {
    System.err.println("crashing on purpose");
    System.exit(3);
  }

  private static String programText(JsonNode req) {
    if (req.has("text")) return req.get("text").asText();
    if (req.has("flat")) {
      return UplcPrinter.print(Flat.decode(HexFormat.of().parseHex(req.get("flat").asText())).orElseThrow());
    }
    return "";
  }

  /** The shell command that runs this evaluator with {@code args}, from the test class path. */
  public static String command(String... args) {
    StringBuilder b = new StringBuilder();
    b.append(quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()))
        .append(" -Xshare:auto -XX:TieredStopAtLevel=1 -cp ")
        .append(quote(System.getProperty("java.class.path")))
        .append(' ').append(TestEvaluator.class.getName());
    for (String a : args) b.append(' ').append(quote(a));
    return b.toString();
  }

  static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
