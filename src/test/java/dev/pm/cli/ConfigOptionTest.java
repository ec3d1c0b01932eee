package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --config FILE} (the ConfigOption mixin) is read instead of the nearest .pm.yaml. */
class ConfigOptionTest {

  @TempDir Path repo;

  @Test
  void templatesIndexAndRenumberReadTheGivenFile() throws Exception {
    Files.writeString(repo.resolve(".pm.yaml"), "template: standard\n");
    Files.writeString(repo.resolve("other.yaml"), "template: sre\ndirectory: incidents\n");
    PmRunner pm = new PmRunner(repo);

    assertThat(pm.run("templates").out().lines().filter(l -> l.endsWith("(default)")))
        .singleElement()
        .asString()
        .startsWith("standard ");
    assertThat(
            pm.run("templates", "--config", "other.yaml")
                .out()
                .lines()
                .filter(l -> l.endsWith("(default)")))
        .singleElement()
        .asString()
        .startsWith("sre ");

    PmRunner.Result index = pm.run("index", "--check", "--config", "other.yaml");
    assertThat(index.exitCode()).isEqualTo(2);
    assertThat(index.err()).contains("incidents");

    PmRunner.Result renumber =
        pm.run("renumber", "INC-2026-03-14-01", "INC-2026-03-14-02", "--config", "other.yaml");
    assertThat(renumber.exitCode()).isEqualTo(2);
    assertThat(renumber.err()).startsWith("pm: ").doesNotContain("internal error");
  }
}
