package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Severity policies (PM701) through the real {@code pm lint} on the fixture files. */
class PolicyCommandTest {

  @TempDir Path dir;
  private PmRunner pm;

  @BeforeEach
  void copyFixtures() throws IOException {
    Fixtures.copyFiles(Path.of("src/test/resources/lint/PM701-policy"), dir);
    pm = new PmRunner(dir);
  }

  private static List<String> policyLines(PmRunner.Result r) {
    return r.out().lines().filter(l -> l.contains(" PM701 ")).toList();
  }

  @Test
  void theIssuesExampleGivesOneFindingPerUnmetRequirement() {
    PmRunner.Result r =
        pm.run("lint", "--schema", "schema.yaml", "bad-sev1.md", "good-sev1.md", "good-sev3.md");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(policyLines(r))
        .containsExactly(
            "bad-sev1.md:5:11: error PM701 Policy \"sev1-prevention\" requires a \"Prevention\" action item due within 30 days"
                + " of the incident date (applies because severity is SEV-1) [policy]",
            "bad-sev1.md:5:11: error PM701 Policy \"sev1-prevention\" requires a section \"Customer Impact\""
                + " (applies because severity is SEV-1) [policy]");
  }

  @Test
  void finalWithinDaysIsMeasuredAsOfTheGivenDate() {
    PmRunner.Result before =
        pm.run("lint", "--schema", "schema.yaml", "--as-of", "2026-02-15", "bad-payments-sev2.md");
    assertThat(policyLines(before)).noneMatch(l -> l.contains("final status"));
    PmRunner.Result after =
        pm.run("lint", "--schema", "schema.yaml", "--as-of", "2026-02-16", "bad-payments-sev2.md");
    assertThat(policyLines(after))
        .anyMatch(
            l ->
                l.contains(
                    "requires a final status within 14 days of the incident date (by 2026-02-15"));
  }

  @Test
  void onePolicyIsTurnedOffByItsIdInConfiguration() throws IOException {
    Files.writeString(dir.resolve(".pm.yaml"), "rules:\n  \"policy:sev1-prevention\": off\n");
    PmRunner.Result r =
        pm.run("lint", "--schema", "schema.yaml", "bad-sev1.md", "bad-payments-sev2.md");
    assertThat(policyLines(r)).isNotEmpty().allMatch(l -> l.contains("reviewed-since-2026"));
    assertThat(
            pm.run("lint", "--schema", "schema.yaml", "--rule", "PM701=off", "bad-sev1.md").out())
        .doesNotContain("PM701");
  }

  @Test
  void builtInTemplatesShipAPolicyForTheirWorstSeverity() throws IOException {
    String clean = Files.readString(Path.of("src/test/resources/lint/clean/standard.md"));
    Files.writeString(
        dir.resolve("p1.md"), clean.replaceFirst("(?m)^severity: .*$", "severity: P1"));
    PmRunner.Result r = pm.run("lint", "p1.md");
    assertThat(policyLines(r))
        .containsExactly(
            "p1.md:5:11: error PM701 Policy \"standard-p1\" requires a \"Prevention\" action item due within 30 days of the"
                + " incident date (applies because severity is P1) [policy]");
    assertThat(pm.run("lint", "--rule", "policy:standard-p1=off", "p1.md").out())
        .doesNotContain("PM701");
  }

  @Test
  void aMalformedPolicyIsAConfigurationErrorWithItsPosition() throws IOException {
    Files.writeString(
        dir.resolve("broken.yaml"),
        """
        name: broken
        policies:
          - id: p
            when: {date: {since: 2026-01-01}}
            require: {sections: [Impact]}
        """);
    PmRunner.Result r = pm.run("lint", "--schema", "broken.yaml", "good-sev1.md");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("broken.yaml:4:").contains("unknown comparison \"since\"");
  }
}
