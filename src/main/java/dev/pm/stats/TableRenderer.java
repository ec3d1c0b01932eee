package dev.pm.stats;

import dev.pm.text.TerminalWidth;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The terminal format: summary first, then the grouped breakdown, then the overdue items. Columns
 * are aligned; colour only when asked (a terminal without {@code NO_COLOR}).
 */
final class TableRenderer implements StatsRenderer {

  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final boolean colour;

  TableRenderer(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void write(StatsResult r, PrintWriter out) {
    Counts s = r.summary();
    out.println(
        bold("Action items as of " + r.asOf())
            + " ("
            + r.incidents()
            + (r.incidents() == 1 ? " post-mortem" : " post-mortems")
            + ")");
    out.printf(
        "  total %d   open %s (in progress %d)   done %s   cancelled %d   overdue %s%n",
        s.total(),
        String.valueOf(s.open()),
        s.inProgress(),
        paint(GREEN, String.valueOf(s.done())),
        s.cancelled(),
        s.overdue() > 0 ? paint(RED, String.valueOf(s.overdue())) : "0");
    out.printf(
        "  completion %s   no owner %d   no due date %d   median days from incident to due date %s%n",
        Formatting.completion(s),
        r.noOwner(),
        r.noDueDate(),
        r.medianDaysToDue().map(Formatting::days).orElse("-"));
    Formatting.medianFigures(r, "   ").ifPresent(line -> out.println("  " + line));
    out.println();
    out.println(bold("By " + r.groupBy().wireName()));
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {r.groupBy().wireName(), "total", "open", "done", "cancelled", "overdue"});
    for (Map.Entry<GroupKey, Counts> e : r.groups().entrySet()) {
      Counts c = e.getValue();
      rows.add(
          new String[] {
            e.getKey().label(),
            n(c.total()),
            n(c.open()),
            n(c.done()),
            n(c.cancelled()),
            n(c.overdue())
          });
    }
    table(rows, java.util.Set.of(1, 2, 3, 4, 5), out);
    List<ItemRow> overdue = r.overdueItems();
    if (!overdue.isEmpty()) {
      out.println();
      out.println(bold(paint(RED, "Overdue (" + overdue.size() + ")")));
      List<String[]> late = new ArrayList<>();
      late.add(new String[] {"where", "incident", "id", "owner", "due", "days late", "action"});
      for (ItemRow row : overdue) {
        late.add(
            new String[] {
              row.incident().file() + ":" + row.line(),
              row.incident().id(),
              row.id(),
              row.owner(),
              row.due(),
              row.daysOverdue().map(String::valueOf).orElse(""),
              shorten(row.action(), 60)
            });
      }
      table(late, java.util.Set.of(5), out);
    }
    out.flush();
  }

  /** Aligned columns; the {@code numeric} ones (counts) are right-aligned. */
  private static void table(List<String[]> cells, java.util.Set<Integer> numeric, PrintWriter out) {
    // Values come from documents: an ESC sequence in one could erase lines or write the clipboard.
    List<String[]> rows =
        cells.stream()
            .map(
                row ->
                    java.util.Arrays.stream(row).map(dev.pm.io.Escape::text).toArray(String[]::new))
            .toList();
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], TerminalWidth.of(row[i]));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < columns; i++) {
        String pad = TerminalWidth.padding(row[i], width[i]);
        String cell = numeric.contains(i) ? pad + row[i] : row[i] + pad;
        line.append(cell).append(i < columns - 1 ? "  " : "");
      }
      out.println(line.toString().stripTrailing());
    }
  }

  private static String n(int value) {
    return String.valueOf(value);
  }

  private static String shorten(String text, int max) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= max ? flat : flat.substring(0, max - 3) + "...";
  }

  private String bold(String text) {
    return colour ? BOLD + text + RESET : text;
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
