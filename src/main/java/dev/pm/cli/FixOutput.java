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
    int files =
        eachFile(
            fixes,
            "not fixed",
            err,
            fix -> {
              for (FixRun.Change change : fix.changes()) {
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
            });
    int changes =
        fixes.stream().filter(FixRun.FileFix::changed).mapToInt(f -> f.changes().size()).sum();
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
    int files =
        eachFile(fixes, "would not fix", err, fix -> UnifiedDiff.of(fix).forEach(out::println));
    out.flush();
    err.println(
        "pm: " + files + (files == 1 ? " file" : " files") + " would change; nothing was written");
    err.flush();
    return files > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /**
   * Says on {@code err} why each refused file was not fixed ({@code refusal} names the outcome),
   * shows each changed file with {@code changed}, and returns how many files changed.
   */
  private static int eachFile(
      List<FixRun.FileFix> fixes,
      String refusal,
      PrintWriter err,
      java.util.function.Consumer<FixRun.FileFix> changed) {
    int files = 0;
    for (FixRun.FileFix fix : fixes) {
      fix.refused()
          .ifPresent(
              why ->
                  err.println(
                      "pm: "
                          + refusal
                          + " "
                          + Escape.text(fix.file().displayPath())
                          + ": "
                          + Escape.text(why)));
      if (fix.changed()) {
        files++;
        changed.accept(fix);
      }
    }
    return files;
  }
}
