package io.plutuscalibrate.measurements.target;

import java.time.Duration;
import java.util.Objects;

/**
 * How the harness runs and watches an external evaluator.
 *
 * @param command the shell command that starts it ({@code sh -c COMMAND}: it may set variables
 *     or run a pipeline; it is killed with its descendants)
 * @param startTimeout how long to wait for its hello line
 * @param loadTimeout how long a load (decoding plus one checking evaluation) may take
 * @param runTimeout the least time allowed for a batch
 * @param runTimeoutFactor a batch may take this many times its expected duration (from the
 *     program's earlier batches) on top of {@link #runTimeout}
 * @param timing how batch times are obtained; see {@link Timing}
 */
public record ProcessSettings(String command, Duration startTimeout, Duration loadTimeout,
    Duration runTimeout, double runTimeoutFactor, Timing timing) {

  /** Where a batch's time comes from. */
  public enum Timing {
    /** The evaluator's own clock when it has the internal-timing capability, else round trip. */
    AUTO,
    /** The evaluator's own clock ({@code elapsedNs}); refused if it lacks the capability. */
    INTERNAL,
    /** The harness's clock around the request, minus the measured protocol overhead. */
    ROUND_TRIP
  }

  public ProcessSettings {
    Objects.requireNonNull(command);
    Objects.requireNonNull(startTimeout);
    Objects.requireNonNull(loadTimeout);
    Objects.requireNonNull(runTimeout);
    Objects.requireNonNull(timing);
    if (command.isBlank()) throw new IllegalArgumentException("empty evaluator command");
  }

  /** {@code command} with 60 s to start, 120 s per load, 10 s + 10x expected per batch. */
  public static ProcessSettings of(String command) {
    return new ProcessSettings(command, Duration.ofSeconds(60), Duration.ofSeconds(120),
        Duration.ofSeconds(10), 10, Timing.AUTO);
  }

  public ProcessSettings withTiming(Timing t) {
    return new ProcessSettings(command, startTimeout, loadTimeout, runTimeout, runTimeoutFactor, t);
  }

  public ProcessSettings withTimeouts(Duration start, Duration load, Duration run) {
    return new ProcessSettings(command, start, load, run, runTimeoutFactor, timing);
  }
}
