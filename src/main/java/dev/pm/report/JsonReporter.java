package dev.pm.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.pm.io.JsonOutput;
import dev.pm.lint.Diagnostic;
import dev.pm.lint.LintReport;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * pm's documented JSON contract, keys in this order:
 *
 * <pre>
 * {"files": N, "errors": N, "warnings": N,
 *  "diagnostics": [{"file", "line", "column", "severity", "rule", "ruleName", "message"}]}
 * </pre>
 *
 * <p>{@code severity} is {@code error}, {@code warning} or {@code info}; {@code rule} is the id
 * ({@code PM201}) and {@code ruleName} its kebab-case name, added after the original contract (new
 * keys are additive, existing keys never change meaning). Diagnostics are in path, line, column
 * order. Pretty-printed with a trailing newline; streamed, so any number of findings fits.
 */
public final class JsonReporter implements Reporter {

  @Override
  public void write(LintReport report, PrintWriter out) {
    JsonOutput.write(
        out,
        json -> {
          json.writeStartObject();
          json.writeNumberField("files", report.files().size());
          json.writeNumberField("errors", report.errors());
          json.writeNumberField("warnings", report.warnings());
          json.writeArrayFieldStart("diagnostics");
          for (Diagnostic d : report.diagnostics()) {
            writeDiagnostic(json, d);
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private static void writeDiagnostic(JsonGenerator json, Diagnostic d) throws IOException {
    json.writeStartObject();
    json.writeStringField("file", d.file());
    json.writeNumberField("line", d.line());
    json.writeNumberField("column", d.column());
    json.writeStringField("severity", d.severity().wireName());
    json.writeStringField("rule", d.rule().id().value());
    json.writeStringField("ruleName", d.rule().name());
    json.writeStringField("message", d.message());
    json.writeEndObject();
  }
}
