package io.plutuscalibrate.crosscheck;

import io.plutuscalibrate.measurements.sweep.SweepPoint;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.measurements.sweep.SweepPoints;
import io.plutuscalibrate.uplc.core.Term;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One workload point evaluated by JMH: the same machine and program the harness's embedded
 * target times, but with JMH's own loop, forks, warm-up and blackhole. Points are named by id in
 * the quick grid with seed 1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PointBenchmark {
  @Param("AddInteger/1/1")
  public String id;

  private CekMachine machine;
  private Term term;

  @Setup
  public void setup() {
    SweepPoint p = CrossCheck.point(id);
    machine = CekMachine.create(SweepPoints.machineParameters(SemanticsVariant.NEWEST));
    term = p.program().get().term();
  }

  /** Returns the result so that JMH's blackhole consumes it. */
  @Benchmark
  public Object evaluate() {
    return machine.evaluate(term, null);
  }
}
