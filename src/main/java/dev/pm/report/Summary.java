package dev.pm.report;

import dev.pm.lint.Diagnostic;
import dev.pm.lint.LintReport;
import java.io.PrintWriter;

/** The closing summary line shared by the text and GitHub reporters. */
final class Summary {

  private Summary() {}

  /**
   * {@code 3 files checked: 1 error, 2 warnings}, with {@code , N infos} only when there are infos,
   * or {@code 3 files checked: no problems} when there are no diagnostics at all.
   */
  static String line(LintReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append(count(report.files().size(), "file")).append(" checked: ");
    long errors = report.errors();
    long warnings = report.warnings();
    long infos = report.infos();
    if (errors + warnings + infos == 0) {
      return sb.append("no problems").toString();
    }
    sb.append(count(errors, "error")).append(", ").append(count(warnings, "warning"));
    if (infos > 0) {
      sb.append(", ").append(count(infos, "info"));
    }
    return sb.toString();
  }

  static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }

  /**
   * One line per diagnostic, then the summary line; lines end with {@code \n} on every platform.
   */
  static void writeLines(
      LintReport report, PrintWriter out, java.util.function.Function<Diagnostic, String> format) {
    for (Diagnostic d : report.diagnostics()) {
      out.print(format.apply(d));
      out.print('\n');
    }
    out.print(line(report));
    out.print('\n');
    out.flush();
  }
}
