package io.plutuscalibrate.measurements.target;

import java.util.List;

/**
 * What a target says about itself, for the run's manifest.
 *
 * @param kind {@code embedded} or {@code process}
 * @param evaluator the evaluator's name
 * @param version the evaluator's version
 * @param semantics the builtin semantics variant it evaluates with (A..E), or empty if unknown
 * @param command the command line of a process target, empty for the embedded one
 * @param capabilities the protocol capabilities it announced (see docs/protocol.md)
 * @param timing how batch times are obtained: {@code in-process}, {@code internal} (the
 *     evaluator's own clock) or {@code round-trip} (the harness's clock minus the measured
 *     protocol overhead)
 * @param protocolOverheadNanos the median round trip of a one-evaluation batch of the trivial
 *     program minus the time the evaluator reported for it: what the protocol adds to a batch
 *     (0 for the embedded target)
 */
public record TargetInfo(String kind, String evaluator, String version, String semantics,
    List<String> command, List<String> capabilities, String timing, double protocolOverheadNanos) {
  public TargetInfo {
    command = List.copyOf(command);
    capabilities = List.copyOf(capabilities);
  }
}
