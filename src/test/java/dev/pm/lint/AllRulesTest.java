package dev.pm.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Meta-tests that keep the registry, the rule classes, their docs, their fixtures and the README in
 * step (checkstyle's AllChecksTest, markdownlint's readme test).
 */
class AllRulesTest {

  private static final Path RULE_SOURCES = Path.of("src/main/java/dev/pm/lint/rules");
  private static final Path RULE_DOCS = Path.of("src/main/resources/dev/pm/rules");
  private static final Path FIXTURES = Path.of("src/test/resources/lint");

  @Test
  void idsAndNamesAreUnique() {
    List<RuleInfo> all = BuiltInRules.all();
    assertThat(all).extracting(RuleInfo::id).doesNotHaveDuplicates();
    assertThat(all).extracting(RuleInfo::name).doesNotHaveDuplicates();
  }

  @Test
  void everyRuleClassIsRegistered() throws IOException {
    Set<String> registered = new HashSet<>();
    BuiltInRules.fileRules().forEach(r -> registered.add(r.getClass().getSimpleName()));
    BuiltInRules.crossFileRules().forEach(r -> registered.add(r.getClass().getSimpleName()));
    try (Stream<Path> files = Files.list(RULE_SOURCES)) {
      List<String> ruleClasses =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith("Rule.java"))
              .map(n -> n.replace(".java", ""))
              .toList();
      assertThat(registered).containsExactlyInAnyOrderElementsOf(ruleClasses);
    }
  }

  @Test
  void everyRuleHasADocPageThatStartsWithItsIdAndName() throws IOException {
    for (RuleInfo rule : BuiltInRules.all()) {
      Path doc = RULE_DOCS.resolve(rule.id().value() + ".md");
      assertThat(doc).as("doc page for %s", rule.id()).exists();
      List<String> lines = Files.readAllLines(doc);
      assertThat(lines.get(0)).isEqualTo("# " + rule.id() + " " + rule.name());
      assertThat(String.join("\n", lines))
          .contains(rule.summary())
          .contains("## Bad")
          .contains("## Good");
    }
  }

  @Test
  void everyRuleHasAFindingAndACleanFixtureAndEveryFixtureFolderARule() {
    assertThat(RuleCatalogChecks.fixtureFolders(BuiltInRules.all(), FIXTURES)).isEmpty();
  }

  @Test
  void everyRuleRelaxedInDraftsHasADraftFixture() {
    assertThat(RuleCatalogChecks.draftFixtures(BuiltInRules.all(), FIXTURES)).isEmpty();
  }

  @Test
  void everyRuleDocsExamplesAreItsFixturesAndTheFindingsItQuotesAreReal() throws IOException {
    List<String> drift = new java.util.ArrayList<>();
    // PM000 reports a bug in pm: no document can be written to trigger it on purpose.
    for (RuleInfo rule :
        BuiltInRules.all().stream()
            .filter(r -> !r.id().equals(Linter.INTERNAL_ERROR.id()))
            .toList()) {
      String doc = Files.readString(RULE_DOCS.resolve(rule.id().value() + ".md"));
      drift.addAll(
          RuleCatalogChecks.docExamples(
              rule, doc, FIXTURES.resolve(rule.id() + "-" + rule.name())));
    }
    assertThat(drift).isEmpty();
  }

  @Test
  void everyRegisteredRuleHasShortCasesThatFindAndThatPass() {
    List<Class<?>> classes =
        ShortCaseChecks.testClasses(Path.of("target/test-classes"), "dev.pm.lint.rules");
    assertThat(ShortCaseChecks.coverage(BuiltInRules.all(), ShortCaseChecks.runs(classes)))
        .isEmpty();
  }

  @Test
  void readmeRuleTableEqualsTheRegistryBothWays() throws IOException {
    assertThat(
            RuleCatalogChecks.readmeTable(
                Files.readString(Path.of("README.md")), BuiltInRules.all()))
        .isEmpty();
  }
}
