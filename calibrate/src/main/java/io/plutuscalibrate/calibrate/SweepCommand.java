package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.measurements.sampler.ClockResolution;
import io.plutuscalibrate.measurements.sampler.Sampler;
import io.plutuscalibrate.measurements.sampler.SamplerSettings;
import io.plutuscalibrate.measurements.sampler.TimeBase;
import io.plutuscalibrate.measurements.store.ForkedRun;
import io.plutuscalibrate.measurements.store.HostInfo;
import io.plutuscalibrate.measurements.store.PointRecord;
import io.plutuscalibrate.measurements.store.RunConfig;
import io.plutuscalibrate.measurements.store.RunDirectory;
import io.plutuscalibrate.measurements.store.RunStoreException;
import io.plutuscalibrate.measurements.store.Shard;
import io.plutuscalibrate.measurements.sweep.Sweep;
import io.plutuscalibrate.measurements.sweep.SweepOutcome;
import io.plutuscalibrate.measurements.sweep.SweepPoint;
import io.plutuscalibrate.measurements.sweep.SweepPoints;
import io.plutuscalibrate.measurements.target.EmbeddedTarget;
import io.plutuscalibrate.measurements.target.ProcessSettings;
import io.plutuscalibrate.measurements.target.ProcessTarget;
import io.plutuscalibrate.measurements.target.Target;
import io.plutuscalibrate.measurements.target.TargetException;
import io.plutuscalibrate.measurements.target.TargetInfo;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code calibrate sweep}: measures the workloads on a target into a run directory. See Note [Run
 * directory] (RunDirectory), Note [Sampling method] (Sampler), Note [Time budget] (Sweep).
 * Exit status 0 when every point was measured (or is unsupported by the target), 1 when the
 * sweep finished with failed points, 2 for unusable input or a target that cannot start, 130 when
 * interrupted (the run can be resumed).
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Measure the time per evaluation of every workload point (each builtin at its sizes, the"
            + " call overhead, machine steps, scripts) and write a run directory: benching.csv in"
            + " the official criterion format (the builtin and overhead points), steps.csv (the"
            + " machine-step and script points with their step counts), the raw samples, a"
            + " journal of the points and manifest.json; 'calibrate fit --benchmarks RUN' reads"
            + " both.",
        "",
        "Each point is written as soon as it is measured: a sweep that is killed loses at most"
            + " the point in flight and continues with --resume RUN.",
        "",
        "The sweep watches the machine: a fixed piece of work (the sentinel) is timed before and"
            + " after every point, and while it runs more than 10%% slower than usual (a shared"
            + " host slows everything by 30-60%% for seconds to minutes at a time) the sweep waits"
            + " for it; points measured while the machine was slow are measured again at the end."
            + " The journal records the sentinel's time with every point (see Note [Interference]"
            + " in Sweep).",
        "",
        "One session's intervals describe the noise within that session only: between sessions"
            + " (fresh JVMs) a builtin still moves by about 3-4%% (sd), now and then one by 10-17%%,"
            + " with the JIT's decisions. --forks N measures every point in N sessions, one after the"
            + " other (RUN/fork-1 .. RUN/fork-N, each an ordinary run), and writes in RUN the"
            + " combination: per point the median of the forks' times and a 95%% interval from"
            + " the spread between them (see Note [Forks] in ForkCombination). It costs N times"
            + " the time of one session (the time budget is shared among the forks); 3 forks are"
            + " the useful minimum.",
        ""},
    footerHeading = "%nExamples:%n",
    footer = {
        "  calibrate sweep --quick --out runs/quick",
        "  calibrate sweep --precision 1%% --time-budget 1h --out runs/full",
        "  calibrate sweep --builtins addInteger,sha2_256 --out runs/two",
        "  calibrate sweep --target process --command \"bin/calibrate serve\" --out runs/proc",
        "  calibrate sweep --quick --forks 3 --out runs/quick3",
        "  calibrate sweep --shard 2/3 --out runs/part2      (then: calibrate merge ... --out RUN)",
        "  calibrate sweep --resume runs/full"})
final class SweepCommand implements Callable<Integer> {
  /**
   * Note [Measurement JVM]: as JMH forks a JVM to measure in, the sweep measures in a fresh JVM
   * started for the purpose, with flags chosen for measuring: a fixed heap whose pages are all
   * touched at start ({@code -Xms1g -Xmx1g -XX:+AlwaysPreTouch}), the parallel collector and
   * foreground compilation. On this project's 2-core VM the first touch of a heap page is
   * expensive; a JVM that grows its heap as it goes pays it inside the timed batches, and the
   * trivial program {@code (con unit ())} measured 21 us an evaluation instead of 0.35 us for as
   * long as the heap was growing. The parallel collector has no concurrent phases, so between
   * collections nothing of the collector's competes with the evaluating thread. {@code -Xbatch}
   * makes the JIT compile in the foreground: the thread that needs a method compiled waits for it
   * (time its CPU clock does not count), so compiled code is in place when warm-up ends instead of
   * arriving in the middle of the measured batches, which on a loaded machine it did for seconds
   * (the first addInteger point measured 1.03 us +-31% in the background, 0.42 us +-1.9% with
   * -Xbatch; the JIT's compilation-time counter cannot tell, as it only moves when a compilation
   * finishes). The fresh JVM also starts the run with a profile of its own. The flags are part of
   * the run's configuration (a resumed run uses them again) and the manifest records the measuring
   * JVM's actual flags; {@code --in-process} measures in the JVM that runs the command, with
   * whatever flags it has.
   *
   * <p>The JVM that was started watches the one that started it and stops (as at Ctrl-C) if it
   * goes away; the run directory's lock keeps any other sweep out until it has.
   */
  static final String DEFAULT_JVM_FLAGS =
      "-Xms1g -Xmx1g -XX:+AlwaysPreTouch -XX:+UseParallelGC -Xbatch";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--out", paramLabel = "RUN", description = "the new run directory")
  Path out;

  @Option(names = "--resume", paramLabel = "RUN",
      description = "continue the run in RUN with its own configuration (options given as well"
          + " must agree with it)")
  Path resume;

  @Option(names = "--quick", description = "the quick grid: a few points per builtin, a few"
      + " minutes in all (default: the default grid, about twenty minutes)")
  boolean quick;

  @Option(names = "--builtins", paramLabel = "LIST", split = ",",
      description = "measure only these builtins (names as in the textual syntax, comma"
          + " separated) and the call overhead; no machine-step or script points")
  List<String> builtins;

  @Option(names = "--target", paramLabel = "KIND", defaultValue = "embedded",
      description = "embedded (this JVM's CEK machine) or process (an evaluator speaking the"
          + " JSON-lines protocol of docs/protocol.md; needs --command). Default: ${DEFAULT-VALUE}")
  String target;

  @Option(names = "--command", paramLabel = "CMD",
      description = "the shell command that starts the evaluator of --target process, e.g."
          + " \"bin/calibrate serve\"")
  String command;

  @Option(names = "--timing", paramLabel = "MODE", defaultValue = "auto",
      description = "process target: where batch times come from: internal (the evaluator's"
          + " clock), round-trip (ours, minus the measured protocol overhead) or auto (internal"
          + " when the evaluator offers it). Default: ${DEFAULT-VALUE}")
  String timing;

  @Option(names = "--precision", paramLabel = "P", defaultValue = "2%",
      description = "stop sampling a point when its 95%% interval is within P of the estimate"
          + " (default ${DEFAULT-VALUE})")
  String precision;

  @Option(names = "--time-budget", paramLabel = "T",
      description = "the time the sweep should take, shared among the points (default 4m with"
          + " --quick, 20m otherwise); points get at least their minimum samples even when it"
          + " is spent")
  String timeBudget;

  @Option(names = "--max-point-time", paramLabel = "T",
      description = "the most time one point may be given (default 2s with --quick, 30s"
          + " otherwise)")
  String maxPointTime;

  @Option(names = "--clock", paramLabel = "CLOCK", defaultValue = "cpu",
      description = "what times a batch: cpu (the evaluating thread's CPU time, robust on a"
          + " busy machine) or wall (the wall clock, as criterion). Default: ${DEFAULT-VALUE}")
  String clock;

  @Option(names = "--session-warmup", paramLabel = "T",
      description = "how long to run a mix of the points before measuring the first, so that"
          + " the evaluator's loop is compiled (default 5s with --quick, 15s otherwise)")
  String sessionWarmup;

  @Option(names = "--jvm-flags", paramLabel = "FLAGS", defaultValue = DEFAULT_JVM_FLAGS,
      description = "the flags of the fresh JVM the sweep measures in (default:"
          + " ${DEFAULT-VALUE}); see Note [Measurement JVM] in SweepCommand")
  String jvmFlags;

  @Option(names = "--in-process",
      description = "measure in this JVM instead of a fresh one with --jvm-flags")
  boolean inProcess;

  /** Set in the fresh JVM the sweep starts; see Note [Measurement JVM]. */
  @Option(names = "--forked", hidden = true)
  boolean forked;

  @Option(names = "--shard", paramLabel = "K/N", defaultValue = "1/1",
      description = "measure only part K of N of the sweep (round robin over the points), to"
          + " share a sweep between machines; join the parts with calibrate merge")
  String shard;

  @Option(names = "--forks", paramLabel = "N", defaultValue = "1",
      description = "measure every point in N sessions (fresh measuring JVMs or evaluator"
          + " processes), one after the other, sharing the time budget, and combine them, so"
          + " that intervals cover the differences between sessions; N times the time of one"
          + " session for the same precision (default ${DEFAULT-VALUE})")
  int forks;

  /** Set in the session that measures fork K of a run with --forks; see ForkedRun. */
  @Option(names = "--fork-index", hidden = true, defaultValue = "0")
  int forkIndex;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "the seed the workloads' arguments are drawn from (default ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--variant", paramLabel = "A..E", defaultValue = "E",
      description = "builtin semantics variant (default ${DEFAULT-VALUE})")
  SemanticsVariant variant;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "1",
      description = "how many times a point is retried after the target crashed, hung or"
          + " answered garbage on it (default ${DEFAULT-VALUE})")
  int retries;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      RunConfig config = configuration();
      Path base = resume != null ? resume : out;
      if (config.forks() > 1 && forkIndex == 0) return forks(config, base);
      if (config.jvmFlags() != null && !forked) return fork(config, err, List.of());
      if (forkIndex > 0) {
        if (forkIndex > config.forks()) {
          throw new UserInputException("--fork-index " + forkIndex + " but the run has "
              + config.forks() + " forks");
        }
        return session(config.forFork(), ForkedRun.forkDir(base, forkIndex), base);
      }
      return session(config, base, base);
    } catch (UserInputException | RunStoreException e) {
      err.println("calibrate sweep: " + Messages.oneLine(e.getMessage()));
      err.flush();
      return 2;
    }
  }

  /**
   * Measures the run in {@code dir} (new, or resumed when it holds a manifest already or this is
   * {@code --resume}) in this JVM, and says how to continue it with {@code --resume hint}.
   */
  private int session(RunConfig config, Path dir, Path hint) {
    PrintWriter outw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Target t = null;
    SweepProgress progress = null;
    try {
      boolean resuming = forkIndex > 0 ? Files.exists(dir.resolve(RunDirectory.MANIFEST))
          : resume != null;
      if (forkIndex > 0 && resuming) {
        List<String> diff;
        try {
          diff = config.differences(RunDirectory.readConfig(dir));
        } catch (IOException e) {
          throw new UserInputException("cannot read the run: " + Messages.ioReason(e));
        }
        if (!diff.isEmpty()) {
          throw new RunStoreException(dir + " is not a fork of " + hint + ": its configuration"
              + " differs in " + String.join(", ", diff));
        }
      }
      List<SweepPoint> points = points(config);
      ClockResolution clock = ClockResolution.measure();
      t = target(config);
      RunDirectory run;
      try {
        run = resuming ? RunDirectory.resume(dir, t.info(), clock)
            : RunDirectory.create(dir, config, t.info(), clock, title(config, forkIndex));
      } catch (IOException e) {
        throw new UserInputException("cannot write the run directory: " + Messages.ioReason(e));
      }
      progress = new SweepProgress(err, System.console() != null, config.sampler().precision());
      try (Interruption stop = Interruption.install(forked)) {
        SweepOutcome outcome = sweep(samplerFor(config, t.info()), t, clock, run, progress,
            shardOf(points, config.shard()), stop.flag());
        progress.close();
        report(outw, run.path(), hint, config, outcome);
        if (!outcome.complete()) return 130;
        return outcome.notMeasured().stream()
            .anyMatch(r -> r.status() == PointRecord.Status.FAILED) ? 1 : 0;
      }
    } catch (UserInputException | RunStoreException e) {
      if (progress != null) progress.close();
      err.println("calibrate sweep: " + Messages.oneLine(e.getMessage()));
      err.flush();
      return 2;
    } catch (TargetException e) {
      err.println("calibrate sweep: the target cannot be used: "
          + Messages.oneLine(e.getMessage()));
      err.flush();
      return 2;
    } catch (IOException e) {
      if (progress != null) progress.close();
      err.println("calibrate sweep: writing the run failed: " + Messages.ioReason(e));
      err.flush();
      return 2;
    } finally {
      if (t != null) t.close();
    }
  }

  /**
   * Measures the run's forks one after the other, each in a session of its own (a fresh JVM, or
   * this one with --in-process), skipping those already complete, then combines them; see Note
   * [Forks] in ForkCombination.
   */
  private int forks(RunConfig config, Path base)
      throws UserInputException, RunStoreException {
    PrintWriter outw = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int n = config.forks();
    try (ForkedRun run = resume != null ? ForkedRun.resume(base) : ForkedRun.create(base, config)) {
      for (int k = 1; k <= n; k++) {
        String status = run.forkStatus(k);
        if (status.equals("complete")) continue;
        err.println("calibrate sweep: fork " + k + " of " + n
            + (status.equals("missing") ? "" : " (resuming its " + status + " run)") + " in "
            + run.forkDir(k));
        err.flush();
        int code;
        if (config.jvmFlags() != null) {
          code = fork(config, err, List.of("--fork-index", Integer.toString(k)));
        } else {
          forkIndex = k;
          try {
            code = session(config.forFork(), run.forkDir(k), base);
          } finally {
            forkIndex = 0;
          }
        }
        if (code == 130) {
          run.interrupted();
          outw.println("sweep interrupted in fork " + k + " of " + n + " (continue with --resume "
              + base + ")");
          outw.flush();
          return 130;
        }
        if (code == 2) return 2;
      }
      ForkedRun.Outcome o = run.combine();
      outw.println("sweep complete: " + o.forksUsed() + " forks combined in " + base + ": "
          + o.points() + " points, measured " + o.measured() + ", not measured "
          + o.notMeasured().size());
      if (!o.partial().isEmpty()) {
        outw.println("  measured in some forks only (combined from those): "
            + String.join(", ", o.partial()));
      }
      for (String id : o.notMeasured()) outw.println("  not measured in any fork: " + id);
      outw.flush();
      return o.failed() > 0 ? 1 : 0;
    } catch (IOException e) {
      err.println("calibrate sweep: writing the run failed: " + Messages.ioReason(e));
      err.flush();
      return 2;
    }
  }

  private static SweepOutcome sweep(SamplerSettings settings, Target t, ClockResolution clock,
      RunDirectory run, SweepProgress progress, List<SweepPoint> points, AtomicBoolean stop)
      throws IOException {
    try (run) {
      MachineCosts costs =
          OfficialModels.machineCosts(SemanticsVariant.valueOf(run.config().variant()));
      return Sweep.on(t, Sampler.create(settings, clock), run, progress, stop, costs)
          .watchingTheMachine().run(points);
    }
  }

  /**
   * Makes Ctrl-C (SIGINT, SIGTERM) stop the sweep cleanly: the shutdown hook raises the stop flag
   * and waits until this is closed, that is until the point in flight has been abandoned, the
   * manifest says interrupted and the summary is printed; the run can then be resumed. In the
   * measuring JVM the flag is also raised when the JVM that started it goes away.
   */
  private static final class Interruption implements AutoCloseable {
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    private Interruption() {
      this.hook = new Thread(() -> {
        stop.set(true);
        try {
          done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "sweep-shutdown");
    }

    static Interruption install(boolean watchParent) {
      Interruption i = new Interruption();
      Runtime.getRuntime().addShutdownHook(i.hook);
      if (watchParent) {
        ProcessHandle.current().parent()
            .ifPresent(p -> p.onExit().thenRun(() -> i.stop.set(true)));
      }
      return i;
    }

    AtomicBoolean flag() {
      return stop;
    }

    @Override
    public void close() {
      done.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // shutting down already: the hook is running
      }
    }
  }

  /**
   * Runs this command again in a fresh JVM, with {@code extra} arguments; see Note [Measurement
   * JVM].
   */
  private int fork(RunConfig config, PrintWriter err, List<String> extra)
      throws UserInputException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String f : config.jvmFlags().strip().split("\\s+")) if (!f.isEmpty()) cmd.add(f);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(spec.root().commandLine().getParseResult().originalArgs());
    cmd.add("--forked");
    cmd.addAll(extra);
    Process child;
    try {
      child = new ProcessBuilder(cmd).inheritIO().start();
    } catch (IOException e) {
      throw new UserInputException("cannot start the measuring JVM (" + e.getMessage()
          + "); use --in-process to measure in this one");
    }
    Thread hook = new Thread(() -> {
      child.destroy(); // SIGTERM: it stops as at Ctrl-C
      try {
        child.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "sweep-fork-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return child.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      child.destroy();
      return 130;
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // shutting down: the hook is running
      }
    }
  }

  /**
   * The sampler's settings for the target: with round-trip timing, batches last at least 50
   * times the protocol overhead that is subtracted from them (Note [Protocol overhead] in
   * ProcessTarget), so that its error stays small beside them.
   */
  static SamplerSettings samplerFor(RunConfig config, TargetInfo info) {
    SamplerSettings s = config.sampler();
    if (!"round-trip".equals(info.timing())) return s;
    long least = (long) (50 * info.protocolOverheadNanos());
    return least > s.targetBatch().toNanos() ? s.withTargetBatch(Duration.ofNanos(least)) : s;
  }

  static List<SweepPoint> shardOf(List<SweepPoint> all, Shard shard) {
    List<SweepPoint> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) if (shard.contains(i)) out.add(all.get(i));
    return out;
  }

  private static List<SweepPoint> points(RunConfig config) throws UserInputException {
    try {
      return SweepPoints.of(config.grid(), config.seed(), config.builtins(),
          SemanticsVariant.valueOf(config.variant()));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  private RunConfig configuration() throws UserInputException, RunStoreException {
    if ((out == null) == (resume == null)) {
      throw new UserInputException("give either --out RUN (a new run) or --resume RUN");
    }
    RunConfig given = fromOptions();
    if (resume == null) return given;
    RunConfig stored;
    try {
      stored = RunDirectory.readConfig(resume);
    } catch (IOException e) {
      throw new UserInputException("cannot read the run: " + Messages.ioReason(e));
    }
    // Options given on this command line must agree with the run's.
    CommandLine.ParseResult pr = spec.commandLine().getParseResult();
    String[][] optionFields = {
        {"--quick", "grid"}, {"--builtins", "builtins"}, {"--target", "target"},
        {"--command", "command"}, {"--timing", "timing"}, {"--precision", "precision"},
        {"--time-budget", "timeBudgetSeconds"}, {"--max-point-time", "maxPointSeconds"},
        {"--shard", "shard"}, {"--seed", "seed"}, {"--variant", "variant"},
        {"--retries", "retries"}, {"--clock", "sampler.clock"},
        {"--session-warmup", "sessionWarmupSeconds"}, {"--jvm-flags", "jvmFlags"},
        {"--in-process", "jvmFlags"}, {"--forks", "forks"}};
    List<String> checked = new ArrayList<>();
    for (String[] of : optionFields) if (pr.hasMatchedOption(of[0])) checked.add(of[1]);
    List<String> fields = new ArrayList<>();
    for (String d : given.differences(stored)) {
      if (checked.contains(d.substring(0, d.indexOf(' ')))) fields.add(d);
    }
    if (!fields.isEmpty()) {
      throw new UserInputException(resume + " was started with another configuration; these"
          + " options differ (given vs stored): " + String.join(", ", fields)
          + ". Resume without them, or start a new run with --out");
    }
    return stored;
  }

  private RunConfig fromOptions() throws UserInputException {
    SamplerSettings sampler = (quick ? SamplerSettings.quick() : SamplerSettings.defaults())
        .withPrecision(Quantities.fraction("--precision", precision))
        .withClock(switch (clock.toLowerCase(Locale.ROOT)) {
          case "cpu" -> TimeBase.CPU;
          case "wall" -> TimeBase.WALL;
          default -> throw new UserInputException("--clock is cpu or wall; got '" + clock + "'");
        });
    Duration budget = timeBudget != null ? Quantities.duration("--time-budget", timeBudget)
        : quick ? Duration.ofMinutes(4) : Duration.ofMinutes(20);
    Duration pointMax = maxPointTime != null ? Quantities.duration("--max-point-time", maxPointTime)
        : quick ? Duration.ofSeconds(2) : Duration.ofSeconds(30);
    String kind = target.toLowerCase(Locale.ROOT);
    if (!kind.equals("embedded") && !kind.equals("process")) {
      throw new UserInputException("--target is embedded or process; got '" + target + "'");
    }
    if (kind.equals("process") && (command == null || command.isBlank())) {
      throw new UserInputException("--target process needs --command CMD, the command that"
          + " starts the evaluator (e.g. --command \"bin/calibrate serve\")");
    }
    if (kind.equals("embedded") && command != null) {
      throw new UserInputException("--command is for --target process");
    }
    String timingMode = timing.toLowerCase(Locale.ROOT);
    if (!List.of("auto", "internal", "round-trip").contains(timingMode)) {
      throw new UserInputException(
          "--timing is auto, internal or round-trip; got '" + timing + "'");
    }
    Shard s;
    try {
      s = Shard.parse(shard);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--shard: " + e.getMessage());
    }
    if (retries < 0) throw new UserInputException("--retries must be 0 or more");
    if (forks < 1) throw new UserInputException("--forks must be 1 or more");
    List<String> names = builtins == null ? List.of()
        : builtins.stream().map(String::strip).filter(b -> !b.isEmpty()).toList();
    Duration warm = sessionWarmup != null
        ? Quantities.durationOrZero("--session-warmup", sessionWarmup)
        : quick ? Duration.ofSeconds(5) : Duration.ofSeconds(15);
    return new RunConfig(quick ? "quick" : "default", seed, names, variant.name(), sampler, budget,
        pointMax, kind, kind.equals("process") ? command : "",
        kind.equals("process") ? timingMode : "", s, retries, warm,
        inProcess ? null : jvmFlags.strip(), forks);
  }

  private static Target target(RunConfig config) throws TargetException {
    SemanticsVariant v = SemanticsVariant.valueOf(config.variant());
    if (config.target().equals("embedded")) {
      return EmbeddedTarget.create(SweepPoints.machineParameters(v), HostInfo.projectVersion());
    }
    ProcessSettings.Timing timing = switch (config.timing()) {
      case "internal" -> ProcessSettings.Timing.INTERNAL;
      case "round-trip" -> ProcessSettings.Timing.ROUND_TRIP;
      default -> ProcessSettings.Timing.AUTO;
    };
    return ProcessTarget.start(ProcessSettings.of(config.command()).withTiming(timing));
  }

  private static String title(RunConfig c, int fork) {
    return "Plutus Core cost model benchmark results from plutus-calibrate "
        + HostInfo.projectVersion() + " (" + c.target() + " target, variant " + c.variant()
        + ", " + c.grid() + " grid, seed " + c.seed()
        + (c.shard().count() > 1 ? ", shard " + c.shard() : "")
        + (fork > 0 ? ", fork " + fork : "") + ")";
  }

  private static void report(PrintWriter out, Path dir, Path hint, RunConfig config,
      SweepOutcome o) {
    double p = config.sampler().precision();
    long measured = o.records().stream().filter(r -> r.status() == PointRecord.Status.OK).count();
    List<PointRecord> not = o.notMeasured();
    List<PointRecord> shortOf = o.shortOf(p);
    out.println((o.complete() ? "sweep complete: " : "sweep interrupted (continue with --resume "
        + hint + "): ") + o.records().size() + " of " + o.total() + " points finished in " + dir);
    out.println("  this session: " + o.finishedNow() + " points in " + Quantities.clock(o.wall()));
    out.println("  measured " + measured + ", of which " + shortOf.size() + " short of "
        + Quantities.percent(p) + " precision; not measured " + not.size());
    for (PointRecord r : not) {
      out.println("  " + r.status().name().toLowerCase(Locale.ROOT) + " " + r.id() + ": "
          + r.message());
    }
    out.flush();
  }
}
