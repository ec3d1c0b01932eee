package dev.pm.lint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pm.lint.BuiltInRules;
import dev.pm.lint.Linter;
import dev.pm.lint.RuleSettings;
import dev.pm.model.SourceFile;
import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import dev.pm.parse.SourceDecoder;
import dev.pm.read.SchemaResolver;
import dev.pm.template.TemplateCatalog;
import dev.pm.work.ParseWorkers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;

/**
 * Any document through {@code pm lint --fix} in memory: fixing must not throw, and must reach a
 * fixed point, so that fixing the result again changes nothing.
 *
 * <p>Regression inputs: {@code
 * src/test/resources/dev/pm/lint/fix/FixFuzzTestInputs/fixAnyDocument/}.
 */
class FixFuzzTest {

  private static final PostMortemParser PARSER = new PostMortemParser(HangGuardLimits.LIMITS);
  private static final FileFixer FIXER =
      new FileFixer(
          PARSER,
          new Linter(
              BuiltInRules.fileRules(),
              BuiltInRules.crossFileRules(),
              RuleSettings.DEFAULTS,
              new SchemaResolver(
                  TemplateCatalog.builtIn(),
                  Optional.empty(),
                  Map.of(),
                  Path.of("").toAbsolutePath())));
  private static final ParseWorkers WORKERS =
      new ParseWorkers(
          1, HangGuardLimits.LIMITS.parseTimeout().multipliedBy(FileFixer.MAX_PASSES * 4L));

  @AfterAll
  static void stopWorkers() {
    WORKERS.close();
  }

  @FuzzTest
  void fixAnyDocument(byte[] bytes) {
    SourceDecoder.Result decoded = SourceDecoder.decode(bytes);
    if (!decoded.ok() || SourceDecoder.encodingOf(bytes) != SourceDecoder.Encoding.UTF_8) {
      return; // never rewritten: FixRun refuses these before fixing
    }
    SourceFile source = new SourceFile(Path.of("fuzz.md"), "fuzz.md", decoded.text());
    String[] texts =
        WORKERS
            .map(
                List.of(source),
                s -> {
                  String once = FIXER.fix(s).text();
                  String twice = FIXER.fix(s.withText(once)).text();
                  return new String[] {once, twice};
                },
                s -> {
                  throw new AssertionError("fixing took too long");
                },
                (s, e) -> {
                  throw new AssertionError("crashed", e);
                })
            .get(0);

    assertThat(texts[1]).as("fixing the fixed text again").isEqualTo(texts[0]);
  }
}
