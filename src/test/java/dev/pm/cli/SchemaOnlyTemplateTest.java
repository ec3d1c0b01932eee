package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pm new --template} for a template that has a schema and no template.md. */
class SchemaOnlyTemplateTest {

  private static final Path FIXTURES = Path.of("src/test/resources/templates/schema-only");

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void setUp() throws Exception {
    Fixtures.copyFiles(FIXTURES.resolve("incident"), repo.resolve(".pm/templates/incident"));
    Fixtures.copyFiles(FIXTURES.resolve("empty"), repo.resolve(".pm/templates/empty"));
    Files.writeString(repo.resolve(".pm.yaml"), "templatesDir: .pm/templates\n");
    pm = new PmRunner(repo);
  }

  @Test
  void writesTheRequiredSectionsAsHeadingsAndSaysSo() throws Exception {
    var created = pm.run("new", "Queue backlog", "--template", "incident");
    assertThat(created.exitCode()).as(created.err()).isZero();
    String text = Files.readString(repo.resolve(created.out().trim()));
    assertThat(text).contains("severity: P3").contains("status: Draft");
    assertThat(text)
        .contains("\n## Summary\n")
        .contains("\n## Timeline\n")
        .contains("| Time | Event |")
        .contains("\n## Analysis\n")
        .contains("\n### Root Cause\n");
    assertThat(text)
        .doesNotContain("Appendix")
        .doesNotContain("Contributing Factors")
        .doesNotContain("Notes");
    assertThat(created.err()).contains("template \"incident\" has no template.md");

    var lint = pm.run("lint");
    assertThat(lint.out()).doesNotContain("PM201");
  }

  @Test
  void refusesATemplateWithNothingToWrite() {
    var created = pm.run("new", "Queue backlog", "--template", "empty");
    assertThat(created.exitCode()).isEqualTo(2);
    assertThat(created.err())
        .contains("template \"empty\" has no template.md")
        .contains("requires no sections");
    assertThat(repo.resolve("postmortems")).doesNotExist();
  }
}
