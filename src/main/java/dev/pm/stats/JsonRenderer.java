package dev.pm.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The JSON contract other programs rely on (documented in README.md): {@code asOf},
 * {@code incidents}, {@code summary}, {@code actionItems}, one object per breakdown, incident
 * counts and median durations. Missing values are {@code null}; keys keep this order.
 */
final class JsonRenderer implements StatsRenderer {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public void write(StatsResult r, PrintWriter out) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("asOf", r.asOf().toString());
    root.put("incidents", r.incidents());
    ObjectNode summary = counts(r.summary());
    summary.put("noOwner", r.noOwner());
    summary.put("noDueDate", r.noDueDate());
    summary.put("completionRate", Math.round(r.summary().completionRate() * 1000) / 1000.0);
    if (r.medianDaysToDue().isPresent()) {
      summary.put("medianDaysToDue", r.medianDaysToDue().get());
    } else {
      summary.putNull("medianDaysToDue");
    }
    root.set("summary", summary);
    ArrayNode items = root.putArray("actionItems");
    for (ItemRow row : r.items()) {
      ObjectNode item = items.addObject();
      item.put("incident", row.incident().id());
      item.put("file", row.incident().file());
      item.put("line", row.line());
      text(item, "id", row.id());
      text(item, "action", row.action());
      text(item, "owner", row.owner());
      text(item, "due", row.due());
      item.put("status", row.item().status().wireName());
      item.put("overdue", row.overdue());
      text(item, "type", row.type());
      if (row.ageDays().isPresent()) {
        item.put("ageDays", row.ageDays().get());
      } else {
        item.putNull("ageDays");
      }
      ArrayNode links = item.putArray("links");
      row.item().links().forEach(links::add);
      text(item, "severity", row.incident().severity());
      text(item, "incidentDate", row.incident().date().map(Object::toString).orElse(""));
      item.put("form", row.item().form().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }
    for (var breakdown : r.breakdowns().entrySet()) {
      if (breakdown.getKey().equals("incident")) {
        continue;
      }
      String key = "by" + Character.toUpperCase(breakdown.getKey().charAt(0)) + breakdown.getKey().substring(1);
      ObjectNode group = root.putObject(key);
      breakdown.getValue().forEach((k, c) -> group.set(k, counts(c)));
    }
    ObjectNode sev = root.putObject("incidentsBySeverity");
    r.incidentsBySeverity().forEach(sev::put);
    ObjectNode month = root.putObject("incidentsByMonth");
    r.incidentsByMonth().forEach(month::put);
    ObjectNode durations = root.putObject("durations");
    for (String figure : new String[] {"duration", "mttd", "mtta", "mttr"}) {
      String field = "median" + Character.toUpperCase(figure.charAt(0)) + figure.substring(1) + "Minutes";
      if (r.medianDurations().containsKey(figure)) {
        durations.put(field, r.medianDurations().get(figure).toSeconds() / 60.0);
      } else {
        durations.putNull(field);
      }
    }
    try {
      out.println(MAPPER.writeValueAsString(root));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.flush();
  }

  private static ObjectNode counts(Counts c) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("total", c.total());
    node.put("open", c.open());
    node.put("inProgress", c.inProgress());
    node.put("done", c.done());
    node.put("cancelled", c.cancelled());
    node.put("overdue", c.overdue());
    return node;
  }

  private static void text(ObjectNode node, String key, String value) {
    if (value == null || value.isEmpty()) {
      node.putNull(key);
    } else {
      node.put(key, value);
    }
  }

}
