package io.plutuscalibrate.measurements.sweep;

import io.plutuscalibrate.measurements.store.PointRecord;
import java.time.Duration;
import java.util.List;

/**
 * How a sweep session ended.
 *
 * @param complete whether every point of the sweep is finished (false: it was stopped)
 * @param total the points of the sweep (this shard)
 * @param finishedNow the points finished in this session
 * @param records every finished point of the run, earlier sessions included
 * @param wall this session's wall time
 */
public record SweepOutcome(boolean complete, int total, int finishedNow, List<PointRecord> records,
    Duration wall) {
  public SweepOutcome {
    records = List.copyOf(records);
  }

  /** The points that were not measured (failed or unsupported). */
  public List<PointRecord> notMeasured() {
    return records.stream().filter(r -> r.status() != PointRecord.Status.OK).toList();
  }

  /** Measured points whose interval is wider than {@code precision}. */
  public List<PointRecord> shortOf(double precision) {
    return records.stream()
        .filter(r -> r.status() == PointRecord.Status.OK && !r.reached(precision)).toList();
  }
}
