package io.plutuscalibrate.bench.report;

import java.util.Map;

/**
 * One benchmark result of a JMH JSON file: the method's simple name (class and method), its
 * parameters, the mode, the score with its error (half the 99.9% confidence interval, as JMH
 * reports it; NaN with a single iteration), the median of the samples in sample mode (else NaN),
 * and the unit.
 */
public record Measurement(String benchmark, Map<String, String> params, String mode,
    double score, double error, double median, String unit) {

  /** The median in sample mode, else the score. */
  public double typical() {
    return Double.isNaN(median) ? score : median;
  }


  /** The value of parameter {@code name}, or null. */
  public String param(String name) {
    return params.get(name);
  }
}
