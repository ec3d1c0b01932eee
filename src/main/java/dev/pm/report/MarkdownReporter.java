package dev.pm.report;

import dev.pm.lint.Diagnostic;
import dev.pm.lint.LintReport;
import java.io.PrintWriter;
import java.util.List;

/**
 * A Markdown report for a GitHub job summary ({@code $GITHUB_STEP_SUMMARY}) or a pull request
 * comment: the counts, then every finding in a table. GitHub shows at most 10 annotations of each
 * type per step, so the summary is where the rest of the findings can be read.
 *
 * <p>Everything that came from a document or a file name is escaped for Markdown: each ASCII
 * punctuation character gets a backslash (CommonMark renders any escaped punctuation as itself, so
 * no {@code |}, {@code <}, {@code `}, {@code [} or {@code *} can start a table cell, HTML, code or
 * a link), line breaks become spaces and control characters are dropped.
 *
 * <p>The table stops after {@value #MAX_ROWS} findings, with a line saying how many are left out,
 * since GitHub accepts at most 1 MiB of summary per step.
 */
public final class MarkdownReporter implements Reporter {

  static final int MAX_ROWS = 1000;
  private static final int MAX_MESSAGE = 500;
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  @Override
  public void write(LintReport report, PrintWriter out) {
    out.print("### pm lint\n\n");
    out.print("**" + Summary.line(report) + "**\n\n");
    List<Diagnostic> diagnostics = report.diagnostics();
    if (!diagnostics.isEmpty()) {
      out.print("| File | Line | Severity | Rule | Message |\n");
      out.print("|---|---:|---|---|---|\n");
      for (Diagnostic d : diagnostics.subList(0, Math.min(MAX_ROWS, diagnostics.size()))) {
        out.print(
            "| "
                + escape(d.file())
                + " | "
                + d.line()
                + ":"
                + d.column()
                + " | "
                + d.severity().wireName()
                + " | "
                + d.rule().id()
                + " "
                + escape(d.rule().name())
                + " | "
                + escape(shorten(d.message()))
                + " |\n");
      }
      if (diagnostics.size() > MAX_ROWS) {
        out.print(
            "\n"
                + Summary.count(diagnostics.size() - MAX_ROWS, "more finding")
                + " not shown here: run pm lint to see them all.\n");
      }
    }
    out.flush();
  }

  private static String shorten(String message) {
    return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
  }

  /** Text safe inside a Markdown table cell: see the class comment. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            cp -> {
              if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
              } else if (Character.isISOControl(cp)) {
                return;
              } else {
                if (cp < 128 && PUNCTUATION.indexOf(cp) >= 0) {
                  out.append('\\');
                }
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }
}
