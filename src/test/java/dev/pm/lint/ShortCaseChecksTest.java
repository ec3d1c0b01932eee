package dev.pm.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.lint.rules.DueDateRule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The short-case meta-test fails on drift: a registered rule without cases, a rule whose cases all
 * find (or all pass), and a case that does not give what it marks are each caught.
 */
class ShortCaseChecksTest {

  private static final RuleTester PM403 = RuleTester.of(new DueDateRule()).schema("standard");
  private static final String ROW =
      """
      ## Action Items

      | ID | Action Item | Type | Owner | Due Date | Status |
      |----|-------------|------|-------|----------|--------|
      | AI-02 | Review changes | Process | carol | 2026/4/30 | Open |
      """;
  private static final RuleInfo RETIRED =
      RuleInfo.of("PM999", "never-tested", Severity.WARNING, "A rule added without cases");

  private static RuleInfo pm403() {
    return BuiltInRules.find("PM403").orElseThrow();
  }

  /**
   * Finds only: no case in which PM403 passes. (A nested class that is no {@code @Nested} one, so
   * JUnit runs it only when the meta-test asks for it.)
   */
  static final class OnlyFinds {
    @Test
    void finds() {
      PM403.check(ROW + "!! @46 PM403\n");
    }
  }

  /** Passes only, and one case whose marker is wrong, which must not count as a finding case. */
  static final class PassesAndMisses {
    @Test
    void passes() {
      PM403.check(ROW.replace("2026/4/30", "2026-04-30"));
    }

    @Test
    void marksTheWrongColumn() {
      PM403.check(ROW + "!! @45 PM403\n");
    }
  }

  /** Its only finding case and its only passing case are the cases of parameterized tests. */
  static final class Parameterized {
    @ParameterizedTest
    @ValueSource(strings = {"2026/4/30", "2026/5/1"})
    void finds(String due) {
      PM403.check(ROW.replace("2026/4/30", due) + "!! @46 PM403\n");
    }

    @ParameterizedTest
    @CsvSource({"2026-04-30", "2026-05-01"})
    void passes(String due) {
      PM403.check(ROW.replace("2026/4/30", due));
    }
  }

  @Test
  void casesOfParameterizedTestsCount() {
    List<RuleTester.Run> runs = ShortCaseChecks.runs(List.of(Parameterized.class));
    assertThat(runs).hasSize(4);
    assertThat(ShortCaseChecks.coverage(List.of(pm403()), runs)).isEmpty();
  }

  @Test
  void aRegisteredRuleWithNoCasesIsNamed() {
    List<RuleTester.Run> runs =
        ShortCaseChecks.runs(List.of(OnlyFinds.class, PassesAndMisses.class));
    List<RuleInfo> registry = new ArrayList<>(List.of(pm403(), RETIRED));
    assertThat(ShortCaseChecks.coverage(registry, runs))
        .containsExactly(
            "PM999 has no short case (RuleTester) in which it finds",
            "PM999 has no short case (RuleTester) that it passes");
  }

  @Test
  void aRuleWhoseCasesOnlyFindOrOnlyPassIsNamed() {
    assertThat(
            ShortCaseChecks.coverage(
                List.of(pm403()), ShortCaseChecks.runs(List.of(OnlyFinds.class))))
        .containsExactly("PM403 has no short case (RuleTester) that it passes");
    assertThat(
            ShortCaseChecks.coverage(
                List.of(pm403()), ShortCaseChecks.runs(List.of(PassesAndMisses.class))))
        .containsExactly("PM403 has no short case (RuleTester) in which it finds");
  }

  @Test
  void internalErrorNeedsNoCase() {
    assertThat(ShortCaseChecks.coverage(List.of(Linter.INTERNAL_ERROR), List.of())).isEmpty();
  }
}
