package dev.pm.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pm.model.Location;
import dev.pm.model.ParseProblem;
import dev.pm.model.PostMortem;
import dev.pm.model.SourceFile;
import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import dev.pm.parse.SourceDecoder;
import dev.pm.read.SchemaResolver;
import dev.pm.report.ReportFormat;
import dev.pm.template.TemplateCatalog;
import dev.pm.work.ParseWorkers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;

/**
 * Any bytes through the whole lint path as {@code pm lint} runs it: decode, parse on a worker with
 * a large stack and a time limit, build the model, run every rule, then write every report format.
 * A crash, a timeout or an internal-error diagnostic is a finding.
 *
 * <p>Regression inputs (seeds and every past finding) live in {@code
 * src/test/resources/dev/pm/lint/LintPathFuzzTestInputs/lintAnyBytes/} and run in every build;
 * {@code JAZZER_FUZZ=1} fuzzes for real (see README, Robustness).
 */
class LintPathFuzzTest {

  private static final PostMortemParser PARSER = new PostMortemParser(HangGuardLimits.LIMITS);
  private static final Linter LINTER =
      new Linter(
          BuiltInRules.fileRules(),
          BuiltInRules.crossFileRules(),
          RuleSettings.DEFAULTS,
          new SchemaResolver(
              TemplateCatalog.builtIn(), Optional.empty(), Map.of(), Path.of("").toAbsolutePath()));
  private static final ParseWorkers WORKERS =
      new ParseWorkers(1, HangGuardLimits.LIMITS.parseTimeout());

  @AfterAll
  static void stopWorkers() {
    WORKERS.close();
  }

  @FuzzTest
  void lintAnyBytes(byte[] bytes) {
    Linter.Checked checked =
        WORKERS
            .map(
                List.of(bytes),
                LintPathFuzzTest::lint,
                b -> {
                  throw new AssertionError(
                      "parse and lint took longer than " + HangGuardLimits.LIMITS.parseTimeout());
                },
                (b, e) -> {
                  throw new AssertionError("crashed", e);
                })
            .get(0);

    assertThat(checked.result().diagnostics())
        .noneMatch(d -> d.rule().equals(Linter.INTERNAL_ERROR))
        .allSatisfy(
            d -> {
              assertThat(d.at().line()).isPositive();
              assertThat(d.at().column()).isPositive();
              assertThat(d.message()).isNotBlank();
            });
    LintReport report = LINTER.report(List.of(checked, checked));
    for (ReportFormat format : ReportFormat.values()) {
      StringWriter text = new StringWriter();
      format.reporter("fuzz").write(report, new PrintWriter(text));
      assertThat(text.toString()).as(format.name()).isNotEmpty();
    }
  }

  private static Linter.Checked lint(byte[] bytes) {
    SourceDecoder.Result decoded = SourceDecoder.decode(bytes);
    PostMortem doc =
        decoded.ok()
            ? PARSER.parse(new SourceFile(Path.of("fuzz.md"), "fuzz.md", decoded.text()))
            : PostMortem.unreadable(
                new SourceFile(Path.of("fuzz.md"), "fuzz.md", ""),
                new ParseProblem(
                    ParseProblem.Kind.UNREADABLE,
                    new Location(decoded.errorLine(), decoded.errorColumn()),
                    decoded.error()));
    return LINTER.check(doc);
  }
}
