package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What pm prints from a document or file name is escaped for where it goes: terminal and CI log
 * (controls made visible), CSV (formulas neutralised), Markdown (HTML and link targets encoded),
 * HTML (escaped by the template engine; the script's data kept inside its script). The post-mortem
 * is the standard fixture with hostile values put in its action items table.
 */
class OutputEscapingTest {

  static final String ESC = "\u001b";

  /**
   * Erases the real line, writes a fake "all clear", hides the rest; then OSC 52 (clipboard) and
   * OSC 0 (title).
   */
  static final String TERMINAL_ATTACK =
      ESC
          + "[2K"
          + ESC
          + "[1G"
          + ESC
          + "[32m1 file checked: no problems"
          + ESC
          + "[8m"
          + ESC
          + "]52;c;ZXZpbA==\u0007"
          + ESC
          + "]0;pwned\u0007";

  @TempDir Path repo;
  private PmRunner pm;
  private Path hostile;

  @BeforeEach
  void setUp() throws Exception {
    String text =
        Files.readString(Path.of("src/test/resources/stats/mixed/standard.md"))
            .replace(
                "| AI-01 | Alert on connection pool saturation above 80% | Prevention | bob | 2026-04-15 | Open |",
                "| AI-01 | Alert "
                    + TERMINAL_ATTACK
                    + " | Prevention | =HYPERLINK(\"http://evil.example\",\"x\") | 2026-04-15 | Open |")
            .replace("id: INC-2026-03-14-01", "id: \"<img src=x onerror=alert(1)>\"");
    Files.createDirectories(repo.resolve("postmortems"));
    hostile = repo.resolve("postmortems/x](javascript:alert(1)).md");
    Files.writeString(hostile, text);
    pm = new PmRunner(repo);
  }

  @Test
  void statsTableShowsControlsAsVisibleEscapes() {
    var result = pm.run("stats", "--as-of", "2026-06-01");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).doesNotContain(ESC).doesNotContain("\u0007").contains("\\e[2K");
  }

  @Test
  void csvNeutralisesFormulasUnlessRawIsAsked() {
    var result = pm.run("stats", "--format", "csv", "--as-of", "2026-06-01");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",")
        .doesNotContain(",\"=HYPERLINK");
    var raw = pm.run("stats", "--format", "csv", "--csv-raw", "--as-of", "2026-06-01");
    assertThat(raw.out()).contains(",\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",");
  }

  /**
   * CSV goes to a terminal as often as to a spreadsheet: an action's ESC sequences and BEL, and a
   * lone CR in a title (which returns to the start of the line to overwrite it), are visible
   * escapes, as in the text output; a line feed stays, quoted; {@code --csv-raw} keeps every byte.
   */
  @Test
  void csvShowsControlsAsVisibleEscapesUnlessRawIsAsked() throws Exception {
    Files.writeString(
        hostile,
        Files.readString(hostile)
            .replace("title: Checkout API returned 502s", "title: \"All clear\\rCheckout\\nAPI\""));
    var result = pm.run("stats", "--format", "csv", "--as-of", "2026-06-01");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .doesNotContain(ESC)
        .doesNotContain("\u0007")
        .doesNotContain("clear\r")
        .contains("\"All clear\\rCheckout\nAPI\"")
        .contains("Alert \\e[2K\\e[1G\\e[32m1 file checked");
    var raw = pm.run("stats", "--format", "csv", "--csv-raw", "--as-of", "2026-06-01");
    assertThat(raw.out())
        .contains("\"All clear\rCheckout\nAPI\"")
        .contains("Alert " + ESC + "[2K" + ESC + "[1G")
        .contains("\u0007");
  }

  @Test
  void markdownHasNoRawHtmlAndNoForgedLinks() {
    var result = pm.run("stats", "--format", "markdown", "--as-of", "2026-06-01");
    assertThat(result.exitCode()).as(result.err()).isZero();
    MutableDataSet options =
        new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    Document doc = Parser.builder(options).build().parse(result.out());
    String html = HtmlRenderer.builder(options).build().render(doc);
    assertThat(html).doesNotContain("<img").contains("&lt;img");
    List<String> urls = new ArrayList<>();
    doc.getDescendants()
        .forEach(
            n -> {
              if (n instanceof Link link) {
                urls.add(link.getUrl().toString());
              }
            });
    assertThat(urls)
        .isNotEmpty()
        .allSatisfy(
            u -> assertThat(u).startsWith("postmortems/").doesNotContain("(").doesNotContain(")"));
  }

  /**
   * A severity that tries to end the page's script ({@code </script>}), open an HTML comment that
   * would swallow the rest, and break a line inside a script string (U+2028), with a title and an
   * id that try to add elements: the HTML page escapes them all, and the chart data reads back as
   * written.
   */
  @Test
  void htmlEscapesEveryValueAndKeepsTheScriptDataInItsScript() throws Exception {
    String severity = "</script><script>alert(2)</script><!--\u2028\u2029&";
    Files.writeString(
        hostile,
        Files.readString(hostile)
            .replace(
                "severity: P2",
                "severity: \"</script><script>alert(2)</script><!--\\u2028\\u2029&\"")
            .replace(
                "title: Checkout API returned 502s", "title: \"<b onmouseover=alert(3)>t</b>\""));
    var result = pm.run("stats", "--format", "html", "--as-of", "2026-06-01", "--output", "r.html");
    assertThat(result.exitCode()).as(result.err()).isZero();
    String page = Files.readString(repo.resolve("r.html"));
    assertThat(page.split("</script>", -1)).as("only the page's own two scripts end").hasSize(3);
    assertThat(page)
        .doesNotContain("<img")
        .doesNotContain("<b ")
        .doesNotContain("<!--")
        .contains("&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;")
        .contains("&lt;b onmouseover&#x3D;alert(3)&gt;t&lt;/b&gt;")
        .contains("&lt;/script&gt;&lt;script&gt;alert(2)")
        .contains("href=\"postmortems/x%5D%28javascript%3Aalert%281%29%29.md#L");
    String open = "<script type=\"application/json\" id=\"chart-data\">";
    String data = page.substring(page.indexOf(open) + open.length(), page.indexOf("</script>"));
    assertThat(data).doesNotContain("<").doesNotContain("\u2028").doesNotContain("\u2029");
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(data);
    assertThat(json.get("severities").get(0).get("name").asText()).isEqualTo(severity);
    assertThat(json.get("incidents").get(0).get("severity").asText()).isEqualTo(severity);
  }

  @Test
  void lintTextEscapesControlsInMessagesAndPaths() throws Exception {
    Files.writeString(
        repo.resolve("postmortems/bad" + ESC + "[2K.md"),
        "---\nid: \"" + "\\e[2K" + "\"\n---\n# T\n");
    var result = pm.run("lint", "postmortems");
    assertThat(result.out()).doesNotContain(ESC).contains("bad\\e[2K.md");
  }

  @Test
  void skippedPathsCannotForgeWorkflowCommands() throws Exception {
    Path link =
        repo.resolve("postmortems/a\n::error file=x.md,line=1::forged\n::stop-commands::t\n.md");
    Files.createSymbolicLink(link, hostile);
    var text = pm.run("lint", "postmortems");
    assertThat(text.err().lines()).noneMatch(l -> l.startsWith("::"));
    assertThat(text.err()).contains("pm: skipped postmortems/a\\n::error");
    var github = pm.run("lint", "--format", "github", "postmortems");
    assertThat(github.err().lines())
        .noneMatch(l -> l.startsWith("::error") || l.startsWith("::stop-commands"));
    assertThat(github.err().lines())
        .anyMatch(l -> l.startsWith("::warning::pm: skipped postmortems/a%0A::error"));
  }

  @Test
  void fixedPathsCannotForgeWorkflowCommands() throws Exception {
    Path named =
        repo.resolve("postmortems/b\n::error file=x.md,line=1::forged\n::stop-commands::t\n.md");
    Files.copy(Path.of("src/test/resources/fix/spelling-and-dates.md"), named);
    var fixed = pm.run("lint", "--fix", "postmortems");
    assertThat(fixed.err().lines()).noneMatch(l -> l.startsWith("::"));
    assertThat(fixed.err()).contains("pm: fixed postmortems/b\\n::error");
  }

  @Test
  void indexEscapesTheSkippedPathsItPrints() throws Exception {
    Path link =
        repo.resolve("postmortems/a\n::error file=x.md,line=1::forged\n::stop-commands::t\n.md");
    Files.createSymbolicLink(link, hostile);
    var index = pm.run("index", "--check");
    assertThat(index.err().lines()).noneMatch(l -> l.startsWith("::"));
    assertThat(index.err()).contains("pm: skipped postmortems/a\\n::error");
  }
}
