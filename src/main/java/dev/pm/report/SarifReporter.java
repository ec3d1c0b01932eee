package dev.pm.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pm.io.JsonOutput;
import dev.pm.lint.Diagnostic;
import dev.pm.lint.LintReport;
import dev.pm.lint.RuleId;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning uploads. One run whose {@code tool.driver}
 * describes pm and its rules, and one result per diagnostic.
 *
 * <ul>
 *   <li>{@code rules} holds every enabled rule plus any rule a result refers to, sorted by id, so
 *       every {@code ruleIndex} points at the right entry.
 *   <li>Levels: error → {@code error}, warning → {@code warning}, info → {@code note}.
 *   <li>{@code artifactLocation.uri} is the display path percent-encoded as a relative URI
 *       reference against {@code %SRCROOT%}; an absolute path becomes a {@code file:} URI with no
 *       base.
 *   <li>Columns are counted in UTF-16 code units, as pm's parser counts them, which is SARIF's
 *       default; {@code columnKind} says so explicitly.
 * </ul>
 */
public final class SarifReporter implements Reporter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/pm-dev/pm";
  static final String HELP_BASE = "https://github.com/pm-dev/pm/blob/main/";
  static final String SRCROOT = "%SRCROOT%";

  private final String toolVersion;

  /**
   * @param toolVersion pm's version for {@code tool.driver.version}; omitted when null
   */
  public SarifReporter(String toolVersion) {
    this.toolVersion = toolVersion;
  }

  @Override
  public void write(LintReport report, PrintWriter out) {
    List<Diagnostic> diagnostics = report.diagnostics();
    List<RuleInfo> rules = rules(report, diagnostics);
    Map<RuleId, Integer> index = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      index.put(rules.get(i).id(), i);
    }

    JsonOutput.write(
        out,
        json -> {
          json.writeStartObject();
          json.writeStringField("$schema", SCHEMA);
          json.writeStringField("version", "2.1.0");
          json.writeArrayFieldStart("runs");
          json.writeStartObject();
          writeDriver(json, rules);
          json.writeStringField("columnKind", "utf16CodeUnits");
          json.writeArrayFieldStart("results");
          for (Diagnostic d : diagnostics) {
            writeResult(json, d, index.get(d.rule().id()));
          }
          json.writeEndArray();
          json.writeEndObject();
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private void writeDriver(JsonGenerator json, List<RuleInfo> rules) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "pm");
    if (toolVersion != null) {
      json.writeStringField("version", toolVersion);
    }
    json.writeStringField("informationUri", INFORMATION_URI);
    json.writeArrayFieldStart("rules");
    for (RuleInfo rule : rules) {
      json.writeStartObject();
      json.writeStringField("id", rule.id().value());
      json.writeStringField("name", rule.name());
      json.writeObjectFieldStart("shortDescription");
      json.writeStringField("text", rule.summary());
      json.writeEndObject();
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField(
          "level", rule.level().severity().map(SarifReporter::level).orElse("none"));
      json.writeEndObject();
      json.writeStringField("helpUri", HELP_BASE + rule.docPath());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResult(JsonGenerator json, Diagnostic d, int ruleIndex)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", d.rule().id().value());
    json.writeNumberField("ruleIndex", ruleIndex);
    json.writeStringField("level", level(d.severity()));
    json.writeObjectFieldStart("message");
    json.writeStringField("text", d.message());
    json.writeEndObject();
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    if (isAbsolute(d.file())) {
      json.writeStringField("uri", fileUri(d.file()));
    } else {
      json.writeStringField("uri", encodePath(d.file()));
      json.writeStringField("uriBaseId", SRCROOT);
    }
    json.writeEndObject();
    json.writeObjectFieldStart("region");
    json.writeNumberField("startLine", d.line());
    json.writeNumberField("startColumn", d.column());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  /** The enabled rules plus any rule a diagnostic refers to; the report's entry wins on a tie. */
  private static List<RuleInfo> rules(LintReport report, List<Diagnostic> diagnostics) {
    Map<RuleId, RuleInfo> byId = new TreeMap<>();
    for (RuleInfo rule : report.rules()) {
      byId.putIfAbsent(rule.id(), rule);
    }
    for (Diagnostic d : diagnostics) {
      byId.putIfAbsent(d.rule().id(), d.rule());
    }
    return new ArrayList<>(byId.values());
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static boolean isAbsolute(String path) {
    return path.startsWith("/") || path.matches("[A-Za-z]:/.*");
  }

  private static String fileUri(String path) {
    return path.startsWith("/") ? "file://" + encodePath(path) : "file:///" + encodePath(path);
  }

  /**
   * Percent-encodes a forward-slash path as a URI path: unreserved characters and {@code /} stay,
   * every other UTF-8 byte becomes {@code %XX}. That includes {@code :}, which in a relative
   * reference's first segment would read as a scheme.
   */
  static String encodePath(String path) {
    return dev.pm.io.Escape.uriPath(path);
  }
}
