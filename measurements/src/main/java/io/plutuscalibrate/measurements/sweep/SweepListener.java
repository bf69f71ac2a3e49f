package io.plutuscalibrate.measurements.sweep;

import io.plutuscalibrate.measurements.store.PointRecord;
import java.time.Duration;

/**
 * What a sweep tells its observer (the progress display) as it goes. Every method may be a
 * no-op.
 */
public interface SweepListener {
  /** The sweep has {@code total} points of which {@code done} were finished by earlier sessions. */
  default void started(int total, int done) {}

  /** {@code point} is being measured; {@code position} counts from 1 over the whole sweep. */
  default void pointStarted(SweepPoint point, int position, int total, Duration elapsed,
      Duration remaining) {}

  /** {@code record} was written. */
  default void pointFinished(PointRecord record, int finished, int total, Duration elapsed,
      Duration remaining) {}

  /** The target broke on {@code point}; it was restarted and the point is tried again. */
  default void retrying(SweepPoint point, int attempt, String reason) {}

  /**
   * The machine was disturbed before {@code point} (its sentinel {@code ratio} times its
   * reference) and the sweep waited {@code waited} for it, until the sentinel was {@code now}
   * times its reference (still disturbed if the wait ran out); see Note [Interference] in Sweep.
   */
  default void waited(SweepPoint point, double ratio, double now, Duration waited) {}

  /**
   * {@code point}, measured while the machine was disturbed (sentinel {@code ratio} times its
   * reference), is measured again: number {@code index} of {@code count}.
   */
  default void remeasuring(SweepPoint point, double ratio, int index, int count) {}

  SweepListener NONE = new SweepListener() {};
}
