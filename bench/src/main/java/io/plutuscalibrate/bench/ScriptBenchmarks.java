package io.plutuscalibrate.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each validation script on each machine: decode + evaluate (what a node does with a script it
 * receives, and the figure the peer comparison is about) and evaluate alone (a term decoded in
 * setup). The script list comes from {@link ValidationScripts} through {@link BenchMain}, which
 * sets the {@code script} parameter; the default here is only for running this class alone.
 *
 * <p>Note [Peer comparison settings]: both machines run in the same JMH run with the same
 * settings. The parameters are ordered script first, then vm, so JMH runs the two machines on one
 * script one after the other: a change of machine load during the run then affects both sides of
 * a ratio alike. Each (script, vm) pair gets its own fork, so neither machine's JIT profile sees
 * the other machine or the other scripts. Every run is timed (sample mode) and the report uses
 * the median: on a machine shared with other work a run is rarely interrupted, since it takes
 * well under a scheduler's time slice, so the median is close to the undisturbed time while the
 * mean follows the interruptions. Ten one-second warm-up iterations, because the machine loop
 * is compiled late (one long-running method) and later still on a loaded machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
public class ScriptBenchmarks {

  /** A .flat file in {@link ValidationScripts#directory()}. */
  @Param({"auction_1-1.flat"})
  public String script;

  /** {@code ours}, {@code scalus} or {@code ours-E}: see {@link ScriptEvaluator#named}. */
  @Param({"ours", "scalus"})
  public String vm;

  private ScriptEvaluator evaluator;
  private byte[] flat;

  @Setup
  public void setUp() {
    flat = ValidationScripts.read(script);
    evaluator = ScriptEvaluator.named(vm);
    evaluator.prepare(flat);
  }

  @Benchmark
  public Object decodeEvaluate() {
    return evaluator.decodeAndEvaluate(flat);
  }

  @Benchmark
  public Object evaluate() {
    return evaluator.evaluate();
  }
}
