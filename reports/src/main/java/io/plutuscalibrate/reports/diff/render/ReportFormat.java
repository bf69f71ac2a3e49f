package io.plutuscalibrate.reports.diff.render;

import io.plutuscalibrate.reports.diff.DiffReport;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A way to print a {@link DiffReport}: a terminal table, Markdown, JSON or a self-contained HTML
 * page. The text ends with a newline.
 */
public interface ReportFormat {

  String render(DiffReport report);

  /** The names {@link #named} takes, the default first. */
  List<String> NAMES = List.of("text", "md", "json", "html");

  /** The format of a name in {@link #NAMES} ({@code markdown} is also accepted). */
  static Optional<ReportFormat> named(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "text":
        return Optional.of(new TextFormat());
      case "md":
      case "markdown":
        return Optional.of(new MarkdownFormat());
      case "json":
        return Optional.of(new JsonFormat());
      case "html":
        return Optional.of(new HtmlFormat());
      default:
        return Optional.empty();
    }
  }
}
