package io.plutuscalibrate.reports.compare;

/**
 * How the runs of one batch spread for one point or builtin.
 *
 * @param runs the number of runs
 * @param level the geometric mean over runs of the time, µs
 * @param cv the coefficient of variation of the time across runs (sd / mean), NaN for one run
 * @param min the smallest time of a run, µs
 * @param max the largest, µs
 */
public record Spread(int runs, double level, double cv, double min, double max) {}
