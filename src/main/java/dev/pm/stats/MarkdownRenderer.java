package dev.pm.stats;

import java.io.PrintWriter;
import java.util.Map;

/** Tables to paste into a wiki page or a pull request. */
final class MarkdownRenderer implements StatsRenderer {

  @Override
  public void write(StatsResult r, PrintWriter out) {
    Counts s = r.summary();
    out.println("## Action items as of " + r.asOf());
    out.println();
    out.println(
        "| post-mortems | total | open | in progress | done | cancelled | overdue | completion | no owner | no due date |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    out.printf(
        "| %d | %d | %d | %d | %d | %d | %d | %s | %d | %d |%n",
        r.incidents(),
        s.total(),
        s.open(),
        s.inProgress(),
        s.done(),
        s.cancelled(),
        s.overdue(),
        Formatting.completion(s),
        r.noOwner(),
        r.noDueDate());
    out.println();
    out.println("### By " + r.groupBy().wireName());
    out.println();
    out.println("| " + r.groupBy().wireName() + " | total | open | done | cancelled | overdue |");
    out.println("|---|---:|---:|---:|---:|---:|");
    for (Map.Entry<GroupKey, Counts> e : r.groups().entrySet()) {
      Counts c = e.getValue();
      out.printf(
          "| %s | %d | %d | %d | %d | %d |%n",
          cell(e.getKey().label()), c.total(), c.open(), c.done(), c.cancelled(), c.overdue());
    }
    if (!r.overdueItems().isEmpty()) {
      out.println();
      out.println("### Overdue");
      out.println();
      out.println("| where | incident | id | owner | due | days late | action |");
      out.println("|---|---|---|---|---|---:|---|");
      for (ItemRow row : r.overdueItems()) {
        out.printf(
            "| [%s:%d](%s#L%d) | %s | %s | %s | %s | %s | %s |%n",
            linkText(row.incident().file()),
            row.line(),
            linkTarget(row.incident().file()),
            row.line(),
            cell(row.incident().id()),
            cell(row.id()),
            cell(row.owner()),
            cell(row.due()),
            row.daysOverdue().map(String::valueOf).orElse(""),
            cell(row.action()));
      }
    }
    out.flush();
  }

  /**
   * Text made safe for a table cell: pipes escaped, line breaks flattened, and {@code &}, {@code
   * <}, {@code >} written as entities, since Markdown renderers (Python-Markdown in MkDocs) pass
   * raw HTML through and an {@code <img onerror>} in an id ran as script.
   */
  static String cell(String text) {
    String flat = dev.pm.io.Escape.text(text.replaceAll("\\s+", " ").trim());
    return flat.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\\", "\\\\")
        .replace("|", "\\|");
  }

  /**
   * A cell that is also a link's text: brackets escaped so the text cannot close the link early.
   */
  private static String linkText(String text) {
    return cell(text).replace("[", "\\[").replace("]", "\\]");
  }

  /** A link target that no file name can turn into another scheme or link. */
  private static String linkTarget(String path) {
    return dev.pm.io.Escape.uriPath(path);
  }
}
