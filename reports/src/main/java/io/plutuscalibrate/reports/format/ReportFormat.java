package io.plutuscalibrate.reports.format;

/** One output format of a report: renders it as the text of a file or of the terminal. */
@FunctionalInterface
public interface ReportFormat<R> {
  String render(R report);
}
