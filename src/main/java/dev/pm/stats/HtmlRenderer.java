package dev.pm.stats;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One self-contained page for people who follow up: summary tiles, a chart of open vs done vs
 * overdue by owner, a chart of incidents per month by severity, and a sortable, filterable table of
 * action items linking to their file and line. Inline CSS, SVG drawn here and a few lines of
 * script: it opens without a network. Every piece of document text is escaped.
 */
final class HtmlRenderer implements StatsRenderer {

  private static final String[] SEVERITY_COLOURS = {
    "#b91c1c", "#ea580c", "#ca8a04", "#2563eb", "#7c3aed", "#64748b"
  };

  /**
   * An incident without a severity is not the worst one: it gets a neutral grey, never the first
   * colour.
   */
  private static final String NO_SEVERITY = "(none)";

  private static final String NO_SEVERITY_COLOUR = "#cbd5e1";

  private final java.util.function.UnaryOperator<String> linkTo;

  /** Links as the display paths read: right for a page written in the working directory. */
  HtmlRenderer() {
    this(file -> file);
  }

  /**
   * @param linkTo turns a file's display path into a link relative to where the page is written
   */
  HtmlRenderer(java.util.function.UnaryOperator<String> linkTo) {
    this.linkTo = linkTo;
  }

  @Override
  public void write(StatsResult r, PrintWriter out) {
    Counts s = r.summary();
    out.println("<!DOCTYPE html>");
    out.println(
        "<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    out.println("<title>Post-mortem action items as of " + r.asOf() + "</title>");
    out.println("<style>" + CSS + "</style></head><body>");
    out.println("<h1>Post-mortem action items <small>as of " + r.asOf() + "</small></h1>");
    out.println("<section class=\"tiles\">");
    tile(out, "incidents", "Post-mortems", r.incidents(), "");
    tile(out, "total", "Action items", s.total(), "");
    tile(out, "open", "Open", s.open(), "open");
    tile(out, "done", "Done", s.done(), "done");
    tile(out, "overdue", "Overdue", s.overdue(), s.overdue() > 0 ? "overdue" : "");
    out.println(
        "<div class=\"tile\" data-tile=\"completion\"><span class=\"label\">Completion</span><span class=\"value\">"
            + Formatting.completion(s)
            + "</span></div>");
    tile(out, "no-owner", "No owner", r.noOwner(), r.noOwner() > 0 ? "warn" : "");
    out.println("</section>");
    out.println(
        "<section class=\"charts\"><figure><figcaption>Open, done and overdue by owner</figcaption>"
            + ownerChart(r.breakdowns().get(GroupBy.OWNER))
            + "</figure>");
    out.println(
        "<figure><figcaption>Incidents per month by severity</figcaption>"
            + monthChart(labelled(r.incidentsByMonthAndSeverity()))
            + "</figure></section>");
    out.println(
        "<section><h2>Action items</h2><input id=\"filter\" type=\"search\" placeholder=\"Filter by any text\" aria-label=\"Filter\">");
    out.println("<table id=\"items\"><thead><tr>");
    for (String h :
        new String[] {
          "Incident", "Severity", "ID", "Action", "Owner", "Due", "Status", "Type", "Where"
        }) {
      out.print("<th tabindex=\"0\">" + h + "</th>");
    }
    out.println("</tr></thead><tbody>");
    for (ItemRow row : r.items()) {
      String status = row.overdue() ? "overdue" : row.item().status().wireName();
      // data-* carry what the script needs to recount the tiles for the rows a filter leaves.
      out.print(
          "<tr class=\""
              + status
              + "\" data-status=\""
              + row.item().status().wireName()
              + "\" data-owner=\""
              + attr(row.owner())
              + "\" data-incident=\""
              + attr(row.incident().file())
              + "\">");
      // The id sorts the column; the title beside it is what a reader recognises (and can filter
      // by).
      out.print(
          "<td>"
              + esc(row.incident().id())
              + "<br><small>"
              + esc(row.incident().title())
              + "</small></td>");
      cell(out, row.incident().severity());
      cell(out, row.id());
      cell(out, row.action());
      cell(out, row.owner());
      cell(out, row.due());
      cell(out, status);
      cell(out, row.type());
      String where = row.incident().file() + ":" + row.line();
      out.print(
          "<td><a href=\""
              + attr(href(linkTo.apply(row.incident().file())) + "#L" + row.line())
              + "\">"
              + esc(where)
              + "</a></td>");
      out.println("</tr>");
    }
    out.println("</tbody></table><p id=\"shown\"></p></section>");
    out.println("<script>" + SCRIPT + "</script></body></html>");
    out.flush();
  }

  private static void tile(PrintWriter out, String key, String label, int value, String kind) {
    out.println(
        "<div class=\"tile "
            + kind
            + "\" data-tile=\""
            + key
            + "\"><span class=\"label\">"
            + label
            + "</span><span class=\"value\">"
            + value
            + "</span></div>");
  }

  private static void cell(PrintWriter out, String text) {
    out.print("<td>" + esc(text) + "</td>");
  }

  /** Stacked horizontal bars: done, open (not overdue), overdue. */
  private static String ownerChart(Map<GroupKey, Counts> byOwner) {
    if (byOwner == null || byOwner.isEmpty()) {
      return "<p>No action items.</p>";
    }
    int max = byOwner.values().stream().mapToInt(Counts::total).max().orElse(1);
    int rowHeight = 22;
    int labelWidth = 150;
    int barWidth = 420;
    StringBuilder svg = new StringBuilder();
    int height = byOwner.size() * rowHeight + 30;
    svg.append("<svg role=\"img\" aria-label=\"Action items by owner\" viewBox=\"0 0 ")
        .append(labelWidth + barWidth + 50)
        .append(' ')
        .append(height)
        .append("\" width=\"100%\">");
    int y = 0;
    for (var e : byOwner.entrySet()) {
      Counts c = e.getValue();
      int done = c.done();
      int overdue = c.overdue();
      int open = c.open() - overdue;
      svg.append("<text x=\"")
          .append(labelWidth - 6)
          .append("\" y=\"")
          .append(y + 15)
          .append("\" text-anchor=\"end\">")
          .append(esc(shorten(e.getKey().label(), 20)))
          .append("</text>");
      int x = labelWidth;
      x = bar(svg, x, y, done, max, barWidth, "#16a34a", "done");
      x = bar(svg, x, y, open, max, barWidth, "#2563eb", "open");
      x = bar(svg, x, y, overdue, max, barWidth, "#dc2626", "overdue");
      x = bar(svg, x, y, c.cancelled(), max, barWidth, "#94a3b8", "cancelled");
      svg.append("<text x=\"")
          .append(x + 4)
          .append("\" y=\"")
          .append(y + 15)
          .append("\">")
          .append(c.total())
          .append("</text>");
      y += rowHeight;
    }
    legend(
        svg,
        y + 8,
        new String[] {"done", "open", "overdue", "cancelled"},
        new String[] {"#16a34a", "#2563eb", "#dc2626", "#94a3b8"});
    return svg.append("</svg>").toString();
  }

  private static int bar(
      StringBuilder svg, int x, int y, int value, int max, int width, String colour, String what) {
    if (value <= 0) {
      return x;
    }
    int w = Math.max(2, Math.round((float) value * width / max));
    svg.append("<rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y + 3)
        .append("\" width=\"")
        .append(w)
        .append("\" height=\"16\" fill=\"")
        .append(colour)
        .append("\"><title>")
        .append(value)
        .append(' ')
        .append(what)
        .append("</title></rect>");
    return x + w;
  }

  /** Stacked columns: one per month, one colour per severity. */
  private static String monthChart(Map<String, Map<String, Integer>> byMonth) {
    if (byMonth.isEmpty()) {
      return "<p>No incidents.</p>";
    }
    byMonth = withEmptyMonths(byMonth);
    List<String> severities =
        new ArrayList<>(
            new TreeSet<>(byMonth.values().stream().flatMap(m -> m.keySet().stream()).toList()));
    if (severities.remove(NO_SEVERITY)) {
      severities.add(NO_SEVERITY);
    }
    int max =
        byMonth.values().stream()
            .mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
            .max()
            .orElse(1);
    // The same coordinate width as the owner chart, so both figures scale alike and labels stay
    // legible.
    int columnWidth = 44;
    int gap = 22;
    int chartHeight = 200;
    int width = Math.max(620, byMonth.size() * (columnWidth + gap) + 40);
    StringBuilder svg =
        new StringBuilder(
            "<svg role=\"img\" aria-label=\"Incidents per month\" viewBox=\"0 0 "
                + width
                + " "
                + (chartHeight + 70)
                + "\" width=\"100%\">");
    int x = 30;
    for (var month : byMonth.entrySet()) {
      int y = chartHeight;
      for (int i = 0; i < severities.size(); i++) {
        int n = month.getValue().getOrDefault(severities.get(i), 0);
        if (n == 0) {
          continue;
        }
        int h = Math.max(2, Math.round((float) n * (chartHeight - 10) / max));
        y -= h;
        svg.append("<rect x=\"")
            .append(x)
            .append("\" y=\"")
            .append(y)
            .append("\" width=\"")
            .append(columnWidth)
            .append("\" height=\"")
            .append(h)
            .append("\" fill=\"")
            .append(colour(severities, i))
            .append("\"><title>")
            .append(n)
            .append(' ')
            .append(esc(severities.get(i)))
            .append(" in ")
            .append(esc(month.getKey()))
            .append("</title></rect>");
      }
      svg.append("<text x=\"")
          .append(x + columnWidth / 2)
          .append("\" y=\"")
          .append(chartHeight + 14)
          .append("\" text-anchor=\"middle\" font-size=\"10\">")
          .append(esc(month.getKey()))
          .append("</text>");
      x += columnWidth + gap;
    }
    String[] colours = new String[severities.size()];
    for (int i = 0; i < colours.length; i++) {
      colours[i] = colour(severities, i);
    }
    legend(svg, chartHeight + 30, severities.toArray(new String[0]), colours);
    return svg.append("</svg>").toString();
  }

  private static Map<String, Map<String, Integer>> labelled(
      Map<IncidentMonth, Map<GroupKey, Integer>> byMonth) {
    Map<String, Map<String, Integer>> out = new java.util.LinkedHashMap<>();
    byMonth.forEach(
        (m, counts) -> {
          Map<String, Integer> bySeverity = new java.util.TreeMap<>();
          counts.forEach((k, v) -> bySeverity.put(k.label(), v));
          out.put(m.label(), bySeverity);
        });
    return out;
  }

  private static String colour(List<String> severities, int i) {
    return severities.get(i).equals(NO_SEVERITY)
        ? NO_SEVERITY_COLOUR
        : SEVERITY_COLOURS[i % SEVERITY_COLOURS.length];
  }

  /**
   * Every month from the first to the last, so a quiet month shows as a gap, not as no month at
   * all.
   */
  private static Map<String, Map<String, Integer>> withEmptyMonths(
      Map<String, Map<String, Integer>> byMonth) {
    List<java.time.YearMonth> months =
        byMonth.keySet().stream()
            .filter(m -> m.matches("\\d{4}-\\d{2}"))
            .map(java.time.YearMonth::parse)
            .sorted()
            .toList();
    if (months.isEmpty()) {
      return byMonth;
    }
    Map<String, Map<String, Integer>> filled = new java.util.LinkedHashMap<>();
    for (var m = months.get(0); !m.isAfter(months.get(months.size() - 1)); m = m.plusMonths(1)) {
      filled.put(m.toString(), byMonth.getOrDefault(m.toString(), Map.of()));
    }
    byMonth.forEach((month, counts) -> filled.putIfAbsent(month, counts));
    return filled;
  }

  private static void legend(StringBuilder svg, int y, String[] names, String[] colours) {
    int x = 10;
    for (int i = 0; i < names.length; i++) {
      svg.append("<rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"12\" height=\"12\" fill=\"")
          .append(colours[i])
          .append("\"/><text x=\"")
          .append(x + 16)
          .append("\" y=\"")
          .append(y + 11)
          .append("\">")
          .append(esc(names[i]))
          .append("</text>");
      x += 30 + names[i].length() * 8;
    }
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** A relative link to the file: each path segment percent-encoded. */
  private static String href(String file) {
    StringBuilder out = new StringBuilder();
    for (String segment : file.split("/", -1)) {
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(
          java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
              .replace("+", "%20"));
    }
    return out.toString();
  }

  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static String attr(String text) {
    return esc(text);
  }

  private static final String CSS =
      """
      body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem;color:#0f172a;background:#f8fafc}
      h1 small{font-weight:normal;color:#64748b;font-size:.6em}
      .tiles{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0 2rem}
      .tile{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:.8rem 1.2rem;min-width:7rem}
      .tile .label{display:block;color:#64748b;font-size:.85rem}.tile .value{font-size:1.8rem;font-weight:600}
      .tile.done .value{color:#16a34a}.tile.open .value{color:#2563eb}.tile.overdue .value{color:#dc2626}.tile.warn .value{color:#ca8a04}
      .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:1.5rem}
      figure{background:#fff;border:1px solid #e2e8f0;border-radius:8px;margin:0;padding:1rem}
      figcaption{font-weight:600;margin-bottom:.5rem}svg text{font-size:12px;fill:#334155}
      table{border-collapse:collapse;width:100%;background:#fff;margin-top:.5rem}
      th,td{border-bottom:1px solid #e2e8f0;padding:.4rem .6rem;text-align:left;vertical-align:top;font-size:.9rem}
      th{cursor:pointer;background:#f1f5f9;user-select:none}th:focus-visible{outline:2px solid #2563eb;outline-offset:-2px}
      figure.stale{opacity:.45}figure.stale figcaption::after{content:" (all items; the filter applies to the table and tiles)";font-weight:normal;font-size:.8em}th[aria-sort]::after{content:" \\2195";color:#94a3b8}
      tr.overdue td{background:#fef2f2}tr.done td{color:#64748b}
      #filter{padding:.4rem .6rem;width:20rem;max-width:100%;border:1px solid #cbd5e1;border-radius:6px}
      """;

  private static final String SCRIPT =
      """
      (function(){
        var table=document.getElementById('items'),body=table.tBodies[0],filter=document.getElementById('filter'),shown=document.getElementById('shown');
        var tiles={};document.querySelectorAll('[data-tile]').forEach(function(t){var v=t.querySelector('.value');tiles[t.dataset.tile]={el:v,all:v.textContent};});
        function set(k,v){if(tiles[k])tiles[k].el.textContent=v;}
        function recount(rows,filtered){
          if(!filtered){Object.keys(tiles).forEach(function(k){set(k,tiles[k].all);});return;}
          var n={open:0,done:0,cancelled:0,overdue:0,noOwner:0},inc={};
          rows.forEach(function(r){var s=r.dataset.status;if(s==='done')n.done++;else if(s==='cancelled')n.cancelled++;else n.open++;
            if(r.classList.contains('overdue'))n.overdue++;if(!r.dataset.owner)n.noOwner++;inc[r.dataset.incident]=1;});
          set('incidents',Object.keys(inc).length);set('total',rows.length);set('open',n.open);set('done',n.done);set('overdue',n.overdue);set('no-owner',n.noOwner);
          set('completion',rows.length===n.cancelled?'-':Math.round(100*n.done/(rows.length-n.cancelled))+'%');
        }
        function apply(){var q=filter.value.toLowerCase(),rows=[];for(var r of body.rows){var hit=r.textContent.toLowerCase().indexOf(q)>=0;r.style.display=hit?'':'none';if(hit)rows.push(r);}
          shown.textContent=rows.length+' of '+body.rows.length+' action items shown';recount(rows,q!=='');
          document.querySelectorAll('.charts figure').forEach(function(f){f.classList.toggle('stale',q!=='');});}
        filter.addEventListener('input',apply);
        var heads=table.tHead.rows[0].cells;
        Array.prototype.forEach.call(heads,function(th,i){th.setAttribute('aria-sort','none');
          function sort(){var asc=th.getAttribute('aria-sort')!=='ascending';Array.prototype.forEach.call(heads,function(o){o.setAttribute('aria-sort','none');});
            th.setAttribute('aria-sort',asc?'ascending':'descending');
            var rows=Array.prototype.slice.call(body.rows);rows.sort(function(a,b){var x=a.cells[i].textContent,y=b.cells[i].textContent;
              if((x==='')!==(y===''))return x===''?1:-1;return (asc?1:-1)*x.localeCompare(y,undefined,{numeric:true});});
            rows.forEach(function(r){body.appendChild(r);});}
          th.addEventListener('click',sort);
          th.addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sort();}});});
        var q=/[#&]q=([^&]*)/.exec(location.hash);if(q)filter.value=decodeURIComponent(q[1]);
        apply();
      })();
      """;
}
