package dev.pm.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.io.InputFile;
import dev.pm.lint.BuiltInRules;
import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Linter;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.RuleSettings;
import dev.pm.lint.Severity;
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
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lint and stats agree by construction: every corpus file is linted (with every built-in rule and
 * one more that records the items the rules were given) and counted by stats, and every item stats
 * counts is one lint checks, with the same file, line and fields (as stats keep them), and the
 * other way round.
 */
class LintStatsAgreementTest {

  private static final Path CORPUS = Path.of("src/test/resources/corpus/real");

  @Test
  void everyItemStatsCountsIsOneLintChecks() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(CORPUS)) {
      files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    PostMortemParser parser = new PostMortemParser(HangGuardLimits.LIMITS);
    SchemaResolver resolver =
        new SchemaResolver(
            TemplateCatalog.builtIn(), Optional.empty(), Map.of(), Path.of("").toAbsolutePath());
    Set<String> linted = new ConcurrentSkipListSet<>();
    Rule recorder =
        new Rule() {
          @Override
          public RuleInfo info() {
            return RuleInfo.of(
                "PM999", "records-items", Severity.INFO, "Records the items rules check");
          }

          @Override
          public void check(LintContext context, Findings findings) {
            context
                .actionItems()
                .forEach(
                    i -> linted.add(key(context.doc().source().displayPath(), ItemRecord.of(i))));
          }
        };
    List<Rule> rules = new ArrayList<>(BuiltInRules.fileRules());
    rules.add(recorder);
    Linter linter =
        new Linter(rules, BuiltInRules.crossFileRules(), RuleSettings.DEFAULTS, resolver);
    for (Path file : files) {
      linter.check(parser.read(file, file.getFileName().toString()));
    }
    List<InputFile> inputs =
        files.stream().map(f -> new InputFile(f, f.getFileName().toString())).toList();
    Set<String> counted = new TreeSet<>();
    for (IncidentRecord record : StatsRun.run(inputs, parser, resolver, 2, skipped -> {})) {
      record.actionItems().forEach(i -> counted.add(key(record.file(), i)));
    }
    assertThat(counted).as("items stats counts").hasSizeGreaterThan(300);
    assertThat(new TreeSet<>(linted)).isEqualTo(counted);
  }

  /** The item as stats keep it: line, form, status and every field an output shows. */
  private static String key(String file, ItemRecord item) {
    return file + ":" + item;
  }
}
