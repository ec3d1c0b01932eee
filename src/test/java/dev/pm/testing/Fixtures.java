package dev.pm.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Fixture folders copied into a test's temporary repository, so that commands may change them. */
public final class Fixtures {

  private Fixtures() {}

  /**
   * Copies the files directly in {@code from} into {@code to} (created if missing); returns {@code
   * to}.
   */
  public static Path copyFiles(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }
}
