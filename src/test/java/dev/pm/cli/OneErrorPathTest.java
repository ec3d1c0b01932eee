package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every problem the user can fix is one line {@code pm: file:line:column: message} and exit 2; the
 * words "internal error" (PM000's wording, "please report it") are kept for bugs in pm (issue 19).
 */
class OneErrorPathTest {

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void setUp() {
    pm = new PmRunner(repo);
  }

  private static void assertUserError(PmRunner.Result result, String says) {
    assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("pm: ")
        .contains(says)
        .doesNotContain("internal error")
        .doesNotContain("please report")
        .doesNotContain("\tat ");
    assertThat(result.err().lines()).as(result.err()).hasSize(1);
  }

  private void brokenTemplate() throws Exception {
    Path mine = repo.resolve("tpl/mine");
    Files.createDirectories(mine);
    Files.writeString(mine.resolve("schema.yaml"), "name: mine\nsections: [Summary]\n");
    // Line 7 of the file opens a section that is never closed.
    Files.writeString(
        mine.resolve("template.md"),
        "---\nid: x\ntitle: \"\"\n---\n# {{title}}\n\n{{#services}}\n## Summary\n\nWhat happened.\n");
    Files.writeString(repo.resolve(".pm.yaml"), "templatesDir: tpl\ntemplate: mine\n");
  }

  @Test
  void aTemplateWithBrokenMustacheIsAUserErrorNamingTheFile() throws Exception {
    brokenTemplate();
    PmRunner.Result result = pm.run("new", "Broken");
    assertUserError(result, "template.md:");
    assertThat(result.err())
        .contains(
            "tpl/mine/template.md:7:1: template is not valid Mustache: Section missing close tag")
        .doesNotContain("@ line");
    assertThat(Files.exists(repo.resolve("postmortems"))).isFalse();
  }

  @Test
  void lintWithABrokenRepositoryTemplateIsTheSameUserError() throws Exception {
    brokenTemplate();
    assertUserError(pm.run("lint"), "tpl/mine/template.md:");
  }

  @Test
  void aBrokenConfigurationNamesFileLineAndColumn() throws Exception {
    Files.writeString(repo.resolve(".pm.yaml"), "directory: postmortems\ndirectoyr: x\n");
    assertUserError(pm.run("lint"), ".pm.yaml:2:1: ");
  }

  @Test
  void aConfigurationYamlErrorNamesTheFileAndLineAndExitsAsAUserError() throws Exception {
    // Read by the YAML reader of pm's own files (dev.pm.yaml), not as a post-mortem's front matter:
    // the duplicate key is the configuration's error, with the configuration's exit code.
    Files.writeString(
        repo.resolve(".pm.yaml"), "directory: postmortems\nidPrefix: INC\ndirectory: other\n");
    PmRunner.Result result = pm.run("lint");
    assertUserError(result, ".pm.yaml:3:1: duplicate key \"directory\" (first at line 1)");
    assertThat(result.exitCode()).isEqualTo(dev.pm.error.UserError.CANNOT_RUN);
  }

  @Test
  void aConfigurationValueOfTheWrongKindNamesItsLineAndColumn() throws Exception {
    Files.writeString(repo.resolve(".pm.yaml"), "directory: postmortems\nidPrefix: [INC]\n");
    assertUserError(pm.run("new", "Title"), ".pm.yaml:2:11: \"idPrefix\" must be text, not a list");
  }

  @Test
  void explainKnowsTheInternalErrorRule() {
    PmRunner.Result result = pm.run("explain", "PM000");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("# PM000 internal-error");
  }

  @Test
  void aRealBugStillSaysInternalError() {
    var err = new java.io.StringWriter();
    int code = Main.handle(new IllegalStateException("boom"), new java.io.PrintWriter(err), false);
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .startsWith("pm: internal error: java.lang.IllegalStateException: boom");
  }

  @Test
  void aUserErrorCarriesItsPositionAndExitCode() {
    var err = new java.io.StringWriter();
    var error =
        new dev.pm.error.UserError(
            "a/b.yaml", new dev.pm.model.Location(3, 7), "bad value", ExitCodes.USAGE);
    int code = Main.handle(error, new java.io.PrintWriter(err), false);
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("pm: a/b.yaml:3:7: bad value" + System.lineSeparator());
  }
}
