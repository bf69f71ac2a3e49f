package io.plutuscalibrate.measurements.store;

import io.plutuscalibrate.measurements.sampler.Summary;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Combines one point's summaries from the forks of a run into one.
 *
 * <p>Note [Forks]: a sweep's intervals (Note [Robust summary] in Summary) describe the noise
 * within one session: one measuring JVM with its own JIT decisions, heap layout and machine
 * state. Between sessions on a quiet machine a point moves with a standard deviation of about 11%
 * of its time, whole builtins jump by 20-60% when the JIT decides differently, and whole sessions
 * by about 15% (docs/measurements.md, "Reproducibility between sessions"), so the intervals of
 * two sessions rarely overlap. As JMH does, {@code sweep --forks N} measures the whole point list
 * in N sessions (forks), one after the other, and combines each point's N estimates:
 * <ul>
 *   <li>on the log scale, where session effects are multiplicative (a JIT decision or a slower
 *   session scales times) and where a ratio of 1.2 and one of 1/1.2 weigh the same;</li>
 *   <li>the estimate is the median of the forks' log estimates (for N = 2 that is their mean):
 *   with three forks one odd session (a builtin whose JIT went the other way) moves the mean by a
 *   third of its jump but leaves the median at one of the sessions that agree. A
 *   Hodges-Lehmann estimate is no more robust than that at N = 3 and a trimmed mean needs more
 *   forks than anyone will pay for;</li>
 *   <li>the interval is estimate +- h on the log scale with h the larger of the between-session
 *   half-width, Student t with N - 1 degrees of freedom times the sample standard deviation of
 *   the log estimates over sqrt N (the spread between sessions, which contains the noise within
 *   them, so the two are not added), and the within-session one, sqrt(sum h_i^2) / N from the
 *   forks' own log half-widths h_i, the interval their mean would have if sessions did not
 *   differ: so the combined interval is never narrower than the forks' own intervals warrant,
 *   even when a few forks happen to agree closely. With N = 2 the t quantile is 12.7, the
 *   interval is wide, and it always contains both forks' estimates; three forks are the useful
 *   minimum;</li>
 *   <li>t.sd (criterion's spread of batch means) is the median of the forks' and its interval
 *   runs from the lowest fork's lower bound to the highest one's upper; the sample count is the
 *   forks' total.</li>
 * </ul>
 * A point measured in only some forks is combined from those (one fork: its own summary) and the
 * run's manifest lists it; a point measured in none is not in the combined run. Times that are
 * not all positive (round-trip timing on a point cheaper than the protocol overhead can give
 * that) are combined by the same rule on the linear scale.
 */
public final class ForkCombination {
  private ForkCombination() {}

  /**
   * One point's combined summary.
   *
   * @param summary the combined summary
   * @param forks how many forks' summaries it was made from
   * @param spreadDecides whether the spread between forks (rather than the forks' own intervals)
   *     gave the interval its width
   */
  public record Combined(Summary summary, int forks, boolean spreadDecides) {}

  /** Combines at least one fork's summary of the same point; see Note [Forks]. */
  public static Combined combine(List<Summary> forks) {
    int n = forks.size();
    if (n == 0) throw new IllegalArgumentException("nothing to combine");
    if (n == 1) return new Combined(forks.get(0), 1, false);
    boolean log = forks.stream().allMatch(s -> s.estimate() > 0 && s.upper() > 0);
    double[] x = new double[n];
    double within = 0;
    for (int i = 0; i < n; i++) {
      Summary s = forks.get(i);
      double h;
      if (log) {
        x[i] = Math.log(s.estimate());
        double up = Math.log(s.upper() / s.estimate());
        h = s.lower() > 0 ? Math.max(up, Math.log(s.estimate() / s.lower())) : up;
      } else {
        x[i] = s.estimate();
        h = (s.upper() - s.lower()) / 2;
      }
      within += h * h;
    }
    within = Math.sqrt(within) / n;
    double center = median(x);
    double mean = Arrays.stream(x).average().orElseThrow();
    double ss = 0;
    for (double v : x) ss += (v - mean) * (v - mean);
    double sd = Math.sqrt(ss / (n - 1));
    double confidence = forks.get(0).confidence();
    double tq = new TDistribution(null, n - 1).inverseCumulativeProbability((1 + confidence) / 2);
    double between = tq * sd / Math.sqrt(n);
    double h = Math.max(between, within);
    double estimate = log ? Math.exp(center) : center;
    double lower = log ? Math.exp(center - h) : center - h;
    double upper = log ? Math.exp(center + h) : center + h;
    double[] sds = forks.stream().mapToDouble(Summary::sd).toArray();
    double sdLower = forks.stream().mapToDouble(Summary::sdLower).min().orElseThrow();
    double sdUpper = forks.stream().mapToDouble(Summary::sdUpper).max().orElseThrow();
    int samples = forks.stream().mapToInt(Summary::samples).sum();
    return new Combined(new Summary(samples, estimate, lower, upper, median(sds), sdLower,
        sdUpper, confidence), n, between > within);
  }

  /** The median; the mean of the middle two for an even count. */
  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
