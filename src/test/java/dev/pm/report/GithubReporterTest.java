package dev.pm.report;

import static dev.pm.report.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.lint.Diagnostic;
import dev.pm.lint.FileResult;
import dev.pm.lint.LintReport;
import dev.pm.lint.Severity;
import dev.pm.model.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GithubReporterTest {

  /** {@code ::command key=value,key=value::message}, as the Actions runner splits it. */
  private static final Pattern COMMAND = Pattern.compile("::(\\w+) ([^:]*)::(.*)");

  private final String out = render(new GithubReporter(), Fixtures.report());
  private final String[] lines = out.split("\n", -1);

  @Test
  void oneCommandPerDiagnosticThenSummary() {
    assertThat(out).endsWith("\n").doesNotContain("\r");
    assertThat(lines).hasSize(5);
    assertThat(lines[0]).startsWith("::warning ");
    assertThat(lines[1]).startsWith("::error ");
    assertThat(lines[2]).startsWith("::notice ");
    assertThat(lines[3]).isEqualTo("2 files checked: 1 error, 1 warning, 1 info");
    assertThat(lines[4]).isEmpty();
  }

  @Test
  void exactErrorLine() {
    assertThat(lines[1])
        .isEqualTo(
            "::error file=postmortems/2024-01-05 café outage.md,line=12,col=1,title=PM201 missing-section"
                + "::Missing required section \"Timeline\": add <h2> & fill 100%25, then%0Are-run");
  }

  @Test
  void commandsRoundTripThroughTheRunnersEscaping() {
    List<Diagnostic> diagnostics = Fixtures.report().diagnostics();
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      Matcher m = COMMAND.matcher(lines[i]);
      assertThat(m.matches()).as(lines[i]).isTrue();
      Map<String, String> props = properties(m.group(2));
      assertThat(props.keySet()).containsExactly("file", "line", "col", "title");
      assertThat(props.get("file")).isEqualTo(d.file());
      assertThat(props.get("line")).isEqualTo(Integer.toString(d.line()));
      assertThat(props.get("col")).isEqualTo(Integer.toString(d.column()));
      assertThat(props.get("title")).isEqualTo(d.rule().id() + " " + d.rule().name());
      assertThat(unescape(m.group(3))).isEqualTo(d.message());
    }
  }

  @Test
  void propertiesEscapeCommasAndColons() {
    String path = "odd, name: 100%\r\n.md";
    Diagnostic d =
        new Diagnostic(
            Fixtures.MISSING_SECTION, Severity.WARNING, path, new Location(2, 3), "a: b, c");
    String line =
        render(
                new GithubReporter(),
                new LintReport(List.of(new FileResult(path, "", List.of(d))), List.of()))
            .lines()
            .findFirst()
            .orElseThrow();
    assertThat(line)
        .isEqualTo(
            "::warning file=odd%2C name%3A 100%25%0D%0A.md,line=2,col=3,title=PM201 missing-section::a: b, c");
    Matcher m = COMMAND.matcher(line);
    assertThat(m.matches()).isTrue();
    assertThat(properties(m.group(2)).get("file")).isEqualTo(path);
  }

  @Test
  void cleanRunIsJustTheSummary() {
    assertThat(render(new GithubReporter(), Fixtures.clean("a.md", "b.md")))
        .isEqualTo("2 files checked: no problems\n");
  }

  private static Map<String, String> properties(String text) {
    Map<String, String> props = new LinkedHashMap<>();
    for (String pair : text.split(",", -1)) {
      int eq = pair.indexOf('=');
      props.put(pair.substring(0, eq), unescape(pair.substring(eq + 1)));
    }
    return props;
  }

  /** The runner's unescaping: {@code %25} last, so {@code %253A} stays {@code %3A}. */
  private static String unescape(String s) {
    return s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%");
  }
}
