package dev.pm.lsp;

import dev.pm.lint.FileSummary;
import dev.pm.lint.fix.DocumentLint;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The incident ids of the repository's post-mortems on disk, for the cross-file rules: read once
 * when the server starts (front matter only, no Markdown parse), then kept current file by file as
 * documents are saved. Holds one small summary per post-mortem file, however long the editing goes.
 */
final class IncidentIndex {

  private final Map<Path, FileSummary> byPath = new ConcurrentHashMap<>();

  void rebuild(Workspace workspace) {
    byPath.clear();
    for (Path file : workspace.postMortemFiles()) {
      Path key = key(file);
      byPath.put(key, DocumentLint.summaryOf(key, workspace.display(key)));
    }
  }

  /** A post-mortem as it was saved. */
  void put(FileSummary summary) {
    byPath.put(key(summary.path()), summary);
  }

  void remove(Path file) {
    byPath.remove(key(file));
  }

  List<FileSummary> all() {
    return List.copyOf(byPath.values());
  }

  int size() {
    return byPath.size();
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }
}
