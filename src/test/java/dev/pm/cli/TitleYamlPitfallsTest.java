package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pm new} titles that YAML 1.1 loaders read differently from the text: what pm writes reads
 * back as the same string in PyYAML (the loader of MkDocs, Jekyll plugins and most scripts) too.
 */
class TitleYamlPitfallsTest {

  private static final List<String> TITLES =
      List.of(
          "=",
          "<<",
          "yes",
          "no",
          "on",
          "off",
          "~",
          "null",
          "@here",
          "`tick",
          "%percent",
          "1e3",
          "0x10",
          "2026-03-14",
          "true",
          ": colon",
          "'quoted'",
          "!tag",
          "&anchor",
          "*alias",
          "12:30");

  @TempDir Path repo;

  @Test
  void everyTitleReadsBackTheSameInPyYaml() throws Exception {
    assumeTrue(pyYaml(), "python3 with PyYAML is not installed");
    List<String> files = new ArrayList<>();
    for (int i = 0; i < TITLES.size(); i++) {
      var run = new PmRunner(repo).run("new", TITLES.get(i), "--stdout");
      assertThat(run.exitCode()).as(TITLES.get(i)).isZero();
      String frontMatter = run.out().split("\n---\n", 2)[0].substring(4);
      files.add(Files.writeString(repo.resolve("fm-" + i + ".yaml"), frontMatter).toString());
    }
    List<String> command =
        new ArrayList<>(
            List.of(
                "python3",
                "-c",
                "import sys,yaml\nfor f in sys.argv[1:]:\n  t=yaml.safe_load(open(f,encoding='utf-8'))['title']\n"
                    + "  sys.stdout.buffer.write((t if isinstance(t,str) else 'NOT TEXT: '+repr(t)).encode()+b'\\n')"));
    command.addAll(files);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out.lines().toList()).isEqualTo(TITLES);
  }

  private static boolean pyYaml() {
    try {
      Process p = new ProcessBuilder("python3", "-c", "import yaml").start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
