package io.plutuscalibrate.reports.diff.render;

import java.util.List;

/**
 * A piece of a report as the human-readable formats lay it out: the report is built once as
 * blocks ({@link ReportDocument}) and each format prints the blocks its way.
 */
sealed interface Block {

  /** A heading; level 1 is the report's title. */
  record Heading(int level, String text) implements Block {}

  record Paragraph(String text) implements Block {}

  record Bullets(List<String> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }
  }

  /** How a column is aligned, and whether it holds signed changes (coloured in HTML). */
  enum Column { TEXT, NUMBER, CHANGE }

  record Table(List<String> headers, List<Column> columns, List<List<String>> rows)
      implements Block {
    public Table {
      if (headers.size() != columns.size()) {
        throw new IllegalArgumentException("headers and columns differ in number");
      }
      for (List<String> row : rows) {
        if (row.size() != headers.size()) {
          throw new IllegalArgumentException("a row of " + row.size() + " cells in a table of "
              + headers.size() + " columns");
        }
      }
      headers = List.copyOf(headers);
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
