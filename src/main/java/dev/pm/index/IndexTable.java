package dev.pm.index;

import dev.pm.model.ActionStatus;
import dev.pm.stats.Figure;
import dev.pm.stats.IncidentRecord;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Renders the incident index: one Markdown table row per post-mortem, newest first, under a heading
 * per year once there are more than {@link #GROUP_BY_YEAR_ABOVE} incidents. Everything that comes
 * from a document is escaped for a Markdown table cell; links are percent-encoded relative paths.
 */
public final class IndexTable {

  /** Up to this many incidents stay one table; more are grouped by year. */
  public static final int GROUP_BY_YEAR_ABOVE = 20;

  private IndexTable() {}

  /**
   * The index table of {@code records}, as Markdown.
   *
   * @param records the post-mortems read
   * @param indexFolder the folder the index file is in, links are relative to it
   * @param base the folder the records' file names are relative to
   * @param asOf the date items are overdue against
   */
  public static String render(
      List<IncidentRecord> records,
      Path indexFolder,
      Path base,
      IndexSettings settings,
      LocalDate asOf) {
    Comparator<IncidentRecord> byDate =
        Comparator.comparing((IncidentRecord r) -> r.date().orElse(LocalDate.MIN))
            .thenComparing(IncidentRecord::id);
    List<IncidentRecord> sorted = new ArrayList<>(records);
    sorted.sort(settings.newestFirst() ? byDate.reversed() : byDate);
    StringBuilder out = new StringBuilder();
    if (sorted.isEmpty()) {
      return "No post-mortems yet.\n";
    }
    boolean grouped = sorted.size() > GROUP_BY_YEAR_ABOVE;
    String year = null;
    for (IncidentRecord r : sorted) {
      String y = r.date().map(d -> String.valueOf(d.getYear())).orElse("Undated");
      if (year == null || (grouped && !y.equals(year))) {
        if (grouped) {
          out.append(year == null ? "" : "\n").append("### ").append(y).append("\n\n");
        }
        header(out, settings);
        year = y;
      }
      row(out, r, indexFolder, base, settings, asOf);
    }
    return out.toString();
  }

  private static void header(StringBuilder out, IndexSettings settings) {
    out.append('|');
    settings.columns().forEach(c -> out.append(' ').append(c.header()).append(" |"));
    out.append("\n|");
    settings.columns().forEach(c -> out.append("---|"));
    out.append('\n');
  }

  private static void row(
      StringBuilder out,
      IncidentRecord r,
      Path folder,
      Path base,
      IndexSettings settings,
      LocalDate asOf) {
    out.append('|');
    for (IndexColumn c : settings.columns()) {
      out.append(' ').append(cell(c, r, folder, base, asOf)).append(" |");
    }
    out.append('\n');
  }

  private static String cell(
      IndexColumn column, IncidentRecord r, Path folder, Path base, LocalDate asOf) {
    return switch (column) {
      case DATE -> r.date().map(LocalDate::toString).orElse("");
      case ID -> MarkdownCell.escape(r.id());
      case TITLE ->
          "[" + MarkdownCell.escape(r.title()) + "](" + link(folder, base.resolve(r.file())) + ")";
      case SEVERITY -> MarkdownCell.escape(r.severity());
      case STATUS -> MarkdownCell.escape(r.status());
      case DURATION ->
          r.durations().containsKey(Figure.DURATION)
              ? duration(r.durations().get(Figure.DURATION))
              : "";
      case ITEMS -> open(r) + "/" + r.actionItems().size();
      case OVERDUE ->
          String.valueOf(
              r.actionItems().stream()
                  .filter(
                      a ->
                          isOpen(a.status())
                              && a.dueDate().isPresent()
                              && a.dueDate().get().isBefore(asOf))
                  .count());
    };
  }

  private static long open(IncidentRecord r) {
    return r.actionItems().stream().filter(a -> isOpen(a.status())).count();
  }

  private static boolean isOpen(ActionStatus s) {
    return s != ActionStatus.DONE && s != ActionStatus.CANCELLED;
  }

  private static String duration(Duration d) {
    long minutes = d.toMinutes();
    return minutes >= 60 ? (minutes / 60) + " h " + (minutes % 60) + " min" : minutes + " min";
  }

  /** The post-mortem's path relative to the index folder, each segment percent-encoded. */
  static String link(Path folder, Path file) {
    Path relative =
        folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    List<String> parts = new ArrayList<>();
    for (Path part : relative) {
      try {
        // URI's path encoding leaves '/' out, since each part is one segment; ( ) and spaces are
        // encoded.
        String encoded = new URI(null, null, part.toString(), null).getRawPath();
        parts.add(
            encoded
                .replace("(", "%28")
                .replace(")", "%29")
                .replace(":", "%3A")
                .replace("<", "%3C")
                .replace(">", "%3E"));
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join("/", parts);
  }
}
