package dev.pm.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The geometry of the stats page's two charts, as values the page template draws: one chart of
 * items by owner (stacked bars: done, open, overdue, cancelled) and one of incidents per month by
 * severity (stacked columns). The page's script draws the same figures again from the items a
 * filter leaves, with the same sizes (stats-page.js).
 */
final class HtmlCharts {

  static final String DONE = "#16a34a";
  static final String OPEN = "#2563eb";
  static final String OVERDUE = "#dc2626";
  static final String CANCELLED = "#94a3b8";

  private static final int ROW_HEIGHT = 22;
  private static final int LABEL_WIDTH = 150;
  private static final int BAR_WIDTH = 420;
  private static final int COLUMN_WIDTH = 44;
  private static final int GAP = 22;
  private static final int CHART_HEIGHT = 200;

  private HtmlCharts() {}

  /** One bar or column part; {@code title} is what a pointer over it shows. */
  record Rect(int x, int y, int width, int height, String colour, String title) {}

  /** A legend entry: a swatch and its name. */
  record Key(int x, int y, int textX, int textY, String colour, String name) {}

  /** One owner's row of bars, with the owner's name before it and the total after it. */
  record Bar(int labelX, int textY, String label, List<Rect> rects, int totalX, int total) {}

  record OwnerChart(int width, int height, List<Bar> bars, List<Key> legend) {}

  /** One month's column of severities, with the month below it. */
  record Column(List<Rect> rects, int labelX, int labelY, String label) {}

  record MonthChart(int width, int height, List<Column> columns, List<Key> legend) {}

  /** A severity, or a kind of item, as a chart colours it. */
  record Shade(GroupKey key, String colour) {
    static Shade of(String name, String colour) {
      return new Shade(GroupKey.of(name), colour);
    }

    String name() {
      return key.label();
    }
  }

  /** Items by owner; empty when there are no items. */
  static List<OwnerChart> owners(Map<GroupKey, Counts> byOwner) {
    if (byOwner.isEmpty()) {
      return List.of();
    }
    int max = byOwner.values().stream().mapToInt(Counts::total).max().orElse(1);
    List<Bar> bars = new ArrayList<>();
    int y = 0;
    for (var e : byOwner.entrySet()) {
      Counts c = e.getValue();
      List<Rect> rects = new ArrayList<>();
      int x = LABEL_WIDTH;
      x = bar(rects, x, y, c.done(), max, DONE, "done");
      x = bar(rects, x, y, c.open() - c.overdue(), max, OPEN, "open");
      x = bar(rects, x, y, c.overdue(), max, OVERDUE, "overdue");
      x = bar(rects, x, y, c.cancelled(), max, CANCELLED, "cancelled");
      bars.add(
          new Bar(
              LABEL_WIDTH - 6, y + 15, shorten(e.getKey().label(), 20), rects, x + 4, c.total()));
      y += ROW_HEIGHT;
    }
    List<Key> legend =
        legend(
            y + 8,
            List.of(
                Shade.of("done", DONE),
                Shade.of("open", OPEN),
                Shade.of("overdue", OVERDUE),
                Shade.of("cancelled", CANCELLED)));
    return List.of(
        new OwnerChart(
            LABEL_WIDTH + BAR_WIDTH + 50, byOwner.size() * ROW_HEIGHT + 30, bars, legend));
  }

  private static int bar(
      List<Rect> rects, int x, int y, int value, int max, String colour, String what) {
    if (value <= 0) {
      return x;
    }
    int w = Math.max(2, Math.round((float) value * BAR_WIDTH / max));
    rects.add(new Rect(x, y + 3, w, 16, colour, value + " " + what));
    return x + w;
  }

  /**
   * Incidents per month by severity; empty when there are no incidents. {@code months} is the axis
   * (every month from the first to the last, then unknown); {@code shades} the severities in
   * drawing order.
   */
  static List<MonthChart> months(
      List<IncidentMonth> months,
      List<Shade> shades,
      Map<IncidentMonth, Map<GroupKey, Integer>> byMonth) {
    if (byMonth.isEmpty()) {
      return List.of();
    }
    int max =
        byMonth.values().stream()
            .mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
            .max()
            .orElse(1);
    List<Column> columns = new ArrayList<>();
    int x = 30;
    for (IncidentMonth month : months) {
      Map<GroupKey, Integer> counts = byMonth.getOrDefault(month, Map.of());
      List<Rect> rects = new ArrayList<>();
      int y = CHART_HEIGHT;
      for (Shade shade : shades) {
        int n = counts.getOrDefault(shade.key(), 0);
        if (n == 0) {
          continue;
        }
        int h = Math.max(2, Math.round((float) n * (CHART_HEIGHT - 10) / max));
        y -= h;
        rects.add(
            new Rect(
                x,
                y,
                COLUMN_WIDTH,
                h,
                shade.colour(),
                n + " " + shade.name() + " in " + month.label()));
      }
      columns.add(new Column(rects, x + COLUMN_WIDTH / 2, CHART_HEIGHT + 14, month.label()));
      x += COLUMN_WIDTH + GAP;
    }
    int width = Math.max(620, months.size() * (COLUMN_WIDTH + GAP) + 40);
    return List.of(
        new MonthChart(width, CHART_HEIGHT + 70, columns, legend(CHART_HEIGHT + 30, shades)));
  }

  private static List<Key> legend(int y, List<Shade> shades) {
    List<Key> keys = new ArrayList<>();
    int x = 10;
    for (Shade s : shades) {
      keys.add(new Key(x, y, x + 16, y + 11, s.colour(), s.name()));
      x += 30 + s.name().length() * 8;
    }
    return keys;
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
