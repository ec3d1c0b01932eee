package dev.pm.cli;

import dev.pm.io.Escape;
import dev.pm.lint.fix.FixRun;
import dev.pm.lint.fix.UnifiedDiff;
import java.io.PrintWriter;
import java.util.List;

/** What {@code pm lint --fix} and {@code --fix-dry-run} tell the user about the fixes. */
final class FixOutput {

  private FixOutput() {}

  /** After {@code --fix}: each change and each refusal on standard error, then a count. */
  static void applied(List<FixRun.FileFix> fixes, PrintWriter err) {
    int changes = 0;
    int files = 0;
    for (FixRun.FileFix fix : fixes) {
      fix.refused()
          .ifPresent(
              why ->
                  err.println(
                      "pm: not fixed "
                          + Escape.text(fix.file().displayPath())
                          + ": "
                          + Escape.text(why)));
      if (fix.changed()) {
        files++;
        for (FixRun.Change change : fix.changes()) {
          changes++;
          err.println(
              "pm: fixed "
                  + Escape.text(fix.file().displayPath())
                  + ":"
                  + change.line()
                  + ": "
                  + change.rule()
                  + " "
                  + Escape.text(change.summary()));
        }
      }
    }
    err.println(
        "pm: "
            + changes
            + (changes == 1 ? " fix" : " fixes")
            + " applied in "
            + files
            + (files == 1 ? " file" : " files"));
    err.flush();
  }

  /**
   * After {@code --fix-dry-run}: a unified diff on standard output, refusals and a count on
   * standard error. Exit 1 when a file would change, so CI can ask "is everything fixed?".
   */
  static int dryRun(List<FixRun.FileFix> fixes, PrintWriter out, PrintWriter err) {
    int files = 0;
    for (FixRun.FileFix fix : fixes) {
      fix.refused()
          .ifPresent(
              why ->
                  err.println(
                      "pm: would not fix "
                          + Escape.text(fix.file().displayPath())
                          + ": "
                          + Escape.text(why)));
      if (fix.changed()) {
        files++;
        UnifiedDiff.of(fix).forEach(out::println);
      }
    }
    out.flush();
    err.println(
        "pm: " + files + (files == 1 ? " file" : " files") + " would change; nothing was written");
    err.flush();
    return files > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
