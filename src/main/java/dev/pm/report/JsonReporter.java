package dev.pm.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pm.lint.Diagnostic;
import dev.pm.lint.LintReport;
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
 * order. Pretty-printed with a trailing newline.
 */
public final class JsonReporter implements Reporter {

  @Override
  public void write(LintReport report, PrintWriter out) {
    ObjectNode root = JsonOutput.MAPPER.createObjectNode();
    root.put("files", report.files().size());
    root.put("errors", report.errors());
    root.put("warnings", report.warnings());
    ArrayNode diagnostics = root.putArray("diagnostics");
    for (Diagnostic d : report.diagnostics()) {
      ObjectNode o = diagnostics.addObject();
      o.put("file", d.file());
      o.put("line", d.line());
      o.put("column", d.column());
      o.put("severity", d.severity().wireName());
      o.put("rule", d.rule().id().value());
      o.put("ruleName", d.rule().name());
      o.put("message", d.message());
    }
    JsonOutput.write(root, out);
  }
}
