package dev.pm.parse;

import dev.pm.model.Cell;
import dev.pm.model.Row;
import dev.pm.text.HeadingNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A table row whose text wrapped onto the next line: in a table written with leading pipes, a line
 * without one ("on that, eg use Gluster initially ... | PROCESS-IMPROVE" under "| Do not seek the
 * perfect solution - implement the basic version and improve") continues the row above. GFM makes
 * it a row of its own; a person reads one row, its first cell finishing the sentence the row above
 * broke off and its other cells filling the columns after it.
 */
final class WrappedRows {

  private WrappedRows() {}

  /**
   * True when a body row's line continues the row above rather than starting one: the table opens
   * its rows with a pipe, this line does not, and the row above was left open (no closing pipe).
   */
  static boolean continues(String headerLine, String aboveLine, String rowLine) {
    return headerLine.strip().startsWith("|")
        && !rowLine.strip().startsWith("|")
        && !aboveLine.strip().endsWith("|");
  }

  /** The row above with the wrapped line joined to it. */
  static Row joined(Row above, List<Cell> wrapped) {
    List<Cell> cells = above.cells();
    if (cells.isEmpty() || wrapped.isEmpty()) {
      return above;
    }
    int last = cells.size() - 1;
    while (last > 0 && cells.get(last).text().isBlank()) {
      last--; // the cell the text broke off in is the last one written
    }
    List<Cell> joined = new ArrayList<>(cells.subList(0, last));
    joined.add(join(cells.get(last), wrapped.get(0)));
    joined.addAll(wrapped.subList(1, wrapped.size()));
    for (int i = joined.size(); i < cells.size(); i++) {
      joined.add(cells.get(i)); // blank cells of the row above that the wrap did not fill
    }
    return new Row(joined, above.at());
  }

  private static Cell join(Cell start, Cell rest) {
    String text = (start.text() + " " + rest.text()).strip();
    List<String> links = new ArrayList<>(start.links());
    links.addAll(rest.links());
    return new Cell(
        text,
        (start.markdown() + " " + rest.markdown()).strip(),
        HeadingNormalizer.key(text),
        links,
        start.at());
  }
}
