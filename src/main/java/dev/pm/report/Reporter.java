package dev.pm.report;

import dev.pm.lint.LintReport;
import java.io.PrintWriter;

/** Writes a complete lint result in one format. Implementations are pure: report in, text out. */
public interface Reporter {
  void write(LintReport report, PrintWriter out);
}
