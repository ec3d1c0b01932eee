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
    out.println("| post-mortems | total | open | in progress | done | cancelled | overdue | completion | no owner | no due date |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    out.printf("| %d | %d | %d | %d | %d | %d | %d | %s | %d | %d |%n", r.incidents(), s.total(), s.open(), s.inProgress(),
        s.done(), s.cancelled(), s.overdue(), Formatting.percent(s.completionRate()), r.noOwner(), r.noDueDate());
    out.println();
    out.println("### By " + r.groupBy().wireName());
    out.println();
    out.println("| " + r.groupBy().wireName() + " | total | open | done | cancelled | overdue |");
    out.println("|---|---:|---:|---:|---:|---:|");
    for (Map.Entry<String, Counts> e : r.groups().entrySet()) {
      Counts c = e.getValue();
      out.printf("| %s | %d | %d | %d | %d | %d |%n", cell(e.getKey()), c.total(), c.open(), c.done(), c.cancelled(), c.overdue());
    }
    if (!r.overdueItems().isEmpty()) {
      out.println();
      out.println("### Overdue");
      out.println();
      out.println("| where | incident | id | owner | due | days late | action |");
      out.println("|---|---|---|---|---|---:|---|");
      for (ItemRow row : r.overdueItems()) {
        out.printf("| [%s:%d](%s#L%d) | %s | %s | %s | %s | %s | %s |%n", cell(row.incident().file()), row.line(),
            row.incident().file().replace(" ", "%20"), row.line(), cell(row.incident().id()), cell(row.id()), cell(row.owner()),
            cell(row.due()), row.daysOverdue().map(String::valueOf).orElse(""), cell(row.action()));
      }
    }
    out.flush();
  }

  /** Text made safe for a table cell: pipes escaped, line breaks flattened. */
  private static String cell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replaceAll("\\s+", " ").trim();
  }
}
