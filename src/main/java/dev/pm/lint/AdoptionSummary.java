package dev.pm.lint;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * On a repository that does not use pm yet (no {@code .pm.yaml}, no {@code --schema}, and no file
 * with front matter), one summary of how to adopt pm instead of the same "missing front matter"
 * error on every file. With a configuration or a {@code template:} the strict rules apply as ever.
 */
public final class AdoptionSummary {

  private static final String MISSING_FRONT_MATTER = "PM101";

  private AdoptionSummary() {}

  /**
   * The report without its "missing front matter" findings, when none of {@code files} starts with
   * front matter (files pm could not read count as having none); else empty.
   */
  public static Optional<LintReport> unadopted(LintReport report, List<Path> files) {
    if (files.isEmpty() || files.stream().anyMatch(AdoptionSummary::startsWithFrontMatter)) {
      return Optional.empty();
    }
    List<FileResult> kept =
        report.files().stream()
            .map(
                f ->
                    new FileResult(
                        f.file(),
                        f.template(),
                        f.diagnostics().stream().filter(d -> !missingFrontMatter(d)).toList()))
            .toList();
    return Optional.of(new LintReport(kept, report.rules()));
  }

  /** The first line is {@code ---} or {@code +++}, after a byte order mark if any. */
  private static boolean startsWithFrontMatter(Path file) {
    if (!Files.isRegularFile(file)) {
      return false; // a FIFO would block the read; PM001 reports what is not a regular file
    }
    byte[] head = new byte[6];
    try (InputStream in = Files.newInputStream(file)) {
      int n = in.readNBytes(head, 0, head.length);
      String start = new String(head, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "");
      return start.startsWith("---") || start.startsWith("+++");
    } catch (IOException e) {
      return false;
    }
  }

  /** What to tell the user, for {@code count} files in {@code folder}. */
  public static String message(int count, String folder) {
    return "pm: none of the "
        + count
        + " files has front matter, and no .pm.yaml binds them to a schema, so \""
        + "missing front matter\" (PM101) is not reported on each.\n"
        + "pm: to adopt pm on these files as they are, derive a schema from them and bind it:\n"
        + "      pm schema derive "
        + folder
        + " --name ours --output .pm/templates/ours/schema.yaml\n"
        + "    and in .pm.yaml:\n"
        + "      templatesDir: .pm/templates\n"
        + "      paths:\n"
        + "        \""
        + folder
        + "**\": ours\n"
        + "pm: or start new post-mortems with 'pm new', which writes the front matter.";
  }

  private static boolean missingFrontMatter(Diagnostic d) {
    return d.rule().id().toString().equals(MISSING_FRONT_MATTER)
        && d.message().startsWith("Missing front matter");
  }
}
