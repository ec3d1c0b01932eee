package dev.pm.lint;

import dev.pm.io.InputFile;
import dev.pm.parse.IncidentIdReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The incident ids of every post-mortem in the configured folder, read from front matter only (no
 * Markdown parse). When pre-commit names only the staged files, PM604 still compares them with
 * every other post-mortem: a duplicate is caught at commit, not found later.
 */
public final class IdsInFolder {

  /** One post-mortem in the folder: the path to show and the file. */
  public record Entry(String displayPath, Path path) {}

  private final Map<String, List<Entry>> byId;

  private IdsInFolder(Map<String, List<Entry>> byId) {
    this.byId = byId;
  }

  /** The files with this id (ignoring case, as PM604 compares). */
  public List<Entry> filesWithId(String id) {
    return byId.getOrDefault(id.toUpperCase(Locale.ROOT), List.of());
  }

  /**
   * Peeks at each file's front matter {@code id}, in parallel: the files are independent and the
   * cost is I/O.
   */
  public static IdsInFolder read(List<InputFile> files) {
    record Found(String id, Entry entry) {}
    List<Found> found =
        files.parallelStream()
            .map(
                f ->
                    IncidentIdReader.quickInFile(f.path())
                        .map(
                            id ->
                                new Found(
                                    id,
                                    new Entry(
                                        f.displayPath(), f.path().toAbsolutePath().normalize()))))
            .flatMap(Optional::stream)
            .toList();
    Map<String, List<Entry>> byId = new HashMap<>();
    found.forEach(
        f ->
            byId.computeIfAbsent(f.id().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                .add(f.entry()));
    return new IdsInFolder(byId);
  }
}
