package dev.pm.read;

import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixture folders under {@code src/test/resources/read/} and how they are read: each {@code
 * doc.md} with the built-in templates and no configuration, as a repository without {@code
 * .pm.yaml} would be. Shared by the tests that check items and figures, so both read alike.
 */
final class ReadFixtures {

  static final Path ROOT = Path.of("src/test/resources/read");

  private static final PostMortemParser PARSER = new PostMortemParser(HangGuardLimits.LIMITS);
  private static final DocumentReader READER = BuiltInReader.create();

  private ReadFixtures() {}

  /** The fixture folders that hold {@code fileName}, sorted. */
  static List<Path> foldersWith(String fileName) throws IOException {
    try (Stream<Path> all = Files.list(ROOT)) {
      return all.filter(p -> Files.exists(p.resolve(fileName))).sorted().toList();
    }
  }

  /** The reading of the folder's {@code doc.md}. */
  static Reading read(Path folder) {
    return READER.read(PARSER.read(folder.resolve("doc.md"), "doc.md")).reading();
  }
}
