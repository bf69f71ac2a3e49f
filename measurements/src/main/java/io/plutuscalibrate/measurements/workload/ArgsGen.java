package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.core.Constant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The arguments of one point of a builtin's workload, drawn from the point's own generator. It
 * must be a function of the generator only, so that a point can be rebuilt the same.
 */
@FunctionalInterface
interface ArgsGen {
  List<Constant> generate(SplittableRandom rng);
}
