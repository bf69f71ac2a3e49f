package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.measurements.store.PointRecord;
import io.plutuscalibrate.measurements.sweep.SweepListener;
import io.plutuscalibrate.measurements.sweep.SweepPoint;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * The sweep's progress on stderr: on a terminal one line redrawn in place (group, point, count,
 * elapsed, estimated remaining); elsewhere (a log, a pipe) one plain line per finished point.
 * Retries and failures get lines of their own in both.
 */
final class SweepProgress implements SweepListener {
  private final PrintWriter err;
  private final boolean terminal;
  private final double precision;
  private boolean lineOpen;

  SweepProgress(PrintWriter err, boolean terminal, double precision) {
    this.err = err;
    this.terminal = terminal;
    this.precision = precision;
  }

  @Override
  public void started(int total, int done) {
    say(done == 0 ? total + " points to measure"
        : total + " points, " + done + " already measured, " + (total - done) + " to go");
  }

  @Override
  public void pointStarted(SweepPoint p, int position, int total, Duration elapsed,
      Duration remaining) {
    if (!terminal) return;
    String line = String.format(Locale.ROOT, "[%d/%d] %-22s %-40s elapsed %s  remaining %s",
        position, total, clip(p.group(), 22), clip(p.name(), 40), Quantities.clock(elapsed),
        remaining == null ? "?" : "~" + Quantities.clock(remaining));
    err.print("\r" + line + "\u001b[K");
    err.flush();
    lineOpen = true;
  }

  @Override
  public void pointFinished(PointRecord r, int finished, int total, Duration elapsed,
      Duration remaining) {
    if (r.status() != PointRecord.Status.OK) {
      say(String.format(Locale.ROOT, "[%d/%d] %s %s: %s", finished, total, r.id(),
          r.status().name().toLowerCase(Locale.ROOT), r.message()));
      return;
    }
    if (terminal) return;
    err.println(String.format(Locale.ROOT,
        "[%d/%d] %s %.4g s +-%s%s (%.2f s) elapsed %s remaining %s",
        finished, total, r.id(), r.summary().estimate(),
        Quantities.percent(r.summary().relativeHalfWidth()),
        r.reached(precision) ? "" : " short", r.seconds(), Quantities.clock(elapsed),
        remaining == null ? "?" : "~" + Quantities.clock(remaining)));
    err.flush();
  }

  @Override
  public void retrying(SweepPoint p, int attempt, String reason) {
    say(p.id() + ": the target broke (" + reason + "); restarted, attempt " + attempt);
  }

  @Override
  public void waited(SweepPoint p, double ratio, double now, Duration waited) {
    say(String.format(Locale.ROOT, "machine disturbed before %s (sentinel %.2fx its reference):"
        + " waited %.1f s, now %.2fx", p.id(), ratio, waited.toMillis() / 1000.0, now));
  }

  @Override
  public void remeasuring(SweepPoint p, double ratio, int index, int count) {
    if (index == 1) {
      say(count + " points were measured while the machine was disturbed; measuring them again");
    }
    if (terminal) {
      err.print(String.format(Locale.ROOT, "\r[again %d/%d] %-40s (sentinel %.2fx)\u001b[K",
          index, count, clip(p.id(), 40), ratio));
      err.flush();
      lineOpen = true;
    } else {
      say(String.format(Locale.ROOT, "[again %d/%d] %s (sentinel %.2fx its reference)", index,
          count, p.id(), ratio));
    }
  }

  /** Ends the redrawn line, if any, so that what follows starts on a line of its own. */
  void close() {
    if (lineOpen) {
      err.println();
      err.flush();
      lineOpen = false;
    }
  }

  private void say(String line) {
    close();
    err.println(line);
    err.flush();
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "~";
  }
}
