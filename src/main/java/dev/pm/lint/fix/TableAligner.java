package dev.pm.lint.fix;

import dev.pm.model.Block;
import dev.pm.model.PostMortem;
import dev.pm.model.Section;
import dev.pm.model.Table;
import dev.pm.text.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Re-aligns the pipe tables a fix edited, so a changed cell does not leave a ragged column behind:
 * every cell padded to its column's width, separator dashes to match, alignment colons kept. Only
 * tables whose every line starts with a pipe (after at most three spaces) are touched; a table in a
 * block quote or without outer pipes is left as written.
 */
final class TableAligner {

  private static final Pattern SEPARATOR_CELL = Pattern.compile(":?-+:?");
  private static final Pattern TABLE_LINE = Pattern.compile(" {0,3}\\|.*");

  private TableAligner() {}

  static String realign(String text, PostMortem doc, Set<Integer> editedLines) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    boolean changed = false;
    for (Table table : tables(doc.root(), new ArrayList<>())) {
      int first = table.at().line();
      int last =
          table.rows().isEmpty()
              ? first + 1
              : table.rows().get(table.rows().size() - 1).at().line();
      if (last > lines.size() || editedLines.stream().noneMatch(l -> l >= first && l <= last)) {
        continue;
      }
      changed |= realign(lines, first - 1, last - 1);
    }
    return changed ? String.join("\n", lines) : text;
  }

  /** The lines of the edited text that hold an edit. */
  static Set<Integer> lines(String text, List<Integer> offsets) {
    LineIndex index = new LineIndex(text);
    Set<Integer> lines = new java.util.HashSet<>();
    offsets.forEach(o -> lines.add(index.at(o).line()));
    return lines;
  }

  private static List<Table> tables(Section section, List<Table> found) {
    for (Block block : section.blocks()) {
      if (block instanceof Table t) {
        found.add(t);
      }
    }
    section.children().forEach(child -> tables(child, found));
    return found;
  }

  private static boolean realign(List<String> lines, int from, int to) {
    List<List<String>> rows = new ArrayList<>();
    List<String> endings = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      String line = lines.get(i);
      String ending = line.endsWith("\r") ? "\r" : "";
      String content = ending.isEmpty() ? line : line.substring(0, line.length() - 1);
      if (!TABLE_LINE.matcher(content).matches()) {
        return false;
      }
      rows.add(cells(content.strip()));
      endings.add(ending);
    }
    if (rows.size() < 2
        || !rows.get(1).stream().allMatch(c -> SEPARATOR_CELL.matcher(c).matches())) {
      return false;
    }
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    int[] widths = new int[columns];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < rows.get(r).size(); c++) {
        widths[c] = Math.max(widths[c], r == 1 ? 3 : width(rows.get(r).get(c)));
      }
    }
    boolean changed = false;
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder out = new StringBuilder("|");
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        String cell =
            r == 1
                ? separator(row.get(c), widths[c])
                : row.get(c) + " ".repeat(widths[c] - width(row.get(c)));
        out.append(' ').append(cell).append(" |");
      }
      String line = out + endings.get(r);
      if (!line.equals(lines.get(from + r))) {
        lines.set(from + r, line);
        changed = true;
      }
    }
    return changed;
  }

  /** Splits on the pipes GFM splits on: not escaped with a backslash. */
  private static List<String> cells(String line) {
    return new ArrayList<>(
        dev.pm.text.GfmRow.cells(line).stream().map(cell -> cell.of(line)).toList());
  }

  private static String separator(String cell, int width) {
    boolean left = cell.startsWith(":");
    boolean right = cell.endsWith(":");
    int dashes = width - (left ? 1 : 0) - (right ? 1 : 0);
    return (left ? ":" : "") + "-".repeat(Math.max(1, dashes)) + (right ? ":" : "");
  }

  private static int width(String cell) {
    return cell.codePointCount(0, cell.length());
  }
}
