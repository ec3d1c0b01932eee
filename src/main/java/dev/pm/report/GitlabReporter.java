package dev.pm.report;

import dev.pm.io.JsonOutput;
import dev.pm.lint.Baseline;
import dev.pm.lint.Diagnostic;
import dev.pm.lint.LintReport;
import dev.pm.lint.Severity;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A GitLab Code Quality report (the CodeClimate-style JSON array that GitLab reads from {@code
 * artifacts:reports:codequality}): per finding {@code description}, {@code check_name} (the rule
 * id), {@code fingerprint}, {@code severity} and {@code location.path} with {@code
 * location.lines.begin}.
 *
 * <p>GitLab compares fingerprints between the source and target branch to tell new findings from
 * fixed ones, so the fingerprint leaves out the line number: it is the SHA-256 of the file, rule,
 * message (with its own line references removed, as the baseline does) and the finding's rank among
 * identical ones in that file. Lines added above a finding keep its fingerprint.
 *
 * <p>Severities: error → {@code major}, warning → {@code minor}, info → {@code info}.
 */
public final class GitlabReporter implements Reporter {

  @Override
  public void write(LintReport report, PrintWriter out) {
    Map<String, Integer> seen = new HashMap<>();
    JsonOutput.write(
        out,
        json -> {
          json.writeStartArray();
          for (Diagnostic d : report.diagnostics()) {
            String identity =
                d.file()
                    + "\u0000"
                    + d.rule().id().value()
                    + "\u0000"
                    + Baseline.withoutLineReferences(d.message());
            int rank = seen.merge(identity, 1, Integer::sum);
            json.writeStartObject();
            json.writeStringField("type", "issue");
            json.writeStringField("description", d.message());
            json.writeStringField("check_name", d.rule().id().value());
            json.writeStringField("fingerprint", sha256(identity + "\u0000" + rank));
            json.writeStringField("severity", severity(d.severity()));
            json.writeArrayFieldStart("categories");
            json.writeString("Style");
            json.writeEndArray();
            json.writeObjectFieldStart("location");
            json.writeStringField("path", d.file());
            json.writeObjectFieldStart("lines");
            json.writeNumberField("begin", d.line());
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
          }
          json.writeEndArray();
        });
  }

  private static String severity(Severity severity) {
    return switch (severity) {
      case ERROR -> "major";
      case WARNING -> "minor";
      case INFO -> "info";
    };
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
