package io.plutuscalibrate.reports.timing;

/**
 * What the drift and comparison tests need from a point's raw samples: how many there are and
 * the mean and variance of their logarithms (each sample a time per evaluation in µs). See Note
 * [Within-run error of a point] in {@link PointTiming}.
 *
 * @param n the number of samples, at least 2
 * @param meanLog the mean of ln(µs per evaluation)
 * @param varLog the sample variance of ln(µs per evaluation), n - 1 in the denominator
 */
public record SampleStats(int n, double meanLog, double varLog) {
  public SampleStats {
    if (n < 2) throw new IllegalArgumentException("need at least 2 samples, got " + n);
    if (!(varLog >= 0) || !Double.isFinite(meanLog)) {
      throw new IllegalArgumentException("bad sample statistics: " + meanLog + ", " + varLog);
    }
  }

  /** The statistics of positive times per evaluation (µs). */
  public static SampleStats of(double[] micros) {
    int n = micros.length;
    if (n < 2) throw new IllegalArgumentException("need at least 2 samples, got " + n);
    double sum = 0;
    double[] logs = new double[n];
    for (int i = 0; i < n; i++) {
      if (!(micros[i] > 0) || !Double.isFinite(micros[i])) {
        throw new IllegalArgumentException("sample " + i + " is not a positive time: " + micros[i]);
      }
      logs[i] = Math.log(micros[i]);
      sum += logs[i];
    }
    double mean = sum / n;
    double ss = 0;
    for (double l : logs) ss += (l - mean) * (l - mean);
    return new SampleStats(n, mean, ss / (n - 1));
  }
}
