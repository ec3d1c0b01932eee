package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The completion scripts offer values as the docs write them: formats, templates, rules. */
class CompletionCommandTest {

  @TempDir Path dir;

  @Test
  void bashOffersFormatsTemplatesAndRulesInTheDocumentedCase() {
    var result = new PmRunner(dir).run("completion", "bash");
    assertThat(result.exitCode()).isZero();
    String script = result.out();
    assertThat(script)
        .contains(
            "(\"text\" \"json\" \"sarif\" \"junit\" \"github\" \"gitlab\" \"markdown\") # --format values")
        .contains("(\"text=\" \"json=\" \"sarif=\"")
        .contains("(\"table\" \"markdown\" \"json\" \"csv\" \"html\") # --format values")
        .contains("(\"open\" \"in-progress\" \"done\" \"cancelled\") # --status values")
        .contains(
            "(\"standard\" \"blameless\" \"sre\" \"review\" \"comprehensive\") # --template values")
        .contains("\"PM201\" \"missing-section\"")
        .contains("(\"bash\" \"zsh\")")
        .doesNotContain("\"SARIF\"");
  }

  @Test
  void zshLoadsTheSameScriptThroughBashcompinit() {
    var result = new PmRunner(dir).run("completion", "zsh");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith(
            "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n")
        .contains("\"PM201\" \"missing-section\"");
  }
}
