package dev.pm.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meta-tests' checks fail on drift: each is run on a doctored copy of the real README, doc,
 * registry or fixture tree, so none of {@code AllRulesTest}'s sync tests can pass vacuously.
 */
class RuleCatalogChecksTest {

  private static final Path FIXTURES = Path.of("src/test/resources/lint");
  private static final Path DOCS = Path.of("src/main/resources/dev/pm/rules");

  @TempDir Path copy;

  private static RuleInfo rule(String id) {
    return BuiltInRules.find(id).orElseThrow();
  }

  @Test
  void readmeCheckPassesOnTheRealReadme() throws IOException {
    assertThat(
            RuleCatalogChecks.readmeTable(
                Files.readString(Path.of("README.md")), BuiltInRules.all()))
        .isEmpty();
  }

  @Test
  void readmeCheckFindsAChangedSummaryDefaultOrDraftColumn() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String row = RuleCatalogChecks.readmeRow(rule("PM204"));
    assertThat(readme).contains(row);
    assertThat(
            RuleCatalogChecks.readmeTable(
                readme.replace(row, row.replace("| warning |", "| |")), BuiltInRules.all()))
        .singleElement()
        .asString()
        .contains("PM204");
    assertThat(
            RuleCatalogChecks.readmeTable(
                readme.replace(row, row.replace("A required section", "A section")),
                BuiltInRules.all()))
        .singleElement()
        .asString()
        .contains("PM204");
    assertThat(
            RuleCatalogChecks.readmeTable(
                readme.replace(row, row.replace("| error |", "| warning |")), BuiltInRules.all()))
        .singleElement()
        .asString()
        .contains("PM204");
  }

  @Test
  void readmeCheckFindsARuleMissingFromEitherSide() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String row = RuleCatalogChecks.readmeRow(rule("PM603"));
    assertThat(RuleCatalogChecks.readmeTable(readme.replace(row + "\n", ""), BuiltInRules.all()))
        .singleElement()
        .asString()
        .contains("README has no row for PM603");
    List<RuleInfo> withoutPm603 =
        BuiltInRules.all().stream().filter(r -> !r.id().value().equals("PM603")).toList();
    assertThat(RuleCatalogChecks.readmeTable(readme, withoutPm603))
        .singleElement()
        .asString()
        .contains("README lists PM603, which the registry does not have");
  }

  @Test
  void docCheckPassesOnARealDoc() throws IOException {
    assertThat(
            RuleCatalogChecks.docExamples(
                rule("PM103"),
                Files.readString(DOCS.resolve("PM103.md")),
                FIXTURES.resolve("PM103-missing-field")))
        .isEmpty();
  }

  @Test
  void docCheckFindsAQuotedFindingTheRuleNoLongerGives() throws IOException {
    // The drift issue 19 found: PM103.md quoted the message from before "(the body states it)".
    String doc = Files.readString(DOCS.resolve("PM103.md")).replace(" (the body states it)", "");
    assertThat(
            RuleCatalogChecks.docExamples(
                rule("PM103"), doc, FIXTURES.resolve("PM103-missing-field")))
        .singleElement()
        .asString()
        .contains("does not give");
  }

  @Test
  void docCheckFindsAnExampleThatIsNotTheFixtureAndAMissingQuote() throws IOException {
    String doc = Files.readString(DOCS.resolve("PM303.md"));
    Path folder = FIXTURES.resolve("PM303-ragged-row");
    String quote =
        doc.lines().filter(l -> l.startsWith("`bad-ragged.md:")).findFirst().orElseThrow();
    assertThat(RuleCatalogChecks.docExamples(rule("PM303"), doc.replace(quote, ""), folder))
        .anySatisfy(d -> assertThat(d).contains("quotes no finding"));
    String badBlock = doc.substring(doc.indexOf("```markdown\n", doc.indexOf("## Bad")) + 12);
    String firstLine = badBlock.substring(0, badBlock.indexOf('\n'));
    assertThat(
            RuleCatalogChecks.docExamples(
                rule("PM303"), doc.replace(firstLine, firstLine + " (edited)"), folder))
        .anySatisfy(d -> assertThat(d).contains("is not an excerpt"));
  }

  @Test
  void draftCheckFindsARelaxedRuleWithoutADraftFixture() throws IOException {
    copyFixtures();
    assertThat(RuleCatalogChecks.draftFixtures(BuiltInRules.all(), copy)).isEmpty();
    Files.delete(copy.resolve("PM503-empty-row/draft-empty-row.expected"));
    assertThat(RuleCatalogChecks.draftFixtures(BuiltInRules.all(), copy))
        .singleElement()
        .asString()
        .startsWith("PM503 is relaxed in drafts");
  }

  @Test
  void folderCheckFindsAnOrphanFolderAMissingFolderAndAOneSidedFolder() throws IOException {
    copyFixtures();
    assertThat(RuleCatalogChecks.fixtureFolders(BuiltInRules.all(), copy)).isEmpty();
    Files.createDirectories(copy.resolve("PM999-retired"));
    Files.move(copy.resolve("PM203-duplicate-section"), copy.resolve("PM203-duplicate-heading"));
    Files.delete(copy.resolve("PM303-ragged-row/good.expected"));
    assertThat(RuleCatalogChecks.fixtureFolders(BuiltInRules.all(), copy))
        .containsExactlyInAnyOrder(
            "PM203 has no fixture folder " + copy.resolve("PM203-duplicate-section"),
            "PM303-ragged-row has no fixture that PM303 passes",
            "fixture folder PM203-duplicate-heading belongs to no rule",
            "fixture folder PM999-retired belongs to no rule");
  }

  /** The fixture tree's folders and .expected files (the checks above read no Markdown). */
  private void copyFixtures() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(FIXTURES)) {
      all.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".expected"))
          .forEach(files::add);
    }
    for (Path p : files) {
      Path target = copy.resolve(FIXTURES.relativize(p).toString());
      if (Files.isDirectory(p)) {
        Files.createDirectories(target);
      } else {
        Files.copy(p, target);
      }
    }
  }
}
