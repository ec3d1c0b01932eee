package dev.pm.report;

import dev.pm.lint.Diagnostic;
import dev.pm.lint.LintReport;
import dev.pm.lint.Severity;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the pull request:
 *
 * <pre>
 * ::error file=postmortems/a.md,line=12,col=1,title=PM201 missing-section::Missing required section "Timeline"
 * </pre>
 *
 * <p>error → {@code ::error}, warning → {@code ::warning}, info → {@code ::notice}. The message is
 * escaped as the runner expects ({@code %} → {@code %25}, CR → {@code %0D}, LF → {@code %0A}) and
 * property values additionally ({@code :} → {@code %3A}, {@code ,} → {@code %2C}). A plain summary
 * line, the same as the text format's, comes last.
 */
public final class GithubReporter implements Reporter {

  @Override
  public void write(LintReport report, PrintWriter out) {
    Summary.writeLines(report, out, GithubReporter::format);
  }

  static String format(Diagnostic d) {
    return "::"
        + command(d.severity())
        + " file="
        + escapeProperty(d.file())
        + ",line="
        + d.line()
        + ",col="
        + d.column()
        + ",title="
        + escapeProperty(d.rule().id() + " " + d.rule().name())
        + "::"
        + escapeData(d.message());
  }

  private static String command(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /**
   * A file pm could not check, as a {@code ::warning} command: escaped like any other value, so a
   * file name holding a newline and {@code ::error} cannot start a command of its own.
   */
  public static String skipped(String what) {
    return "::warning::" + escapeData("pm: skipped " + what);
  }

  static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
