package dev.pm.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The globs answered by comparing text give the JDK's answer for every path, on the default include
 * and exclude globs and on near-misses of their shapes.
 */
class GlobTest {

  private static final List<String> PATTERNS =
      List.of(
          "**.md",
          "**/README.md",
          "README.md",
          "**/index.md",
          "index.md",
          "*.md",
          "postmortems/**",
          "**/*.md",
          "2024/**/*.md",
          "a(b).md",
          "**a^b$.md");

  private static final List<String> PATHS =
      List.of(
          "a.md",
          "A.MD",
          "x.mdx",
          "README.md",
          "readme.md",
          "docs/README.md",
          "docsREADME.md",
          "docs/x/README.md",
          "index.md",
          "docs/index.md",
          "2024/01/a.md",
          "2024/a.md",
          "postmortems/a.md",
          "a(b).md",
          "za^b$.md",
          "line\nbreak.md",
          "docs/READ\nME.md",
          "md",
          ".md");

  @Test
  void answersAsTheJdkGlobDoes() {
    for (String pattern : PATTERNS) {
      PathMatcher jdk = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      Glob glob = new Glob(pattern);
      for (String path : PATHS) {
        // What the JDK says of the name with its line breaks as spaces (Glob's promise).
        boolean expected = jdk.matches(Path.of(path.replace('\n', ' ').replace('\r', ' ')));
        assertThat(glob.matches(path)).as(pattern + " on " + path).isEqualTo(expected);
        assertThat(glob.matches(Path.of(path))).as(pattern + " on " + path).isEqualTo(expected);
      }
    }
  }

  @Test
  void aNameWithALineBreakIsStillAPostMortem() {
    assertThat(new Glob("**.md").matches("docs/line\nbreak.md")).isTrue();
    assertThat(new Glob("**/README.md").matches("docs/READ\nME.md")).isFalse();
  }
}
