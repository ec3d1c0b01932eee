package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rule name pm prints, accepts or documents is one it knows. */
class RuleNamesTest {

  @TempDir Path repo;

  @Test
  void explainAndListRulesKnowTheInternalErrorRule() {
    PmRunner pm = new PmRunner(repo);
    var explain = pm.run("explain", "PM000");
    assertThat(explain.exitCode()).as(explain.err()).isZero();
    assertThat(explain.out()).startsWith("# PM000 internal-error");
    assertThat(pm.run("lint", "--list-rules").out())
        .contains("PM000  internal-error")
        .contains("PM002  unknown-rule-name");
  }

  @Test
  void aTypoInADisableDirectiveIsAWarningNamingIt() throws Exception {
    PmRunner pm = new PmRunner(repo);
    var created = pm.run("new", "Checkout down");
    Path file = repo.resolve(created.out().trim());
    Files.writeString(
        file, Files.readString(file) + "\n<!-- pm-lint-disable PM5O1 missing-section -->\n");
    var lint = pm.run("lint", file.toString());
    assertThat(lint.out())
        .contains("warning PM002 Unknown rule \"PM5O1\" in pm-lint-disable")
        .doesNotContain("\"missing-section\" in");
  }

  @Test
  void readmeNamesOnlyRealRules() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    Matcher names =
        Pattern.compile(
                "`<!-- pm-lint-[a-z-]+ ([^`]*?) -->`|`([a-z]+(?:-[a-z]+)+): (?:off|warning|error|info)`")
            .matcher(readme);
    int checked = 0;
    while (names.find()) {
      String list = names.group(1) != null ? names.group(1) : names.group(2);
      for (String name : list.split("[\\s,]+", -1)) {
        assertThat(dev.pm.lint.BuiltInRules.find(name))
            .as("README names rule %s", name)
            .isPresent();
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(4);
  }
}
