package io.plutuscalibrate.models.fit;

/**
 * One criterion result: a benchmark {@code Name/size1/size2/...} with its times.
 *
 * <p>Times are in microseconds, converted from the file's seconds by multiplying by 1e6 exactly as
 * models.R does (see Note [Units of the fit] in {@link Conversion}). Sizes are the numbers in the
 * benchmark name (ExMemory units of the arguments, x, y, z and u); a size the name does not have
 * is {@code NaN}, which every selection treats as R treats {@code NA}: a row lacking a size a rule
 * needs is left out.
 *
 * @param line the 1-based line number in the file
 * @param benchmark the whole benchmark name
 * @param name the part before the first {@code /}
 * @param x first size, {@code NaN} if absent
 * @param t the mean time (criterion's {@code t}), µs
 * @param tMeanLb lower bound of the mean, µs
 * @param tMeanUb upper bound of the mean, µs
 */
public record BenchmarkRow(
    int line,
    String benchmark,
    String name,
    double x,
    double y,
    double z,
    double u,
    double t,
    double tMeanLb,
    double tMeanUb) {}
