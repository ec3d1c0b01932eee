package dev.pm.index;

import dev.pm.error.UserError;
import dev.pm.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Puts an index into its file: between the markers of an existing file (the rest kept), or as a new
 * file. Writes are atomic; a target that is not a regular file (a folder, a FIFO, a device) is
 * never replaced, and a symbolic link is followed to the file it names.
 */
public final class IndexWriter {

  /** What happened to the index file. */
  public enum Outcome {
    UP_TO_DATE,
    WRITTEN,
    STALE
  }

  private IndexWriter() {}

  /**
   * Writes {@code table} into the index file between its markers, or checks that it is there.
   *
   * @param createIfMissing create the file when it does not exist ({@code --output}); otherwise a
   *     missing file is an error
   * @param checkOnly compare only: STALE when the file would change, nothing written
   */
  public static Outcome update(
      Path target, String table, boolean createIfMissing, boolean checkOnly) throws IOException {
    Optional<String> current = read(target);
    String wanted;
    if (current.isEmpty()) {
      if (!createIfMissing) {
        throw new UserError(
            target.toString(),
            null,
            "no such file; create it with the markers "
                + IndexFile.START
                + " and "
                + IndexFile.END
                + ", or give --output");
      }
      wanted = IndexFile.fresh(table);
    } else {
      wanted =
          IndexFile.withIndex(current.get(), table)
              .orElseThrow(
                  () ->
                      new UserError(
                          target.toString(),
                          null,
                          "no index markers; add the lines "
                              + IndexFile.START
                              + " and "
                              + IndexFile.END
                              + " where the index goes"));
    }
    if (current.isPresent() && current.get().equals(wanted)) {
      return Outcome.UP_TO_DATE;
    }
    if (checkOnly) {
      return Outcome.STALE;
    }
    Path real = Files.isSymbolicLink(target) ? target.toRealPath() : target;
    AtomicFiles.replace(real, wanted);
    return Outcome.WRITTEN;
  }

  /** The file's text, empty when it does not exist. */
  static Optional<String> read(Path target) throws IOException {
    if (!Files.exists(target)) {
      if (Files.isSymbolicLink(target)) {
        throw new UserError(target.toString(), null, "a symbolic link to nothing; not replaced");
      }
      return Optional.empty();
    }
    if (!Files.isRegularFile(target)) {
      throw new UserError(target.toString(), null, "not a regular file; not replaced");
    }
    if (!Files.isRegularFile(target.toRealPath(), LinkOption.NOFOLLOW_LINKS)) {
      throw new UserError(target.toString(), null, "not a regular file; not replaced");
    }
    try {
      return Optional.of(Files.readString(target, StandardCharsets.UTF_8));
    } catch (java.nio.charset.MalformedInputException e) {
      throw new UserError(target.toString(), null, "not valid UTF-8; not replaced");
    }
  }
}
