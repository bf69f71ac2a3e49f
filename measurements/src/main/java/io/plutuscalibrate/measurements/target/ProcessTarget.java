package io.plutuscalibrate.measurements.target;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.measurements.sampler.Batch;
import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.core.Version;
import io.plutuscalibrate.uplc.flat.Flat;
import io.plutuscalibrate.uplc.text.ParseResult;
import io.plutuscalibrate.uplc.text.UplcParser;
import io.plutuscalibrate.uplc.text.UplcPrinter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An external evaluator speaking the JSON-lines protocol of docs/protocol.md on its stdin and
 * stdout, started with {@code sh -c COMMAND} (it may set variables or run a pipeline; it is
 * killed with its descendants).
 *
 * <p>Note [Evaluator failures]: every answer is awaited with a timeout (a load: {@link
 * ProcessSettings#loadTimeout}; a batch: {@link ProcessSettings#runTimeout} plus
 * {@link ProcessSettings#runTimeoutFactor} times its expected duration from the program's earlier
 * batches). An evaluator that exits, does not answer in time, or answers something that is not a
 * response to the request (not JSON, wrong id, missing fields) is killed with its descendants,
 * and the request fails with a {@link TargetException} whose kind says the target is broken; the
 * next load starts a fresh process (so the sweep can retry the point). An error response
 * ({@code "ok": false}) leaves the evaluator running: the program is refused, the point marked.
 * Messages end with the last lines the evaluator wrote to stderr.
 *
 * <p>Note [Protocol overhead]: after the hello, the harness loads the trivial program
 * {@code (con unit ())} and times 40 one-evaluation batches around the request; the median round
 * trip minus the evaluator's reported time is the protocol's overhead per batch. With the
 * internal-timing capability, batch times are the evaluator's own ({@code elapsedNs}, measured
 * around its loop) and the overhead is only reported; without it (or with
 * {@link ProcessSettings.Timing#ROUND_TRIP}), a batch's time is its round trip minus that
 * overhead. Batches last milliseconds and the overhead is tens of microseconds, so the
 * subtraction matters little, and its error less.
 */
public final class ProcessTarget implements Target {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EOF = "\u0000EOF";
  private static final int STDERR_LINES = 20;
  private static final int OVERHEAD_WARMUP = 20;
  private static final int OVERHEAD_BATCHES = 40;

  private final ProcessSettings settings;
  private final Deque<String> stderrTail = new ArrayDeque<>();
  private Process process;
  private LinkedBlockingQueue<String> lines;
  private OutputStream stdin;
  private TargetInfo info;
  private List<String> capabilities = List.of();
  private boolean internalTiming;
  private double overheadNanos;
  private long nextId = 1;
  private int generation;
  private int starts;

  private ProcessTarget(ProcessSettings settings) {
    this.settings = settings;
  }

  /** Starts the evaluator and reads its hello; see Note [Protocol overhead]. */
  public static ProcessTarget start(ProcessSettings settings) throws TargetException {
    ProcessTarget t = new ProcessTarget(settings);
    t.ensureStarted();
    return t;
  }

  @Override
  public TargetInfo info() throws TargetException {
    ensureStarted();
    return info;
  }

  /** How many times the evaluator was started (1 + restarts). */
  public int starts() {
    return starts;
  }

  @Override
  public LoadedProgram load(Program program) throws TargetException {
    ensureStarted();
    ObjectNode req = encode(program);
    req.put("op", Protocol.OP_LOAD);
    JsonNode r = request(req, settings.loadTimeout());
    Evaluation check = evaluation(r);
    return new Remote(r.get("id").asLong(), generation, check);
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      try {
        ObjectNode q = JSON.createObjectNode();
        q.put("op", Protocol.OP_QUIT);
        request(q, Duration.ofSeconds(5));
        process.waitFor(5, TimeUnit.SECONDS);
      } catch (TargetException e) {
        // killed below
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    kill();
  }

  // ---- process lifecycle ----

  private void ensureStarted() throws TargetException {
    if (process != null && process.isAlive()) return;
    kill();
    ProcessBuilder pb = new ProcessBuilder("sh", "-c", settings.command());
    try {
      process = pb.start();
    } catch (IOException e) {
      throw new TargetException(TargetException.Kind.CRASHED,
          "cannot start the evaluator '" + settings.command() + "': " + e.getMessage());
    }
    starts++;
    generation++;
    stdin = process.getOutputStream();
    LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
    lines = queue;
    synchronized (stderrTail) {
      stderrTail.clear();
    }
    Process p = process;
    Thread out = new Thread(() -> pump(p, queue), "evaluator-stdout");
    out.setDaemon(true);
    out.start();
    Thread err = new Thread(() -> drainStderr(p), "evaluator-stderr");
    err.setDaemon(true);
    err.start();
    String helloLine = await(settings.startTimeout(), "its hello line");
    readHello(helloLine);
    measureOverhead();
  }

  private static void pump(Process p, LinkedBlockingQueue<String> queue) {
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) queue.add(line);
    } catch (IOException e) {
      // the process went away; reported as end of output
    }
    queue.add(EOF);
  }

  private void drainStderr(Process p) {
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        synchronized (stderrTail) {
          stderrTail.addLast(line);
          while (stderrTail.size() > STDERR_LINES) stderrTail.removeFirst();
        }
      }
    } catch (IOException e) {
      // the process went away
    }
  }

  private void kill() {
    Process p = process;
    process = null;
    if (p == null) return;
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroyForcibly();
    try {
      p.waitFor(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readHello(String line) throws TargetException {
    JsonNode h;
    try {
      h = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw broken(TargetException.Kind.GARBLED,
          "its first line is not a JSON hello: " + clip(line));
    }
    if (h == null || !h.isObject() || !Protocol.NAME.equals(h.path("protocol").asText())
        || h.path("protocolVersion").asInt(-1) != Protocol.VERSION) {
      throw broken(TargetException.Kind.GARBLED, "its hello does not announce protocol "
          + Protocol.NAME + " version " + Protocol.VERSION + ": " + clip(line));
    }
    List<String> caps = new ArrayList<>();
    for (JsonNode c : h.path("capabilities")) caps.add(c.asText());
    capabilities = List.copyOf(caps);
    boolean canTime = capabilities.contains(Protocol.CAP_INTERNAL_TIMING);
    if (settings.timing() == ProcessSettings.Timing.INTERNAL && !canTime) {
      throw broken(TargetException.Kind.UNSUPPORTED,
          "internal timing was asked for but the evaluator lacks the internal-timing capability");
    }
    internalTiming = canTime && settings.timing() != ProcessSettings.Timing.ROUND_TRIP;
    info = new TargetInfo("process", h.path("evaluator").asText("unknown"),
        h.path("version").asText("unknown"), h.path("semantics").asText(""),
        List.of("sh", "-c", settings.command()), capabilities,
        internalTiming ? "internal" : "round-trip", 0);
  }

  private void measureOverhead() throws TargetException {
    ObjectNode req = encode(new Program(Version.V1_1_0, new Term.Const(UnitConstant.UNIT)));
    req.put("op", Protocol.OP_LOAD);
    JsonNode r = request(req, settings.loadTimeout());
    long handle = r.get("id").asLong();
    double[] overhead = new double[OVERHEAD_BATCHES];
    for (int i = 0; i < OVERHEAD_WARMUP + OVERHEAD_BATCHES; i++) {
      long t0 = System.nanoTime();
      JsonNode b = request(runRequest(handle, 1), settings.runTimeout());
      long rtt = System.nanoTime() - t0;
      long inside = b.path("elapsedNs").canConvertToLong() ? b.get("elapsedNs").asLong() : 0;
      if (i >= OVERHEAD_WARMUP) overhead[i - OVERHEAD_WARMUP] = rtt - inside;
    }
    unload(handle);
    Arrays.sort(overhead);
    overheadNanos = overhead[overhead.length / 2];
    info = new TargetInfo(info.kind(), info.evaluator(), info.version(), info.semantics(),
        info.command(), info.capabilities(), info.timing(), overheadNanos);
  }

  // ---- requests ----

  private JsonNode request(ObjectNode req, Duration timeout) throws TargetException {
    if (process == null) {
      throw new TargetException(TargetException.Kind.CRASHED, "the evaluator is not running");
    }
    long id = nextId++;
    req.put("id", id);
    try {
      stdin.write((req.toString() + "\n").getBytes(StandardCharsets.UTF_8));
      stdin.flush();
    } catch (IOException e) {
      throw broken(TargetException.Kind.CRASHED,
          "it stopped reading requests (" + e.getMessage() + ")"
          + exitStatus());
    }
    String line = await(timeout, "the answer to " + req.path("op").asText() + " #" + id);
    JsonNode r;
    try {
      r = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw broken(TargetException.Kind.GARBLED,
          "it answered something that is not JSON: " + clip(line));
    }
    if (r == null || !r.isObject() || !r.path("id").canConvertToLong() || r.get("id").asLong() != id
        || !r.path("ok").isBoolean()) {
      throw broken(TargetException.Kind.GARBLED,
          "it answered something that is not the response to request " + id + ": " + clip(line));
    }
    if (!r.get("ok").asBoolean()) {
      throw new TargetException(TargetException.Kind.REFUSED, "the evaluator refused the "
          + req.path("op").asText() + " (" + r.path("error").asText("?") + "): "
          + r.path("message").asText(""));
    }
    return r;
  }

  private String await(Duration timeout, String what) throws TargetException {
    String line;
    try {
      line = lines.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw broken(TargetException.Kind.TIMED_OUT, "interrupted while waiting for " + what);
    }
    if (line == null) {
      throw broken(TargetException.Kind.TIMED_OUT, "no answer within " + seconds(timeout)
          + " while waiting for " + what);
    }
    if (line == EOF) {
      throw broken(TargetException.Kind.CRASHED, "it closed its output while we waited for " + what
          + exitStatus());
    }
    return line;
  }

  private String exitStatus() {
    Process p = process;
    if (p == null) return "";
    try {
      if (p.waitFor(2, TimeUnit.SECONDS)) return " (exit status " + p.exitValue() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "";
  }

  private TargetException broken(TargetException.Kind kind, String message) {
    try {
      // give the stderr pump a moment to collect the last words
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    kill();
    String tail;
    synchronized (stderrTail) {
      List<String> last = new ArrayList<>(stderrTail);
      tail = String.join(" | ", last.subList(Math.max(0, last.size() - 3), last.size()));
    }
    return new TargetException(kind, "evaluator '" + settings.command() + "': " + message
        + (tail.isEmpty() ? "" : "; its stderr ends: " + clip(tail)));
  }

  private static ObjectNode runRequest(long handle, int repetitions) {
    ObjectNode req = JSON.createObjectNode();
    req.put("op", Protocol.OP_RUN);
    req.put("program", handle);
    req.put("repetitions", repetitions);
    return req;
  }

  private void unload(long handle) throws TargetException {
    ObjectNode req = JSON.createObjectNode();
    req.put("op", Protocol.OP_UNLOAD);
    req.put("program", handle);
    request(req, settings.runTimeout());
  }

  /** The load request's program field; see docs/protocol.md on encodings. */
  private ObjectNode encode(Program program) throws TargetException {
    ObjectNode req = JSON.createObjectNode();
    HarnessCall call = HarnessCall.of(program.term());
    if (call != null) {
      if (!capabilities.contains(Protocol.CAP_HARNESS_BUILTINS)) {
        throw new TargetException(TargetException.Kind.UNSUPPORTED, "the evaluator does not run the"
            + " harness-only builtin " + call.fun() + " (capability "
            + Protocol.CAP_HARNESS_BUILTINS + ")");
      }
      ObjectNode c = req.putObject("call");
      c.put("builtin", call.fun().name());
      var args = c.putArray("args");
      call.arguments().forEach(a -> args.add(UplcPrinter.printConstant(a)));
      return req;
    }
    if (capabilities.contains(Protocol.CAP_FLAT)) {
      try {
        req.put("flat", HexFormat.of().formatHex(Flat.encode(program)));
        return req;
      } catch (IllegalArgumentException e) {
        // a constant flat cannot carry (a BLS12-381 point): try the text
      }
    }
    if (capabilities.contains(Protocol.CAP_TEXT)) {
      String text = UplcPrinter.print(program);
      if (UplcParser.parseProgram(text, "program") instanceof ParseResult.Failed<Program>) {
        throw new TargetException(TargetException.Kind.UNSUPPORTED, "the program holds a constant"
            + " that neither flat nor the textual syntax can carry (a Miller-loop result)");
      }
      req.put("text", text);
      return req;
    }
    throw new TargetException(TargetException.Kind.UNSUPPORTED,
        "the evaluator announces neither the flat nor the text capability");
  }

  private static Evaluation evaluation(JsonNode r) throws TargetException {
    String result = r.path("result").asText("");
    JsonNode budget = r.path("budget");
    if (result.isEmpty() || !budget.path("cpu").canConvertToLong()
        || !budget.path("mem").canConvertToLong()) {
      throw new TargetException(TargetException.Kind.GARBLED,
          "the load response lacks result or budget: " + clip(r.toString()));
    }
    Map<String, Long> steps = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = r.path("steps").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      steps.put(e.getKey(), e.getValue().asLong());
    }
    return new Evaluation(result,
        ExBudget.of(budget.get("cpu").asLong(), budget.get("mem").asLong()),
        steps, r.path("reason").asText(""));
  }

  private static String clip(String s) {
    return s.length() <= 200 ? s : s.substring(0, 200) + "...";
  }

  private static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  /** A program loaded in the evaluator, named by the id of its load request. */
  private final class Remote implements LoadedProgram {
    private final long handle;
    private final int loadedIn;
    private final Evaluation check;
    private double nanosPerEvaluation = -1;

    Remote(long handle, int loadedIn, Evaluation check) {
      this.handle = handle;
      this.loadedIn = loadedIn;
      this.check = check;
    }

    @Override
    public Evaluation check() {
      return check;
    }

    @Override
    public Batch run(int repetitions) throws TargetException {
      if (generation != loadedIn || process == null) {
        throw new TargetException(TargetException.Kind.CRASHED,
            "the evaluator was restarted since the program was loaded");
      }
      Duration timeout = settings.runTimeout();
      if (nanosPerEvaluation > 0) {
        timeout = timeout.plusNanos(
            (long) (settings.runTimeoutFactor() * repetitions * nanosPerEvaluation));
      }
      long t0 = System.nanoTime();
      JsonNode r = request(runRequest(handle, repetitions), timeout);
      long rtt = System.nanoTime() - t0;
      if (r.path("repetitions").asLong(-1) != repetitions) {
        throw broken(TargetException.Kind.GARBLED, "it ran " + r.path("repetitions")
            + " repetitions when asked for " + repetitions);
      }
      long nanos;
      if (internalTiming) {
        if (!r.path("elapsedNs").canConvertToLong() || r.get("elapsedNs").asLong() < 0) {
          throw broken(TargetException.Kind.GARBLED,
              "its run response lacks elapsedNs: " + clip(r.toString()));
        }
        nanos = r.get("elapsedNs").asLong();
      } else {
        nanos = Math.max(0, rtt - Math.round(overheadNanos));
      }
      nanosPerEvaluation = (double) nanos / repetitions;
      long cpu = internalTiming && r.path("cpuNs").canConvertToLong()
          && r.get("cpuNs").asLong() >= 0
          ? r.get("cpuNs").asLong() : -1;
      return new Batch(repetitions, nanos, cpu, r.path("gc").asBoolean(false));
    }

    @Override
    public void close() {
      if (generation != loadedIn || process == null) return;
      try {
        unload(handle);
      } catch (TargetException e) {
        // a broken evaluator is restarted at the next load
      }
    }
  }
}
