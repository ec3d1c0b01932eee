package dev.pm.read;

import dev.pm.model.Cell;
import dev.pm.model.Location;
import dev.pm.model.Paragraph;
import dev.pm.model.Row;
import dev.pm.model.SourceLine;
import dev.pm.model.Table;
import dev.pm.text.HeadingNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A table Markdown did not parse, read as a person reads it: pipe rows whose separator row comes
 * first (or is missing) stay a paragraph for CommonMark, yet their header and rows are plain to
 * see.
 */
final class PipeRows {

  private static final Pattern SEPARATOR =
      Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(?:\\|\\s*:?-{2,}:?\\s*)*\\|?$");
  private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|`|~~");

  private PipeRows() {}

  /**
   * The table a paragraph of pipe rows writes: the first row that is not a separator is the header.
   */
  static Optional<Table> of(Paragraph p) {
    List<SourceLine> lines = p.lines();
    if (lines.size() < 3 || !lines.stream().allMatch(l -> l.markdown().strip().startsWith("|"))) {
      return Optional.empty();
    }
    List<Cell> header = null;
    List<Row> rows = new ArrayList<>();
    for (SourceLine line : lines) {
      String md = line.markdown().strip();
      if (SEPARATOR.matcher(md).matches()) {
        continue;
      }
      List<Cell> cells = cells(md, line.at());
      if (header == null) {
        header = cells;
      } else {
        rows.add(new Row(cells, line.at()));
      }
    }
    return header == null || rows.isEmpty()
        ? Optional.empty()
        : Optional.of(new Table(header, rows, p.at()));
  }

  private static List<Cell> cells(String row, Location at) {
    String inner = row.replaceAll("^\\|", "").replaceAll("(?<!\\\\)\\|$", "");
    List<Cell> cells = new ArrayList<>();
    for (String raw : inner.split("(?<!\\\\)\\|", -1)) {
      String markdown = raw.strip();
      String text = MARKUP.matcher(markdown).replaceAll("").replace("\\|", "|").strip();
      cells.add(new Cell(text, markdown, HeadingNormalizer.key(text), List.of(), at));
    }
    return cells;
  }
}
