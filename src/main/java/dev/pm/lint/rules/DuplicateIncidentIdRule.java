package dev.pm.lint.rules;

import dev.pm.lint.CrossFileRule;
import dev.pm.lint.FileSummary;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.Severity;
import dev.pm.parse.Placeholders;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * PM604: two post-mortems carry the same incident id. Each file after the first is reported; a
 * named file whose id another post-mortem in the folder has is reported too; with {@code pm lint
 * --against REF}, so is a file whose id another file already has at REF.
 */
public final class DuplicateIncidentIdRule implements CrossFileRule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM604",
          "duplicate-incident-id",
          Severity.ERROR,
          "Two post-mortems have the same incident id");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(CrossFileContext context, CrossFileFindings findings) {
    Map<String, FileSummary> seen = new HashMap<>();
    java.util.Set<java.nio.file.Path> named = new java.util.HashSet<>();
    context.files().forEach(f -> named.add(f.path()));
    context.files().stream()
        .sorted(java.util.Comparator.comparing(FileSummary::file))
        .forEach(
            summary -> {
              if (summary.incidentId().isEmpty()
                  || Placeholders.contains(summary.incidentId().get())) {
                return;
              }
              FileSummary first =
                  seen.putIfAbsent(summary.incidentId().get().toUpperCase(Locale.ROOT), summary);
              if (first != null) {
                findings.report(
                    summary.file(),
                    summary.idAt(),
                    "Incident id "
                        + Text.quote(summary.incidentId().get())
                        + " is also used by "
                        + first.file());
              }
              // Files of the run are compared above; the folder adds the post-mortems that were not
              // named.
              String id = summary.incidentId().get();
              context
                  .inFolder()
                  .ifPresent(
                      folder ->
                          reportFirst(
                              findings,
                              summary,
                              folder.filesWithId(id),
                              other -> !named.contains(other.path()),
                              other -> " is also used by " + other.displayPath()));
              context
                  .atRef()
                  .ifPresent(
                      ref ->
                          reportFirst(
                              findings,
                              summary,
                              ref.filesWithId(id),
                              other -> !sameFile(other.path(), summary.path()),
                              other ->
                                  " is already used by " + other.repoPath() + " at " + ref.ref()));
            });
  }

  /**
   * Reports {@code summary}'s id as taken by the first of {@code others} that {@code counts}, where
   * {@code usedBy} says by which file (the folder's and the ref's files are named differently).
   */
  private static <T> void reportFirst(
      CrossFileFindings findings,
      FileSummary summary,
      java.util.List<T> others,
      java.util.function.Predicate<T> counts,
      java.util.function.Function<T, String> usedBy) {
    others.stream()
        .filter(counts)
        .findFirst()
        .ifPresent(
            other ->
                findings.report(
                    summary.file(),
                    summary.idAt(),
                    "Incident id " + Text.quote(summary.incidentId().get()) + usedBy.apply(other)));
  }

  private static boolean sameFile(java.nio.file.Path a, java.nio.file.Path b) {
    try {
      return a.equals(b) || (java.nio.file.Files.exists(a) && java.nio.file.Files.isSameFile(a, b));
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
