package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file nobody has touched since {@code pm new} is never red, whichever example of {@code pm init}
 * a team turns on.
 */
class DraftsTest {

  /**
   * A commented example in pm init's output: {@code # key: value}, {@code # "glob": value}, {@code
   * # PM407: warning}.
   */
  private static final Pattern EXAMPLE =
      Pattern.compile("^(\\s*)# ?(\\s*\"?[\\w*/.-]+\"?:( .*)?)$");

  private static final List<String> TEMPLATES =
      List.of("standard", "blameless", "sre", "review", "comprehensive");

  @TempDir Path tmp;

  private static String initOutput(Path dir) throws Exception {
    var init = new PmRunner(dir).run("init");
    assertThat(init.exitCode()).as(init.err()).isZero();
    return Files.readString(dir.resolve(".pm.yaml"));
  }

  /** The init file with only the examples at these line numbers turned on. */
  private static String enabling(String text, List<Integer> lines) {
    List<String> out = new ArrayList<>(text.lines().toList());
    for (int i : lines) {
      var m = EXAMPLE.matcher(out.get(i));
      assertThat(m.matches()).isTrue();
      out.set(i, m.group(1) + m.group(2));
    }
    return String.join("\n", out) + "\n";
  }

  @Test
  void newThenLintIsNeverRedUnderAnyExampleOfInit() throws Exception {
    String text = initOutput(tmp);
    List<String> lines = text.lines().toList();
    List<List<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (EXAMPLE.matcher(lines.get(i)).matches()) {
        // Consecutive example lines are one example ("# statuses:" with "# draftStatuses:"; "#
        // paths:" and its globs).
        if (!groups.isEmpty() && groups.get(groups.size() - 1).contains(i - 1)) {
          groups.get(groups.size() - 1).add(i);
        } else {
          groups.add(new ArrayList<>(List.of(i)));
        }
      }
    }
    assertThat(groups).hasSizeGreaterThanOrEqualTo(4);
    List<Integer> all = groups.stream().flatMap(List::stream).toList();
    groups.add(all);
    int run = 0;
    for (List<Integer> group : groups) {
      Path repo = Files.createDirectories(tmp.resolve("repo" + run++));
      Files.createDirectories(repo.resolve(".pm/templates"));
      String config = enabling(text, group);
      Files.writeString(repo.resolve(".pm.yaml"), config);
      PmRunner pm = new PmRunner(repo);
      for (String template : TEMPLATES) {
        var created = pm.run("new", "Untouched " + template, "--template", template);
        assertThat(created.exitCode()).as(config + created.err()).isZero();
      }
      var lint = pm.run("lint");
      assertThat(lint.exitCode()).as("with\n" + config + "\n" + lint.out() + lint.err()).isZero();
      assertThat(lint.out()).contains(TEMPLATES.size() + " files checked: 0 errors");
    }
  }

  @Test
  void draftStatusesMarkTheConfiguredDraftValue() throws Exception {
    Files.writeString(
        tmp.resolve(".pm.yaml"), "statuses: [Draft, Final]\ndraftStatuses: [Draft]\n");
    PmRunner pm = new PmRunner(tmp);
    var created = pm.run("new", "Queue backlog");
    assertThat(Files.readString(tmp.resolve(created.out().trim()))).contains("status: Draft");
    assertThat(pm.run("lint").exitCode()).isZero();

    Path file = tmp.resolve(created.out().trim());
    Files.writeString(file, Files.readString(file).replace("status: Draft", "status: Final"));
    var fin = pm.run("lint");
    assertThat(fin.exitCode()).as("a final post-mortem with template text is red").isEqualTo(1);
  }

  @Test
  void aDraftStatusOutsideTheStatusesIsAConfigurationError() throws Exception {
    Files.writeString(tmp.resolve(".pm.yaml"), "statuses: [Draft, Final]\ndraftStatuses: [WIP]\n");
    var lint = new PmRunner(tmp).run("lint");
    assertThat(lint.exitCode()).isEqualTo(2);
    assertThat(lint.err()).contains(".pm.yaml:2:").contains("\"WIP\"").contains("Draft, Final");
  }
}
