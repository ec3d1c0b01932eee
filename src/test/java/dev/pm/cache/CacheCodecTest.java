package dev.pm.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.lint.BuiltInRules;
import dev.pm.lint.Linter;
import dev.pm.lint.RuleSettings;
import dev.pm.model.PostMortem;
import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import dev.pm.read.DocumentReader;
import dev.pm.read.SchemaResolver;
import dev.pm.stats.IncidentRecord;
import dev.pm.template.TemplateCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What lint and stats cache of every real post-mortem, and of the fix fixtures, comes back from
 * JSON equal to what was stored, record by record (records compare every field): a field the codec
 * dropped or could not rebuild fails here.
 */
class CacheCodecTest {

  private final CacheCodec codec = new CacheCodec();
  private final SchemaResolver resolver =
      new SchemaResolver(
          TemplateCatalog.load(Optional.empty()), Optional.empty(), Map.of(), Path.of("."));
  private final PostMortemParser parser = new PostMortemParser(HangGuardLimits.LIMITS);

  @Test
  void lintResultsAndStatsRecordsSurviveTheRoundTrip() throws IOException {
    Linter linter =
        new Linter(
                BuiltInRules.fileRules(),
                BuiltInRules.crossFileRules(),
                new RuleSettings(Map.of()),
                resolver)
            .asOf(java.time.LocalDate.of(2026, 4, 20));
    DocumentReader reader = new DocumentReader(resolver);
    int items = 0;
    int withTimes = 0;
    int fixes = 0;
    int diagnostics = 0;
    for (Path file :
        markdownUnder(
            Path.of("src/test/resources/corpus/real"), Path.of("src/test/resources/fix"))) {
      PostMortem doc = parser.read(file, file.toString());
      Linter.Checked checked = linter.check(doc);
      assertThat(codec.roundTrip(checked, Linter.Checked.class))
          .as(file.toString())
          .isEqualTo(checked);
      diagnostics += checked.result().diagnostics().size();
      fixes +=
          (int) checked.result().diagnostics().stream().filter(d -> d.fix().isPresent()).count();
      if (doc.isReadable()) {
        IncidentRecord record = IncidentRecord.of(reader.read(doc).reading());
        assertThat(codec.roundTrip(record, IncidentRecord.class))
            .as(file.toString())
            .isEqualTo(record);
        items += record.actionItems().size();
        withTimes += record.start().isPresent() && record.end().isPresent() ? 1 : 0;
      }
    }
    // The round trips above covered the parts that can be empty, not only empty ones.
    assertThat(items).isGreaterThan(400);
    assertThat(withTimes).isGreaterThan(5);
    assertThat(diagnostics).isGreaterThan(500);
    assertThat(fixes).isGreaterThan(10);
  }

  private static List<Path> markdownUnder(Path... folders) throws IOException {
    List<Path> all = new java.util.ArrayList<>();
    for (Path folder : folders) {
      try (var walk = Files.walk(folder)) {
        walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
            .sorted()
            .forEach(all::add);
      }
    }
    return all;
  }
}
