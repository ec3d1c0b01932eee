package dev.pm.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IdsAtRefTest {

  private static String hit(String path, int line, String text) {
    return "origin/main:" + path + '\0' + line + '\0' + text;
  }

  @Test
  void takesOnlyIdsInsideFrontMatterFromGitGrepLines() {
    String grep =
        String.join(
            "\n",
            hit("pm/a.md", 1, "---"),
            hit("pm/a.md", 2, "id: INC-1"),
            hit("pm/a.md", 9, "---"),
            hit("pm/b: odd:12:name.md", 1, "---"),
            hit("pm/b: odd:12:name.md", 3, "id: \"INC-2\"  # quoted"),
            hit("pm/c.md", 4, "id: INC-3"),
            hit("pm/d.md", 1, "---"),
            hit("pm/d.md", 5, "---"),
            hit("pm/d.md", 8, "id: INC-4"));

    assertThat(IdsAtRef.frontMatterIds(grep, "origin/main"))
        .containsExactly(Map.entry("pm/a.md", "INC-1"), Map.entry("pm/b: odd:12:name.md", "INC-2"));
  }
}
