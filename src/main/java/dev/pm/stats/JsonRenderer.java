package dev.pm.stats;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pm.io.JsonOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The JSON contract other programs rely on (documented in README.md): {@code asOf}, {@code
 * incidents}, {@code summary}, {@code actionItems}, one object per breakdown, incident counts and
 * median durations. Missing values are {@code null}; keys keep this order.
 *
 * <p>Rationale: written as a stream, item by item, not built as a tree and then as one string: at
 * 100,000 post-mortems the document is about 180 MB, and holding it twice took the heap past 1 GiB.
 */
final class JsonRenderer implements StatsRenderer {

  /** An incident's start and end: local ISO 8601, seconds always, so every value has one shape. */
  private static final DateTimeFormatter LOCAL_ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

  @Override
  public void write(StatsResult r, PrintWriter out) {
    // Formatted as lint's JSON is (JsonOutput); the caller owns the writer, closing the generator
    // only flushes it.
    try (JsonGenerator json = JsonOutput.generator(out)) {
      json.writeStartObject();
      json.writeStringField("asOf", r.asOf().toString());
      json.writeNumberField("incidentCount", r.incidents());
      json.writeObjectFieldStart("summary");
      countFields(json, r.summary());
      json.writeNumberField("noOwner", r.noOwner());
      json.writeNumberField("noDueDate", r.noDueDate());
      json.writeNumberField("templateItemsLeftOut", r.templateItems());
      json.writeFieldName("completionRate");
      if (r.summary().total() == r.summary().cancelled()) {
        json.writeNull();
      } else {
        json.writeNumber(Math.round(r.summary().completionRate() * 1000) / 1000.0);
      }
      json.writeFieldName("medianDaysToDue");
      if (r.medianDaysToDue().isPresent()) {
        json.writeNumber(r.medianDaysToDue().get());
      } else {
        json.writeNull();
      }
      json.writeEndObject();
      json.writeArrayFieldStart("actionItems");
      for (ItemRow row : r.items()) {
        item(json, row);
      }
      json.writeEndArray();
      for (var breakdown : r.breakdowns().entrySet()) {
        if (breakdown.getKey() == GroupBy.INCIDENT) {
          continue;
        }
        json.writeObjectFieldStart("by" + capitalised(breakdown.getKey().wireName()));
        for (var group : breakdown.getValue().entrySet()) {
          json.writeObjectFieldStart(group.getKey().label());
          countFields(json, group.getValue());
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeObjectFieldStart("incidentsBySeverity");
      for (var e : r.incidentsBySeverity().entrySet()) {
        json.writeNumberField(e.getKey().label(), e.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("incidentsByMonth");
      for (var e : r.incidentsByMonth().entrySet()) {
        json.writeNumberField(e.getKey().label(), e.getValue());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("durations");
      for (Figure figure : Figure.values()) {
        minutes(
            json,
            "median" + capitalised(figure.wireName()) + "Minutes",
            r.medianDurations().get(figure));
      }
      json.writeEndObject();
      json.writeArrayFieldStart("incidents");
      for (IncidentRecord incident : r.incidentList()) {
        incident(json, incident);
      }
      json.writeEndArray();
      // Added after the original contract, so last: the files left out, each with the reason.
      json.writeArrayFieldStart("skipped");
      for (String file : r.skipped()) {
        json.writeString(file);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.print('\n');
    out.flush();
  }

  private static void item(JsonGenerator json, ItemRow row) throws IOException {
    json.writeStartObject();
    json.writeStringField("incident", row.incident().id());
    json.writeStringField("incidentTitle", row.incident().title());
    json.writeStringField("file", row.incident().file());
    json.writeNumberField("line", row.line());
    text(json, "id", row.id());
    text(json, "action", row.action());
    text(json, "owner", row.owner());
    text(json, "due", row.due());
    json.writeStringField("status", row.item().status().wireName());
    json.writeBooleanField("overdue", row.overdue());
    text(json, "type", row.type());
    json.writeFieldName("ageDays");
    if (row.ageDays().isPresent()) {
      json.writeNumber(row.ageDays().get());
    } else {
      json.writeNull();
    }
    json.writeArrayFieldStart("links");
    for (String link : row.item().links()) {
      json.writeString(link);
    }
    json.writeEndArray();
    text(json, "severity", row.incident().severity());
    text(json, "incidentDate", row.incident().date().map(Object::toString).orElse(""));
    json.writeStringField(
        "form", row.item().form().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    json.writeEndObject();
  }

  /**
   * One incident: its fields, its figures in minutes (null when not stated), its item counts, and
   * its start and end (null when not stated).
   */
  private static void incident(JsonGenerator json, IncidentRecord i) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", i.id());
    json.writeStringField("title", i.title());
    json.writeStringField("file", i.file());
    text(json, "date", i.date().map(Object::toString).orElse(""));
    text(json, "severity", i.severity());
    text(json, "status", i.status());
    for (Figure figure : Figure.values()) {
      minutes(json, figure.wireName() + "Minutes", i.durations().get(figure));
    }
    Counts counts = Counts.ZERO;
    for (var item : i.actionItems()) {
      counts = counts.plus(item.status(), false);
    }
    json.writeObjectFieldStart("items");
    countFields(json, counts);
    json.writeEndObject();
    json.writeNumberField("templateItemsLeftOut", i.templateItems());
    // Added after the incident's first fields, so last. Local time as the document wrote it: the
    // reader keeps no zone with it, and an offset written here would be invented.
    text(json, "start", i.start().map(JsonRenderer::localIso).orElse(""));
    text(json, "end", i.end().map(JsonRenderer::localIso).orElse(""));
    json.writeEndObject();
  }

  /** {@code 2026-02-11T09:15:00}. */
  private static String localIso(LocalDateTime t) {
    return t.truncatedTo(ChronoUnit.SECONDS).format(LOCAL_ISO);
  }

  /** A duration in minutes, null when the figure was not found. */
  private static void minutes(JsonGenerator json, String key, java.time.Duration d)
      throws IOException {
    json.writeFieldName(key);
    if (d == null) {
      json.writeNull();
    } else {
      json.writeNumber(d.toSeconds() / 60.0);
    }
  }

  private static String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static void countFields(JsonGenerator json, Counts c) throws IOException {
    json.writeNumberField("total", c.total());
    json.writeNumberField("open", c.open());
    json.writeNumberField("inProgress", c.inProgress());
    json.writeNumberField("done", c.done());
    json.writeNumberField("cancelled", c.cancelled());
    json.writeNumberField("overdue", c.overdue());
  }

  private static void text(JsonGenerator json, String key, String value) throws IOException {
    if (value == null || value.isEmpty()) {
      json.writeNullField(key);
    } else {
      json.writeStringField(key, value);
    }
  }
}
