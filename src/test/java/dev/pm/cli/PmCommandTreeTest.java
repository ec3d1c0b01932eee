package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that names one sub-command builds only that one; everything else gets the whole tree. */
class PmCommandTreeTest {

  @TempDir Path dir;

  @Test
  void theNamedSubCommandAloneIsBuilt() {
    assertThat(PmCommandTree.only("lint", "x.md")).contains(LintCommand.class);
    assertThat(PmCommandTree.only("--stacktrace", "stats")).contains(StatsCommand.class);
    assertThat(PmCommandTree.only("schema", "derive", ".")).contains(SchemaCommand.class);
    assertThat(PmCommandTree.only("new", "--help")).contains(NewCommand.class);
  }

  /**
   * The table {@code only} reads instead of the annotations names every sub-command of the tree but
   * those that need the whole tree, each by the name its {@code @Command} gives it.
   */
  @Test
  void theNameTableMatchesTheAnnotations() {
    java.util.Map<String, Class<?>> annotated = new java.util.HashMap<>();
    for (Class<?> command :
        PmCommandTree.class.getAnnotation(picocli.CommandLine.Command.class).subcommands()) {
      String name = command.getAnnotation(picocli.CommandLine.Command.class).name();
      if (!name.equals("help") && !name.equals("completion")) {
        annotated.put(name, command);
      }
    }
    assertThat(PmCommandTree.BY_NAME).isEqualTo(annotated);
    annotated.forEach((name, command) -> assertThat(PmCommandTree.only(name)).contains(command));
  }

  @Test
  void helpCompletionRootOptionsAndUnknownNamesGetTheTree() {
    assertThat(PmCommandTree.only()).isEmpty();
    assertThat(PmCommandTree.only("help", "lint")).isEmpty();
    assertThat(PmCommandTree.only("completion", "bash")).isEmpty();
    assertThat(PmCommandTree.only("--help")).isEmpty();
    assertThat(PmCommandTree.only("--version")).isEmpty();
    assertThat(PmCommandTree.only("lnt")).isEmpty();
  }

  @Test
  void theCommandLineBehavesAsWithTheWholeTree() {
    PmRunner pm = new PmRunner(dir);
    PmRunner.Result typo = pm.run("lnt");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("Did you mean: pm lint?");
    assertThat(pm.run("help", "stats").out()).startsWith("Usage: pm stats");
    assertThat(pm.run("completion", "bash").out()).contains("lint", "stats", "renumber");
    PmRunner.Result lint = pm.run("--stacktrace", "lint", "--help");
    assertThat(lint.exitCode()).isZero();
    assertThat(lint.out()).startsWith("Usage: pm lint");
    assertThat(pm.run("--help").out()).contains("lint", "stats", "renumber", "lsp");
  }
}
