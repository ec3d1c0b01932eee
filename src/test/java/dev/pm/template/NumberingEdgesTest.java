package dev.pm.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.cli.PmRunner;
import dev.pm.parse.IncidentIdReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbering where it once handed out an id twice or gave up: ids in UTF-16 files, numbers past
 * 999999, and files that vanish while the folder is scanned (issue 16).
 */
class NumberingEdgesTest {

  @TempDir Path repo;

  private PmRunner.Result pm(String... args) {
    return new PmRunner(repo).run(args);
  }

  private Path folder() throws Exception {
    return Files.createDirectories(repo.resolve("postmortems"));
  }

  private static String document(String id) {
    return "---\nid: " + id + "\ntitle: Earlier\ndate: 2026-03-14\n---\n\n# Earlier\n";
  }

  private String newId(String title) throws Exception {
    var made = pm("new", title, "--date", "2026-03-14");
    assertThat(made.exitCode()).as(made.err()).isZero();
    return IncidentIdReader.inText(Files.readString(repo.resolve(made.out().trim()))).orElseThrow();
  }

  @Test
  void idsInUtf16PostMortemsAreTaken() throws Exception {
    byte[] le = document("INC-2026-03-14-01").getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[le.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(le, 0, withBom, 2, le.length);
    Files.write(folder().resolve("little-endian.md"), withBom);
    // Java's UTF_16 encoder writes a big-endian byte order mark.
    Files.write(
        folder().resolve("big-endian.md"),
        document("INC-2026-03-14-02").getBytes(StandardCharsets.UTF_16));

    assertThat(newId("After two UTF-16 files")).isEqualTo("INC-2026-03-14-03");
  }

  @Test
  void numbersGoPast999999WithoutRepeating() throws Exception {
    Files.writeString(folder().resolve("last.md"), document("INC-2026-03-14-999999"));

    assertThat(newId("First past six digits")).isEqualTo("INC-2026-03-14-1000000");
    assertThat(newId("Second past six digits")).isEqualTo("INC-2026-03-14-1000001");
  }

  @Test
  void aNumberTooLargeToCountPastIsRefusedNotRepeated() throws Exception {
    Files.writeString(folder().resolve("huge.md"), document("INC-2026-03-14-99999999999999999999"));

    var made = pm("new", "After a huge number", "--date", "2026-03-14");

    assertThat(made.exitCode()).isEqualTo(2);
    assertThat(made.err())
        .contains("INC-2026-03-14-99999999999999999999")
        .contains("largest number")
        .contains("--id")
        .doesNotContain("Exception");
    try (Stream<Path> files = Files.list(folder())) {
      assertThat(files.filter(f -> f.toString().endsWith(".md"))).hasSize(1);
    }
  }

  /**
   * Another program deletes files while the folder is scanned: here, deterministically, every other
   * entry (files and a sub-folder) vanishes as soon as the first file is read, after the walk has
   * listed them. The scan used to abort with NoSuchFileException.
   */
  @Test
  void filesThatVanishDuringTheScanArePassedOver() throws Exception {
    Path dir = folder();
    List<Path> doomed = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      doomed.add(Files.writeString(dir.resolve("tmp" + i + ".md"), "scratch\n"));
    }
    Path sub = Files.createDirectories(dir.resolve("scratch-folder"));
    doomed.add(Files.writeString(sub.resolve("inner.md"), "scratch\n"));
    AtomicBoolean deleted = new AtomicBoolean();

    Map<Path, String> ids =
        IncidentIds.idsIn(
            dir,
            file -> {
              if (deleted.compareAndSet(false, true)) {
                for (Path p : doomed) {
                  if (!p.equals(file)) {
                    deleteQuietly(p);
                  }
                }
                if (!sub.equals(file.getParent())) {
                  deleteQuietly(sub);
                }
              }
              return IncidentIdReader.inFile(file);
            });

    assertThat(ids).isEmpty();
    assertThat(deleted).isTrue();
  }

  /** The same through the real command, with a thread churning temporary files beside it. */
  @Test
  void pmNewWorksWhileAnotherProgramChurnsFilesInTheFolder() throws Exception {
    Path dir = folder();
    AtomicBoolean stop = new AtomicBoolean();
    Thread churn =
        new Thread(
            () -> {
              for (long i = 0; !stop.get(); i++) {
                Path scratch = dir.resolve("scratch-" + (i % 50) + ".md");
                try {
                  Files.writeString(scratch, "x");
                  Files.deleteIfExists(scratch);
                } catch (java.io.IOException ignored) {
                  // The churn only has to keep going.
                }
              }
            });
    churn.start();
    try {
      for (int i = 1; i <= 15; i++) {
        assertThat(newId("Churned " + i)).isEqualTo(String.format("INC-2026-03-14-%02d", i));
      }
    } finally {
      stop.set(true);
      churn.join();
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      if (Files.isDirectory(p)) {
        try (Stream<Path> inside = Files.list(p)) {
          for (Path q : inside.toList()) {
            Files.deleteIfExists(q);
          }
        }
      }
      Files.deleteIfExists(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
