package dev.pm.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.FrontMatter;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Location;
import dev.pm.model.ParseProblem;
import dev.pm.model.Table;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostMortemParserTest {

  @Test
  void buildsSectionsTablesAndListsWithPositions() {
    var doc =
        ParserTestSupport.parse(
            """
        ---
        id: INC-1
        ---
        # Title

        ## 7. Action Items

        | ID | Action | Status |
        |----|--------|--------|
        | A1 | **Fix** it | [ ] TODO |

        - [x] done thing
        - [ ] open thing @bob
        """);
    assertThat(doc.frontMatter()).get().extracting(FrontMatter::endLine).isEqualTo(3);
    assertThat(doc.sections())
        .extracting(s -> s.heading().key())
        .containsExactly("title", "action items");
    var section = doc.sections().get(1);
    Table table = (Table) section.blocks().get(0);
    assertThat(table.at()).isEqualTo(new Location(8, 1));
    assertThat(table.rows().get(0).cells())
        .extracting(c -> c.text())
        .containsExactly("A1", "Fix it", "TODO");
    assertThat(table.rows().get(0).cells().get(2).markdown()).isEqualTo("[ ] TODO");
    assertThat(table.rows().get(0).cells().get(1).at()).isEqualTo(new Location(10, 8));
    ListBlock list = (ListBlock) section.blocks().get(1);
    assertThat(list.items())
        .extracting(ListItem::task)
        .containsExactly(ListItem.TaskState.DONE, ListItem.TaskState.OPEN);
    assertThat(list.items().get(1).at()).isEqualTo(new Location(13, 1));
  }

  /**
   * Cells split as GitHub splits them (GFM tables extension): on every pipe no backslash escapes,
   * inside a code span or a link's text too. flexmark kept these as one cell each.
   */
  @Test
  void tableCellsSplitOnPipesInsideCodeSpansAndLinksAsGitHubDoes() {
    var doc =
        ParserTestSupport.parse(
            """
        # T

        | a | b |
        |---|---|
        | [e | f] |
        | `c | d` |
        | `c \\| d` | **x** |
        | [link](https://example.com/a) | `g | h` |
        """);
    Table table = (Table) doc.sections().get(0).blocks().get(0);
    assertThat(table.rows().get(0).cells()).extracting(c -> c.text()).containsExactly("[e", "f]");
    assertThat(table.rows().get(0).cells())
        .extracting(c -> c.markdown())
        .containsExactly("[e", "f]");
    assertThat(table.rows().get(0).cells().get(1).at()).isEqualTo(new Location(5, 8));
    assertThat(table.rows().get(1).cells()).extracting(c -> c.text()).containsExactly("`c", "d`");
    // An escaped pipe stays in its cell, and a row GitHub and flexmark agree on reads as before.
    assertThat(table.rows().get(2).cells())
        .extracting(c -> c.text())
        .containsExactly("c \\| d", "x");
    var mixed = table.rows().get(3).cells();
    assertThat(mixed).extracting(c -> c.text()).containsExactly("link", "`g", "h`");
    assertThat(mixed.get(0).links()).containsExactly("https://example.com/a");
  }

  @Test
  void crlfTableRowsAreNotSplitAgain() {
    var doc = ParserTestSupport.parse("# T\r\n\r\n| a | b |\r\n|---|---|\r\n| `c` | d |\r\n");
    Table table = (Table) doc.sections().get(0).blocks().get(0);
    assertThat(table.rows().get(0).cells()).extracting(c -> c.text()).containsExactly("c", "d");
    assertThat(table.rows().get(0).cells().get(1).at()).isEqualTo(new Location(5, 9));
  }

  @Test
  void linesStayRightWithCrlfAndLoneCr() {
    var crlf = ParserTestSupport.parse("---\r\nid: x\r\n---\r\n# A\r\n\r\n## B\r\n");
    assertThat(crlf.sections().get(1).heading().at()).isEqualTo(new Location(6, 1));
    var cr = ParserTestSupport.parse("# A\r\r## B\r");
    assertThat(cr.sections().get(1).heading().at()).isEqualTo(new Location(3, 1));
  }

  @Test
  void unclosedFrontMatterIsAProblemNotACrash() {
    var doc = ParserTestSupport.parse("---\nid: x\n# Title\n");
    assertThat(doc.problems())
        .extracting(ParseProblem::message)
        .anyMatch(m -> m.contains("never closed"));
  }

  @Test
  void aRuleOpeningTheFileBeforeTheTitleIsMarkdownNotFrontMatter() {
    // "---", a blank line, the title and sections, then a rule: a person reads a document here
    var doc =
        ParserTestSupport.parse(
            "---\n\n# Disk full\n\n**Severity:** P2\n\n## Prevention\n\n- Add a disk alert\n\n---\n");
    assertThat(doc.frontMatter()).isEmpty();
    assertThat(doc.problems()).isEmpty();
    assertThat(doc.sections()).extracting(s -> s.heading().text()).contains("Prevention");
  }

  @Test
  void proseBetweenTwoRulesOpeningTheFileIsMarkdownNotFrontMatter() {
    // "---", a sentence, "---": no line of it is a YAML key, item or comment, so it is a rule and a
    // setext heading to a reader, not front matter that lost the sentence to one PM102.
    var doc =
        ParserTestSupport.parse(
            """
            ---
            Checkout was down for 40 minutes after a pool resize.
            ---
            # Outage

            ## Timeline

            14:02 alert.
            """);
    assertThat(doc.frontMatter()).isEmpty();
    assertThat(doc.problems()).isEmpty();
    assertThat(doc.sections())
        .extracting(s -> s.heading().text())
        .contains("Checkout was down for 40 minutes after a pool resize.", "Timeline");
  }

  @Test
  void oneLineOfBrokenYamlIsStillAProblem() {
    var doc = ParserTestSupport.parse("---\ntitle: \"Outage\n---\n# Outage\n");
    assertThat(doc.frontMatter()).isPresent();
    assertThat(doc.problems()).isNotEmpty();
  }

  @Test
  void invalidFrontMatterThatHoldsNoDocumentIsStillAProblem() {
    var doc = ParserTestSupport.parse("---\nid: [x\n---\n# Title\n");
    assertThat(doc.frontMatter()).isPresent();
    assertThat(doc.problems()).isNotEmpty();
  }

  @Test
  void tomlFrontMatterIsRecognised() {
    var doc = ParserTestSupport.parse("+++\ntitle = \"x\"\n+++\n# T\n");
    assertThat(doc.frontMatter())
        .get()
        .extracting(FrontMatter::syntax)
        .isEqualTo(FrontMatter.Syntax.TOML);
    assertThat(doc.sections()).hasSize(1);
  }

  @Test
  void boldLabelFollowedByListIsALevelZeroSection() {
    var doc =
        ParserTestSupport.parse(
            "## Categorized Actions\n\n**Prevention** (Stop it happening)\n- [ ] Add alert\n");
    assertThat(doc.sections())
        .extracting(s -> s.heading().level() + ":" + s.heading().key())
        .containsExactly("2:categorized actions", "0:prevention");
  }

  @Test
  void thousandsOfStarsDoNotOverflowOnALargeStack() {
    var doc = ParserTestSupport.parse("*".repeat(3454));
    assertThat(doc.isReadable()).isTrue();
  }

  @Test
  void invalidUtf8IsReportedWithItsLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.md");
    byte[] bytes = "# ok\nline two \u00e9\n".getBytes(StandardCharsets.UTF_8);
    byte[] broken = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, broken, 0, bytes.length);
    broken[bytes.length - 2] = (byte) 0xC3;
    broken[bytes.length - 1] = (byte) 0x28;
    broken[bytes.length] = '\n';
    Files.write(file, broken);
    var doc = ParserTestSupport.PARSER.read(file, "bad.md");
    assertThat(doc.isReadable()).isFalse();
    assertThat(doc.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.at().line()).isEqualTo(2);
              assertThat(p.message()).contains("not valid UTF-8");
            });
  }

  @Test
  void utf16WithBomIsDecoded(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("u16.md");
    byte[] body = "# Hello\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Files.write(file, bytes);
    assertThat(ParserTestSupport.PARSER.read(file, "u16.md").sections())
        .extracting(s -> s.heading().text())
        .containsExactly("Hello");
  }

  @Test
  void oversizedFilesAreNotParsed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.md");
    Files.writeString(file, "x".repeat(2048));
    var parser = new PostMortemParser(new ParseLimits(1024, 1024, java.time.Duration.ofSeconds(5)));
    assertThat(parser.read(file, "big.md").problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("2048 bytes").contains("limit is 1024"));
  }

  @Test
  void aQuadraticInputStopsAtTheTimeLimitInsteadOfRunningOn() {
    var parser =
        new PostMortemParser(new ParseLimits(1 << 20, 1 << 16, java.time.Duration.ofMillis(300)));
    // Without the limit this input runs for hours: that the call returns with the timeout problem
    // is the outcome (a wall-clock bound here measured the machine's load, issue 19).
    var doc =
        parser.parse(
            new dev.pm.model.SourceFile(
                Path.of("slow.md"), "slow.md", "[a][" + "\\".repeat(40) + "\n"));
    assertThat(doc.isReadable()).isFalse();
    assertThat(doc.problems().get(0).message()).contains("parsing took longer than 0.3 s");
  }
}
