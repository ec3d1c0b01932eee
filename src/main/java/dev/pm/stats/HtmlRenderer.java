package dev.pm.stats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.pm.io.Escape;
import dev.pm.io.JsonOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * One self-contained page for people who follow up: summary tiles, a chart of open vs done vs
 * overdue by owner, a chart of incidents per month by severity, and a sortable, filterable table of
 * action items linking to their file and line; the filter recounts the tiles and redraws the charts
 * from the items it leaves. Inline CSS, SVG and a script: it opens without a network.
 *
 * <p>The page is the template resource {@code stats-page.html.mustache}, rendered by JMustache with
 * its HTML escaping, so every value from a document is escaped by the engine, in text and in
 * attributes alike; only the page's own CSS, script and the script's data (made safe for a script
 * element by {@link ScriptJson}, as it is streamed) go in unescaped.
 */
final class HtmlRenderer implements StatsRenderer {

  private static final String[] SEVERITY_COLOURS = {
    "#b91c1c", "#ea580c", "#ca8a04", "#2563eb", "#7c3aed", "#64748b"
  };

  /**
   * An incident without a severity is not the worst one: it gets a neutral grey, never the first
   * colour, and comes last.
   */
  private static final String NO_SEVERITY_COLOUR = "#cbd5e1";

  private static final String[] HEADERS = {
    "Incident", "Severity", "ID", "Action", "Owner", "Due", "Status", "Type", "Where"
  };

  /** Compiled once: the template is the same for every page. */
  private static final class Page {
    static final Template TEMPLATE =
        Mustache.compiler().escapeHTML(true).compile(resource("stats-page.html.mustache"));
    static final String CSS = resource("stats-page.css");
    static final String SCRIPT = resource("stats-page.js");
  }

  private final UnaryOperator<String> linkTo;

  /** Links as the display paths read: right for a page written in the working directory. */
  HtmlRenderer() {
    this(file -> file);
  }

  /**
   * @param linkTo turns a file's display path into a link relative to where the page is written
   */
  HtmlRenderer(UnaryOperator<String> linkTo) {
    this.linkTo = linkTo;
  }

  /** A summary tile; {@code kind} colours its value. */
  record Tile(String key, String label, Object value, String kind) {}

  /** One table row, as the template writes it. */
  record Row(
      int index,
      String rowClass,
      String status,
      String owner,
      String file,
      String incidentId,
      String incidentTitle,
      String severity,
      String id,
      String action,
      String due,
      String type,
      String href,
      String where) {}

  /** An incident as the page's script counts it: its month and severity, as labelled. */
  private record MonthData(String month, String severity) {}

  @Override
  public void write(StatsResult r, PrintWriter out) {
    Counts s = r.summary();
    List<HtmlCharts.Shade> shades = shades(r);
    List<IncidentMonth> axis = axis(r.incidentsByMonthAndSeverity().keySet());
    Map<String, Object> page = new java.util.HashMap<>();
    page.put("asOf", r.asOf());
    page.put("css", Page.CSS);
    page.put("script", Page.SCRIPT);
    page.put(
        "tiles",
        List.of(
            new Tile("incidents", "Post-mortems", r.incidents(), ""),
            new Tile("total", "Action items", s.total(), ""),
            new Tile("open", "Open", s.open(), "open"),
            new Tile("done", "Done", s.done(), "done"),
            new Tile("overdue", "Overdue", s.overdue(), s.overdue() > 0 ? "overdue" : ""),
            new Tile("completion", "Completion", Formatting.completion(s), ""),
            new Tile("no-owner", "No owner", r.noOwner(), r.noOwner() > 0 ? "warn" : "")));
    // The figures read from every post-mortem, in the table output's words; not a tile, as the
    // page's filters recount items, not incidents.
    Formatting.medianFigures(r, " · ").ifPresent(line -> page.put("figures", line));
    page.put("ownerChart", HtmlCharts.owners(r.breakdowns().get(GroupBy.OWNER)));
    page.put("monthChart", HtmlCharts.months(axis, shades, r.incidentsByMonthAndSeverity()));
    page.put("headers", List.of(HEADERS));
    page.put("rows", (Iterable<Row>) () -> rows(r));
    page.put(
        "chartData",
        (Mustache.Lambda) (fragment, writer) -> writeChartData(r, axis, shades, writer));
    Page.TEMPLATE.execute(page, out);
    out.flush();
  }

  private Iterator<Row> rows(StatsResult r) {
    Iterator<ItemRow> items = r.items().iterator();
    return new Iterator<>() {
      int index;

      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public Row next() {
        return row(index++, items.next());
      }
    };
  }

  private Row row(int index, ItemRow row) {
    String status = row.item().status().wireName();
    String file = row.incident().file();
    return new Row(
        index,
        row.overdue() ? "overdue" : status,
        status,
        row.owner(),
        file,
        row.incident().id(),
        row.incident().title(),
        row.incident().severity(),
        row.id(),
        row.action(),
        row.due(),
        row.type(),
        Escape.uriPath(linkTo.apply(file)) + "#L" + row.line(),
        file + ":" + row.line());
  }

  /** Severities in order, "(none)" last and grey, each with its colour. */
  private static List<HtmlCharts.Shade> shades(StatsResult r) {
    List<GroupKey> severities = new ArrayList<>(new TreeSet<>(r.incidentsBySeverity().keySet()));
    if (severities.remove(GroupKey.NONE)) {
      severities.add(GroupKey.NONE);
    }
    List<HtmlCharts.Shade> shades = new ArrayList<>();
    for (int i = 0; i < severities.size(); i++) {
      GroupKey key = severities.get(i);
      shades.add(
          new HtmlCharts.Shade(
              key,
              key.isNone() ? NO_SEVERITY_COLOUR : SEVERITY_COLOURS[i % SEVERITY_COLOURS.length]));
    }
    return shades;
  }

  /**
   * Every month from the first to the last, so a quiet month shows as a gap, not as no month at
   * all; unknown last.
   */
  private static List<IncidentMonth> axis(java.util.Set<IncidentMonth> months) {
    List<YearMonth> known = months.stream().flatMap(m -> m.month().stream()).sorted().toList();
    List<IncidentMonth> axis = new ArrayList<>();
    if (!known.isEmpty()) {
      for (YearMonth m = known.get(0);
          !m.isAfter(known.get(known.size() - 1));
          m = m.plusMonths(1)) {
        axis.add(new IncidentMonth(java.util.Optional.of(m)));
      }
    }
    if (months.contains(IncidentMonth.UNKNOWN)) {
      axis.add(IncidentMonth.UNKNOWN);
    }
    return axis;
  }

  /**
   * Writes what the page's script needs to redraw the charts (see stats-page.js): each row's owners
   * (as the owner chart names them) and incident, each incident's month and severity, the month
   * axis and the severities' colours.
   *
   * <p>Rationale: streamed, row by row, as the table is. The rows come in file order with an
   * incident's items together, each incident unpacked once for them, so an incident is new when it
   * is not the previous row's: nothing else of an incident is kept, where a map over every incident
   * held every unpacked item at 100,000 post-mortems.
   */
  // The same incident is the same unpacked object; two post-mortems with equal contents are not.
  @SuppressWarnings("ReferenceEquality")
  private static void writeChartData(
      StatsResult r, List<IncidentMonth> axis, List<HtmlCharts.Shade> shades, Writer page)
      throws IOException {
    Writer escaped = ScriptJson.escaping(page);
    // Incidents repeat a handful of month and severity pairs: each pair is held once.
    List<MonthData> incidents = new ArrayList<>();
    Map<MonthData, MonthData> pairs = new HashMap<>();
    try (JsonGenerator json = JsonOutput.compactGenerator(escaped)) {
      json.writeStartObject();
      json.writeArrayFieldStart("rows");
      IncidentRecord previous = null;
      for (ItemRow row : r.items()) {
        if (row.incident() != previous) {
          previous = row.incident();
          MonthData pair =
              new MonthData(previous.month().label(), GroupKey.of(previous.severity()).label());
          incidents.add(pairs.computeIfAbsent(pair, p -> p));
        }
        json.writeStartObject();
        json.writeArrayFieldStart("owners");
        for (GroupKey owner : r.ownerGroups().of(row.owner())) {
          json.writeString(owner.label());
        }
        json.writeEndArray();
        json.writeNumberField("incident", incidents.size() - 1);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("incidents");
      for (MonthData incident : incidents) {
        json.writeStartObject();
        json.writeStringField("month", incident.month());
        json.writeStringField("severity", incident.severity());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("months");
      for (IncidentMonth month : axis) {
        json.writeString(month.label());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("severities");
      for (HtmlCharts.Shade shade : shades) {
        json.writeStartObject();
        json.writeStringField("name", shade.name());
        json.writeStringField("colour", shade.colour());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    escaped.flush();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/pm/stats/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
