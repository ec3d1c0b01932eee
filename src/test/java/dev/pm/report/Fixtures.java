package dev.pm.report;

import dev.pm.lint.Diagnostic;
import dev.pm.lint.FileResult;
import dev.pm.lint.LintReport;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.model.Location;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** A small hand-built lint result shared by the reporter tests. */
final class Fixtures {

  static final RuleInfo MISSING_SECTION =
      RuleInfo.of("PM201", "missing-section", Severity.ERROR, "A required section is missing");
  static final RuleInfo INVALID_FIELD =
      RuleInfo.of(
          "PM301", "invalid-field", Severity.WARNING, "A front-matter field has a bad value");

  /** Referenced by a diagnostic but deliberately not among the report's enabled rules. */
  static final RuleInfo TICKET_LINK =
      RuleInfo.of("PM402", "ticket-link", Severity.INFO, "Action items should link a ticket");

  /** A space and a non-ASCII letter. */
  static final String DIRTY = "postmortems/2024-01-05 café outage.md";

  static final String CLEAN = "postmortems/clean.md";

  /** Quotes, {@code <}, {@code &}, {@code %}, a comma, a colon and a newline. */
  static final String NASTY =
      "Missing required section \"Timeline\": add <h2> & fill 100%, then\nre-run";

  static final Diagnostic ERROR =
      new Diagnostic(MISSING_SECTION, Severity.ERROR, DIRTY, new Location(12, 1), NASTY);
  static final Diagnostic WARNING =
      new Diagnostic(
          INVALID_FIELD,
          Severity.WARNING,
          DIRTY,
          new Location(3, 5),
          "Field \"severity\" should be one of SEV1, SEV2");
  static final Diagnostic INFO =
      new Diagnostic(
          TICKET_LINK, Severity.INFO, DIRTY, new Location(20, 7), "Consider linking the ticket");

  private Fixtures() {}

  /** Two files, the clean one listed first to show the report sorts them. */
  static LintReport report() {
    return new LintReport(
        List.of(
            new FileResult(CLEAN, "default", List.of()),
            new FileResult(DIRTY, "default", List.of(ERROR, INFO, WARNING))),
        List.of(MISSING_SECTION, INVALID_FIELD));
  }

  static LintReport clean(String... files) {
    return new LintReport(
        java.util.Arrays.stream(files).map(f -> new FileResult(f, "", List.of())).toList(),
        List.of(MISSING_SECTION));
  }

  static String render(Reporter reporter, LintReport report) {
    StringWriter sw = new StringWriter();
    reporter.write(report, new PrintWriter(sw));
    return sw.toString();
  }
}
