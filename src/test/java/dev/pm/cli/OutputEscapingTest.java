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
 * (controls made visible), CSV (formulas neutralised), Markdown (HTML and link targets encoded).
 * The post-mortem is the standard fixture with hostile values put in its action items table.
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
}
