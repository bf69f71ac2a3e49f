package io.plutuscalibrate.reports.drift;

/**
 * What {@link DriftAnalysis} estimated about the noise between the two runs; see Note
 * [Run-to-run noise] there.
 *
 * @param global the run-wide factor: the median over builtins of their median ratio, with a 95%
 *     interval (NaN bounds with fewer than two builtins)
 * @param normalized whether changes were measured relative to {@code global}
 * @param pointNoise the pooled spread of points around their builtin's level, a standard
 *     deviation on the log scale (NaN when no builtin has three points)
 * @param builtinNoise the run-to-run noise of a builtin's level used by the tests, a standard
 *     deviation on the log scale (at least the configured minimum)
 * @param builtinNoiseEstimated whether {@code builtinNoise} came from the data (enough builtins)
 *     rather than from the configured minimum alone
 * @param pointsWithSamples how many points were tested with raw samples on both sides
 * @param priorDf with several runs on a side, the prior degrees of freedom d0 of the builtins'
 *     moderated between-run variances (Note [Batches of runs] in {@link BatchDriftAnalysis});
 *     NaN with one run per side
 */
public record RunNoise(Ratio global, boolean normalized, double pointNoise, double builtinNoise,
    boolean builtinNoiseEstimated, int pointsWithSamples, double priorDf) {

  /** The noise of a comparison of one run with one run. */
  public RunNoise(Ratio global, boolean normalized, double pointNoise, double builtinNoise,
      boolean builtinNoiseEstimated, int pointsWithSamples) {
    this(global, normalized, pointNoise, builtinNoise, builtinNoiseEstimated, pointsWithSamples,
        Double.NaN);
  }
}
