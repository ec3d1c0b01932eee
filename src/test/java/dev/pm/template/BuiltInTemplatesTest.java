package dev.pm.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.cli.PmRunner;
import dev.pm.model.Block;
import dev.pm.model.Cell;
import dev.pm.model.PostMortem;
import dev.pm.model.SourceFile;
import dev.pm.model.Table;
import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each built-in template, written by the real {@code pm new}, has every section heading and every
 * table header of the seed it came from. Headings are compared by their normalised key, so the only
 * allowed differences are the H1 (which carries the incident title) and the repaired emoji.
 */
class BuiltInTemplatesTest {

  /** Copies of ../shared/seeds, kept in the repo so that a fresh clone tests the same. */
  private static final Path SEEDS = Path.of("src/test/resources/seeds");

  private static final PostMortemParser PARSER = new PostMortemParser(HangGuardLimits.LIMITS);

  @ParameterizedTest
  @CsvSource({
    "standard,000_15f67eddf435155a.txt,P2",
    "blameless,001_dbc97a517d905fd4.txt,P1",
    "sre,002_207c4d0952749864.txt,P0",
    "review,003_2e4e79680da59d55.txt,P3",
    "comprehensive,004_7be2315a3d57a856.txt,SEV-2"
  })
  void outputKeepsTheSeedsSectionsAndTables(
      String template, String seedFile, String severity, @TempDir Path repo) throws Exception {
    var result =
        new PmRunner(repo)
            .run(
                "new",
                "Checkout API returned 502s",
                "--template",
                template,
                "--severity",
                severity,
                "--date",
                "2026-03-14");
    assertThat(result.exitCode()).as(result.err()).isZero();
    Path written = repo.resolve(result.out().trim());
    PostMortem output = parse(written, Files.readString(written));
    Path seedPath = SEEDS.resolve(seedFile);
    PostMortem seed = parse(seedPath, Files.readString(seedPath));

    assertThat(headings(output).subList(1, headings(output).size()))
        .containsExactlyElementsOf(headings(seed).subList(1, headings(seed).size()));
    assertThat(tableHeaders(output)).containsExactlyElementsOf(tableHeaders(seed));

    var frontMatter = output.frontMatter().orElseThrow();
    assertThat(frontMatter.text("id")).contains("INC-2026-03-14-01");
    assertThat(frontMatter.text("template")).contains(template);
    assertThat(frontMatter.text("date")).contains("2026-03-14");
    assertThat(frontMatter.text("severity")).contains(severity);
    assertThat(output.title().orElseThrow().text()).contains("Checkout API returned 502s");
    assertThat(output.problems()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"review"})
  void reviewKeepsTheSeedsOwnFrontMatterKeys(String template, @TempDir Path repo) throws Exception {
    var result = new PmRunner(repo).run("new", "Login failures", "--template", template);
    Path written = repo.resolve(result.out().trim());
    var keys =
        parse(written, Files.readString(written)).frontMatter().orElseThrow().fields().keySet();
    assertThat(keys)
        .containsSubsequence("id", "title", "date", "severity", "status", "template")
        .contains(
            "incident_start_time",
            "incident_end_time",
            "incident_duration",
            "author",
            "reviewers",
            "version");
  }

  /**
   * Values the user types end up in headings, table cells and lines of their own; none may change
   * the document's shape (found by fuzzing: a title holding {@code |} split the metadata table).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      value = {
        "a | b;standard",
        "a | b;comprehensive",
        "a\\|b;standard",
        "<!-- open comment;review",
        "```;review",
        "# Heading;review",
        "===;review",
        "- bullet;review",
        "[ref]: https://x.example;review",
        "1. first;review",
        "| cell |;comprehensive"
      })
  void userValuesNeverChangeTheDocumentsShape(String value, String template, @TempDir Path repo)
      throws Exception {
    var plain =
        new PmRunner(repo)
            .run(
                "new",
                "Plain title",
                "--template",
                template,
                "--date",
                "2026-03-14",
                "--author",
                "Ann",
                "--service",
                "api");
    var hostile =
        new PmRunner(repo)
            .run(
                "new",
                "--template",
                template,
                "--date",
                "2026-03-15",
                "--author=" + value,
                "--service=" + value,
                "--",
                value);
    assertThat(hostile.exitCode()).as(hostile.err()).isZero();
    Path plainFile = repo.resolve(plain.out().trim());
    Path hostileFile = repo.resolve(hostile.out().trim());
    PostMortem expected = parse(plainFile, Files.readString(plainFile));
    PostMortem actual = parse(hostileFile, Files.readString(hostileFile));

    assertThat(headings(actual)).hasSameSizeAs(headings(expected));
    assertThat(headings(actual).subList(1, headings(actual).size()))
        .containsExactlyElementsOf(headings(expected).subList(1, headings(expected).size()));
    assertThat(tableShapes(actual)).containsExactlyElementsOf(tableShapes(expected));
    assertThat(actual.frontMatter().orElseThrow().text("title")).contains(value);
    if (template.equals("review")) {
      // The review template puts the title alone on a line, where a block could open.
      assertThat(Files.readString(hostileFile)).contains("\n" + MarkdownEscape.text(value) + "\n");
    }
  }

  private static PostMortem parse(Path path, String text) {
    return PARSER.parse(new SourceFile(path, path.toString(), text));
  }

  private static List<String> headings(PostMortem doc) {
    // Level 0 are bold labels read as headings (blameless's categories), not headings of the seed.
    return doc.sections().stream()
        .filter(s -> s.heading().level() > 0)
        .map(s -> s.heading().level() + " " + s.heading().key())
        .toList();
  }

  /** Each table's header texts followed by the number of cells in each of its rows. */
  private static List<String> tableShapes(PostMortem doc) {
    List<String> shapes = new ArrayList<>();
    for (Block block : doc.root().allBlocks()) {
      if (block instanceof Table t) {
        shapes.add(
            t.header().stream().map(Cell::text).toList()
                + " "
                + t.rows().stream().map(r -> r.cells().size()).toList());
      }
    }
    return shapes;
  }

  private static List<List<String>> tableHeaders(PostMortem doc) {
    List<List<String>> headers = new ArrayList<>();
    for (Block block : doc.root().allBlocks()) {
      if (block instanceof Table t) {
        headers.add(t.header().stream().map(Cell::text).toList());
      }
    }
    return headers;
  }
}
