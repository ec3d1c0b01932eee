package dev.pm.lint;

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

  /** The report without its PM101 findings, when every file checked has one; else empty. */
  public static Optional<LintReport> unadopted(LintReport report) {
    List<FileResult> files = report.files();
    boolean everyFile = !files.isEmpty() && files.stream()
        .allMatch(f -> f.diagnostics().stream().anyMatch(AdoptionSummary::missingFrontMatter));
    if (!everyFile) {
      return Optional.empty();
    }
    List<FileResult> kept = files.stream()
        .map(f -> new FileResult(f.file(), f.template(), f.diagnostics().stream().filter(d -> !missingFrontMatter(d)).toList()))
        .toList();
    return Optional.of(new LintReport(kept, report.rules()));
  }

  /** What to tell the user, for {@code count} files in {@code folder}. */
  public static String message(int count, String folder) {
    return "pm: none of the " + count + " files has front matter, and no .pm.yaml binds them to a schema, so \""
        + "missing front matter\" (PM101) is not reported on each.\n"
        + "pm: to adopt pm on these files as they are, derive a schema from them and bind it:\n"
        + "      pm schema derive " + folder + " --name ours --output .pm/templates/ours/schema.yaml\n"
        + "    and in .pm.yaml:\n"
        + "      templatesDir: .pm/templates\n"
        + "      paths:\n"
        + "        \"" + folder + "**\": ours\n"
        + "pm: or start new post-mortems with 'pm new', which writes the front matter.";
  }

  private static boolean missingFrontMatter(Diagnostic d) {
    return d.rule().id().toString().equals(MISSING_FRONT_MATTER) && d.message().startsWith("Missing front matter");
  }
}
