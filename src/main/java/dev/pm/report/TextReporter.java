package dev.pm.report;

import dev.pm.io.Escape;
import dev.pm.lint.Diagnostic;
import dev.pm.lint.LintReport;
import java.io.PrintWriter;
import java.util.regex.Pattern;

/**
 * Plain text for people: one line per diagnostic,
 *
 * <pre>postmortems/a.md:12:1: error PM201 Missing required section "Timeline" [missing-section]
 * </pre>
 *
 * then a summary line (see {@link Summary#line}). Coloured only when asked ({@code --color}, on a
 * terminal by default): the severity in red, yellow or blue, the rule name dimmed, the summary in
 * the colour of its worst finding. The characters are the same with and without colour, so the
 * output stays stable to diff and grep once the escape sequences are removed. A line break inside a
 * message is written as the two characters {@code \n}, so every diagnostic stays on one line. Lines
 * end with {@code \n} on every platform.
 */
public final class TextReporter implements Reporter {

  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String BLUE = "\u001b[34m";
  private static final String GREEN = "\u001b[32m";
  private static final String DIM = "\u001b[2m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";

  private final boolean colour;

  public TextReporter() {
    this(false);
  }

  /**
   * @param colour whether to add ANSI colours (the caller decides: a terminal, {@code --color})
   */
  public TextReporter(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void write(LintReport report, PrintWriter out) {
    if (!colour) {
      Summary.writeLines(report, out, TextReporter::format);
      return;
    }
    for (Diagnostic d : report.diagnostics()) {
      out.print(coloured(d));
      out.print('\n');
    }
    String worst =
        report.errors() > 0
            ? RED
            : report.warnings() > 0 ? YELLOW : report.infos() > 0 ? BLUE : GREEN;
    out.print(BOLD + worst + Summary.line(report) + RESET);
    out.print('\n');
    out.flush();
  }

  static String format(Diagnostic d) {
    return Escape.text(d.file())
        + ":"
        + d.line()
        + ":"
        + d.column()
        + ": "
        + d.severity().wireName()
        + " "
        + d.rule().id()
        + " "
        + Escape.text(oneLine(d.message()))
        + " ["
        + d.rule().name()
        + "]";
  }

  /**
   * The same text as {@link #format}; every piece from a document is escaped before colour is added
   * around it.
   */
  private static String coloured(Diagnostic d) {
    String severity =
        switch (d.severity()) {
          case ERROR -> RED;
          case WARNING -> YELLOW;
          default -> BLUE;
        };
    return Escape.text(d.file())
        + ":"
        + d.line()
        + ":"
        + d.column()
        + ": "
        + severity
        + d.severity().wireName()
        + RESET
        + " "
        + d.rule().id()
        + " "
        + Escape.text(oneLine(d.message()))
        + " "
        + DIM
        + "["
        + d.rule().name()
        + "]"
        + RESET;
  }

  static String oneLine(String text) {
    return LINE_BREAK.matcher(text).replaceAll("\\\\n");
  }
}
