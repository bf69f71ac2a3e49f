package io.plutuscalibrate.bench.report;

import java.util.Map;

/**
 * One benchmark result of a JMH JSON file: the method's simple name (class and method), its
 * parameters, the score with its error (half the 99.9% confidence interval, as JMH reports it;
 * NaN with a single iteration), and the unit.
 */
public record Measurement(String benchmark, Map<String, String> params, double score,
    double error, String unit) {

  /** The value of parameter {@code name}, or null. */
  public String param(String name) {
    return params.get(name);
  }
}
