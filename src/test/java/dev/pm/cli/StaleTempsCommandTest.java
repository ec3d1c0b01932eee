package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A {@code kill -9} during {@code --fix} leaves {@code .<name>.<digits>.tmp} beside the file; the
 * next {@code --fix} removes such leftovers, by pm's exact name and an age, and nothing else.
 */
class StaleTempsCommandTest {

  @TempDir Path repo;

  private Path file(String name, String text, Duration age) throws Exception {
    Path file = Files.writeString(repo.resolve("postmortems").resolve(name), text);
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
    return file;
  }

  @Test
  void fixRemovesStaleLeftoversOfPmOnlyAndSaysSoWhenVerbose() throws Exception {
    Files.createDirectories(repo.resolve("postmortems"));
    String document = "---\nid: INC-2026-03-14-01\ntitle: T\n---\n\n# T\n";
    file("a.md", document, Duration.ZERO);
    Duration old = Duration.ofHours(2);
    Path leftover = file(".a.md.4811742231872964415.tmp", "half a document", old);
    Path fresh = file(".a.md.99.tmp", "another pm is writing this", Duration.ofSeconds(5));
    Path notMarkdown = file(".notes.txt.123.tmp", "x", old);
    Path noSuchTarget = file(".gone.md.123.tmp", "x", old);
    Path notDigits = file(".a.md.12x.tmp", "x", old);
    Path otherName = file("a.md.123.tmp", "x", old);
    Path editorSwap = file(".a.md.swp", "x", old);
    Path link = repo.resolve("postmortems/.a.md.77.tmp");
    Files.createSymbolicLink(link, Path.of("a.md"));

    var fixed = new PmRunner(repo).run("lint", "--fix", "--verbose", "postmortems");

    assertThat(fixed.err())
        .contains(
            "pm: removed postmortems/.a.md.4811742231872964415.tmp, a temporary file an"
                + " interrupted pm run left");
    assertThat(leftover).doesNotExist();
    assertThat(fresh).exists();
    assertThat(notMarkdown).exists();
    assertThat(noSuchTarget).exists();
    assertThat(notDigits).exists();
    assertThat(otherName).exists();
    assertThat(editorSwap).exists();
    assertThat(link).isSymbolicLink();
    assertThat(repo.resolve("postmortems/a.md")).isRegularFile();
  }

  @Test
  void lintWithoutFixLeavesThemAlone() throws Exception {
    Files.createDirectories(repo.resolve("postmortems"));
    file("a.md", "---\nid: INC-2026-03-14-01\n---\n\n# T\n", Duration.ZERO);
    Path leftover = file(".a.md.123.tmp", "x", Duration.ofHours(2));

    new PmRunner(repo).run("lint", "--verbose", "postmortems");

    assertThat(leftover).exists();
  }
}
