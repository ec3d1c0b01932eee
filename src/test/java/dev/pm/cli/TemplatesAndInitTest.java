package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesAndInitTest {

  @TempDir Path repo;

  @Test
  void listsAndShowsTemplates() {
    var pm = new PmRunner(repo);
    var list = pm.run("templates");
    assertThat(list.exitCode()).isZero();
    assertThat(list.out().lines()).hasSize(5);
    assertThat(list.out()).contains("standard").contains("(default)");
    var show = pm.run("templates", "show", "sre");
    assertThat(show.out()).contains("## 7. Action Items");
    assertThat(pm.run("templates", "show", "nope").exitCode()).isEqualTo(2);
  }

  @Test
  void repositoryTemplatesOverrideAndAdd() throws Exception {
    Path mine = repo.resolve(".pm/templates/mine");
    Files.createDirectories(mine);
    Files.writeString(
        mine.resolve("schema.yaml"),
        "name: mine\ndescription: Our own style\nsections: [Summary, Follow-ups]\n");
    Files.writeString(
        mine.resolve("template.md"),
        "---\nid: x\ntitle: \"\"\n---\n# {{title}}\n\n## Summary\n\nWhat happened.\n\n## Follow-ups\n\n- [ ] Something @owner\n");
    Files.writeString(repo.resolve(".pm.yaml"), "templatesDir: .pm/templates\ntemplate: mine\n");
    var pm = new PmRunner(repo);
    assertThat(pm.run("templates").out()).contains("mine").contains("Our own style");
    var created = pm.run("new", "Custom");
    assertThat(created.exitCode()).as(created.err()).isZero();
    assertThat(Files.readString(repo.resolve(created.out().trim())))
        .contains("template: mine")
        .contains("# Custom");
  }

  @Test
  void aBrokenSchemaNamesFileAndLine() throws Exception {
    Path mine = repo.resolve("tpl/bad");
    Files.createDirectories(mine);
    Files.writeString(mine.resolve("schema.yaml"), "name: bad\nsectoins: []\n");
    Files.writeString(repo.resolve(".pm.yaml"), "templatesDir: tpl\n");
    var result = new PmRunner(repo).run("templates");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("schema.yaml:2:1: unknown key \"sectoins\"");
  }

  @Test
  void initWritesOnceAndNeverOverwrites() throws Exception {
    var pm = new PmRunner(repo);
    assertThat(pm.run("init").exitCode()).isZero();
    String written = Files.readString(repo.resolve(".pm.yaml"));
    assertThat(written).contains("directory: postmortems");
    // The header says where pm looks, as README's Configuration section does (issue 18).
    assertThat(written)
        .contains(".pm.yml")
        .contains("to the root of the git repository, never above it")
        .doesNotContain("by walking up from the working directory.");
    Files.writeString(repo.resolve(".pm.yaml"), "directory: mine\n");
    var again = pm.run("init");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(Files.readString(repo.resolve(".pm.yaml"))).isEqualTo("directory: mine\n");
    // The default file is valid configuration.
    Files.writeString(repo.resolve(".pm.yaml"), written);
    assertThat(pm.run("lint", "--list-rules").exitCode()).isZero();
    assertThat(pm.run("new", "Works with default config").exitCode()).isZero();
  }

  @Test
  void helpShowsExamplesAndExitCodes() {
    var pm = new PmRunner(repo);
    assertThat(pm.run("--help").out()).contains("Exit codes:").contains("Examples:");
    assertThat(pm.run("lint", "--help").out()).contains("Exit codes:");
    assertThat(pm.run("--version").out()).startsWith("pm ");
    assertThat(pm.run().exitCode()).isEqualTo(2);
    var typo = pm.run("lnt");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("lint");
  }

  @Test
  void completionScriptsKnowTheCommandsAndOptions() throws Exception {
    var pm = new PmRunner(repo);
    var bash = pm.run("completion", "bash");
    assertThat(bash.exitCode()).isZero();
    assertThat(bash.out())
        .contains("complete -F")
        .contains("lint")
        .contains("--max-warnings")
        .contains("--fail-on-overdue");
    Path script = repo.resolve("pm-completion.bash");
    Files.writeString(script, bash.out());
    Process check =
        new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
    assertThat(check.waitFor())
        .as(new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
        .isZero();
    assertThat(pm.run("completion", "zsh").out()).startsWith("autoload -U +X compinit");
    assertThat(pm.run("completion", "fish").exitCode()).isEqualTo(2);
  }
}
