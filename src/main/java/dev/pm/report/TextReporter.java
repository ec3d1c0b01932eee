package dev.pm.report;

import dev.pm.lint.Diagnostic;
import dev.pm.lint.LintReport;
import dev.pm.io.Escape;
import java.io.PrintWriter;
import java.util.regex.Pattern;

/**
 * Plain text for people: one line per diagnostic,
 *
 * <pre>postmortems/a.md:12:1: error PM201 Missing required section "Timeline" [missing-section]</pre>
 *
 * then a summary line (see {@link Summary#line}). No colour, so the output is stable to diff and
 * grep. A line break inside a message is written as the two characters {@code \n}, so every
 * diagnostic stays on one line. Lines end with {@code \n} on every platform.
 */
public final class TextReporter implements Reporter {

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  @Override
  public void write(LintReport report, PrintWriter out) {
    Summary.writeLines(report, out, TextReporter::format);
  }

  static String format(Diagnostic d) {
    return Escape.text(d.file()) + ":" + d.line() + ":" + d.column() + ": " + d.severity().wireName() + " "
        + d.rule().id() + " " + Escape.text(oneLine(d.message())) + " [" + d.rule().name() + "]";
  }

  static String oneLine(String text) {
    return LINE_BREAK.matcher(text).replaceAll("\\\\n");
  }
}
