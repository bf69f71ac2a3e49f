package io.plutuscalibrate.reports.page;

import io.plutuscalibrate.reports.charts.XyChart;
import java.util.List;

/**
 * The two charts of one builtin and what a reader should know about them.
 *
 * @param main measured points, the fitted function and its band
 * @param residuals measured minus fitted, for the points the fit used
 * @param notes how the chart was projected or what it leaves out
 * @param relativeRms the root mean square of the residuals over the mean measured time of a call
 *     (before the call overhead is subtracted), on the points the fit used; NaN without such
 *     points. It says how far the function is from the data as a share of what a call takes;
 *     divided by the time less the overhead instead, it would blow up for builtins that cost
 *     about as much as the call itself.
 */
public record BuiltinFigures(XyChart main, XyChart residuals, List<String> notes,
    double relativeRms) {
  public BuiltinFigures {
    notes = List.copyOf(notes);
  }
}
