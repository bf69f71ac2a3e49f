package io.plutuscalibrate.measurements.target;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.measurements.sampler.Batch;
import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Version;
import io.plutuscalibrate.uplc.flat.Flat;
import io.plutuscalibrate.uplc.flat.FlatDecodeResult;
import io.plutuscalibrate.uplc.text.ParseResult;
import io.plutuscalibrate.uplc.text.UplcParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The evaluator side of the protocol of docs/protocol.md over the embedded machine: what
 * {@code calibrate serve} runs. {@link #handle} answers one request line; {@link #serve} reads
 * requests until {@code quit} or the end of the input. Batches are timed by
 * {@link EmbeddedTarget}'s loop, inside this process.
 */
public final class ProtocolServer {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final EmbeddedTarget target;
  private final Map<Long, EmbeddedTarget.Loaded> programs = new HashMap<>();
  private boolean quit;

  private ProtocolServer(EmbeddedTarget target) {
    this.target = target;
  }

  public static ProtocolServer on(EmbeddedTarget target) {
    return new ProtocolServer(Objects.requireNonNull(target));
  }

  /** The hello line the server writes first. */
  public String hello() {
    TargetInfo info = target.info();
    ObjectNode h = JSON.createObjectNode();
    h.put("type", "hello");
    h.put("protocol", Protocol.NAME);
    h.put("protocolVersion", Protocol.VERSION);
    h.put("evaluator", "plutus-calibrate serve");
    h.put("version", info.version());
    h.put("semantics", info.semantics());
    var caps = h.putArray("capabilities");
    for (String c : List.of(Protocol.CAP_TEXT, Protocol.CAP_FLAT, Protocol.CAP_INTERNAL_TIMING,
        Protocol.CAP_CPU_TIMING, Protocol.CAP_GC_REPORT, Protocol.CAP_HARNESS_BUILTINS)) {
      caps.add(c);
    }
    return h.toString();
  }

  /**
   * Writes the hello line, then answers each request line until {@code quit} or end of input.
   * Blank lines are ignored.
   */
  public void serve(BufferedReader in, PrintStream out) throws IOException {
    out.println(hello());
    out.flush();
    String line;
    while (!quit && (line = in.readLine()) != null) {
      if (line.isBlank()) continue;
      out.println(handle(line));
      out.flush();
    }
  }

  /** Whether a {@code quit} request was answered. */
  public boolean quitRequested() {
    return quit;
  }

  /** The response line to one request line. */
  public String handle(String line) {
    JsonNode req;
    try {
      req = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return error(null, Protocol.ERR_BAD_REQUEST, "not a JSON object: " + e.getOriginalMessage());
    }
    if (req == null || !req.isObject()) {
      return error(null, Protocol.ERR_BAD_REQUEST, "a request is a JSON object");
    }
    JsonNode idNode = req.get("id");
    if (idNode == null || !idNode.canConvertToLong()) {
      return error(null, Protocol.ERR_BAD_REQUEST, "a request needs an integer \"id\"");
    }
    long id = idNode.asLong();
    String op = req.path("op").asText("");
    try {
      return switch (op) {
        case Protocol.OP_LOAD -> load(id, req);
        case Protocol.OP_RUN -> run(id, req);
        case Protocol.OP_UNLOAD -> {
          programs.remove(req.path("program").asLong(-1));
          yield ok(id).toString();
        }
        case Protocol.OP_QUIT -> {
          quit = true;
          yield ok(id).toString();
        }
        default -> error(id, Protocol.ERR_BAD_REQUEST, "unknown op '" + op + "'");
      };
    } catch (RequestException e) {
      return error(id, e.code, e.getMessage());
    } catch (RuntimeException e) {
      return error(id, Protocol.ERR_INTERNAL, String.valueOf(e));
    }
  }

  private String load(long id, JsonNode req) throws RequestException {
    Program program = program(req);
    ExBudget limit = null;
    JsonNode l = req.get("limit");
    if (l != null && !l.isNull()) {
      if (!l.path("cpu").canConvertToLong() || !l.path("mem").canConvertToLong()) {
        throw new RequestException(Protocol.ERR_BAD_REQUEST, "limit needs integer cpu and mem");
      }
      limit = ExBudget.of(l.get("cpu").asLong(), l.get("mem").asLong());
    }
    long start = System.nanoTime();
    EmbeddedTarget.Loaded loaded = target.load(program, limit);
    long elapsed = System.nanoTime() - start;
    programs.put(id, loaded);
    Evaluation e = loaded.check();
    ObjectNode r = ok(id);
    r.put("result", e.result());
    if (!e.reason().isEmpty()) r.put("reason", e.reason());
    ObjectNode budget = r.putObject("budget");
    budget.put("cpu", e.budget().cpu());
    budget.put("mem", e.budget().mem());
    ObjectNode steps = r.putObject("steps");
    e.steps().forEach(steps::put);
    r.put("elapsedNs", elapsed);
    return r.toString();
  }

  private String run(long id, JsonNode req) throws RequestException {
    EmbeddedTarget.Loaded loaded = programs.get(req.path("program").asLong(-1));
    if (loaded == null) {
      throw new RequestException(Protocol.ERR_UNKNOWN_PROGRAM,
          "no loaded program " + req.path("program"));
    }
    JsonNode repsNode = req.get("repetitions");
    if (repsNode == null || !repsNode.canConvertToInt() || repsNode.asInt() < 1) {
      throw new RequestException(Protocol.ERR_BAD_REQUEST, "repetitions must be a positive integer");
    }
    Batch b = loaded.run(repsNode.asInt());
    ObjectNode r = ok(id);
    r.put("repetitions", b.repetitions());
    r.put("elapsedNs", b.nanos());
    if (b.cpuNanos() >= 0) r.put("cpuNs", b.cpuNanos());
    r.put("gc", b.gc());
    return r.toString();
  }

  private static Program program(JsonNode req) throws RequestException {
    JsonNode text = req.get("text");
    JsonNode flat = req.get("flat");
    JsonNode call = req.get("call");
    int given = (text != null ? 1 : 0) + (flat != null ? 1 : 0) + (call != null ? 1 : 0);
    if (given != 1) {
      throw new RequestException(Protocol.ERR_BAD_REQUEST,
          "load needs exactly one of \"text\", \"flat\", \"call\"");
    }
    if (text != null) {
      ParseResult<Program> p = UplcParser.parseProgram(text.asText(), "request");
      if (p instanceof ParseResult.Failed<Program> f) {
        throw new RequestException(Protocol.ERR_DECODE, f.error().toString());
      }
      return p.orElseThrow();
    }
    if (flat != null) {
      byte[] bytes;
      try {
        bytes = HexFormat.of().parseHex(flat.asText());
      } catch (IllegalArgumentException e) {
        throw new RequestException(Protocol.ERR_DECODE, "flat is not hex: " + e.getMessage());
      }
      FlatDecodeResult d = Flat.decode(bytes);
      if (d instanceof FlatDecodeResult.Failure f) {
        throw new RequestException(Protocol.ERR_DECODE, f.toString());
      }
      return d.orElseThrow();
    }
    return callProgram(call);
  }

  /** {@code {"builtin": NAME, "args": [CONSTANT...]}} as {@code [(force...(builtin NAME)) (con ...) ...]}. */
  private static Program callProgram(JsonNode call) throws RequestException {
    String name = call.path("builtin").asText("");
    DefaultFun fun = null;
    for (DefaultFun f : DefaultFun.values()) {
      if (f.name().equals(name)) fun = f;
    }
    if (fun == null) throw new RequestException(Protocol.ERR_UNSUPPORTED, "no builtin " + name);
    JsonNode args = call.path("args");
    if (!args.isArray() || args.size() != fun.arity()) {
      throw new RequestException(Protocol.ERR_BAD_REQUEST,
          name + " takes " + fun.arity() + " arguments in \"args\"");
    }
    Term t = new Term.Builtin(fun);
    for (int i = 0; i < fun.forces(); i++) t = new Term.Force(t);
    for (JsonNode a : args) {
      ParseResult<Constant> c = UplcParser.parseConstant(a.asText(), "request");
      if (c instanceof ParseResult.Failed<Constant> f) {
        throw new RequestException(Protocol.ERR_DECODE, f.error().toString());
      }
      t = new Term.Apply(t, new Term.Const(c.orElseThrow()));
    }
    return new Program(Version.V1_1_0, t);
  }

  private static ObjectNode ok(long id) {
    ObjectNode r = JSON.createObjectNode();
    r.put("id", id);
    r.put("ok", true);
    return r;
  }

  private static String error(Long id, String code, String message) {
    ObjectNode r = JSON.createObjectNode();
    if (id == null) r.putNull("id"); else r.put("id", id);
    r.put("ok", false);
    r.put("error", code);
    r.put("message", message == null ? "" : message.replaceAll("\\s*\\R\\s*", " "));
    return r.toString();
  }

  private static final class RequestException extends Exception {
    private static final long serialVersionUID = 1L;
    final String code;

    RequestException(String code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }
}
