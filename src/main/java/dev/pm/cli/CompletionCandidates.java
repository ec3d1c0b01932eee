package dev.pm.cli;

import dev.pm.lint.BuiltInRules;
import dev.pm.lint.RuleInfo;
import dev.pm.report.ReportFormat;
import dev.pm.stats.GroupBy;
import dev.pm.stats.StatsFormat;
import dev.pm.template.TemplateCatalog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The values shell completion offers (and {@code ${COMPLETION-CANDIDATES}} lists in help), in the
 * case the documentation writes them: picocli would otherwise offer enum constants as declared
 * ({@code SARIF}), and nothing at all for template and rule names.
 */
final class CompletionCandidates {

  private CompletionCandidates() {}

  private static List<String> lowerCase(Enum<?>[] values) {
    return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
  }

  /** {@code pm lint --format} and {@code --report FORMAT=}. */
  static final class LintFormats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return lowerCase(ReportFormat.values()).iterator();
    }
  }

  /** {@code pm lint --report FORMAT=FILE}: the format and its equals sign. */
  static final class ReportTargets implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return lowerCase(ReportFormat.values()).stream().map(f -> f + "=").iterator();
    }
  }

  /** {@code pm stats --status}, as the docs and the converter write them. */
  static final class Statuses implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("open", "in-progress", "done", "cancelled").iterator();
    }
  }

  /** {@code pm stats --group-by}. */
  static final class GroupFields implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(GroupBy.values()).map(GroupBy::wireName).iterator();
    }
  }

  /** {@code pm stats --format}. */
  static final class StatsFormats implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return lowerCase(StatsFormat.values()).iterator();
    }
  }

  /** {@code pm completion SHELL}. */
  static final class Shells implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return lowerCase(CompletionCommand.Shell.values()).iterator();
    }
  }

  /** The built-in templates (a completion script is written once, before any .pm.yaml is read). */
  static final class TemplateNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return TemplateCatalog.builtIn().names().iterator();
    }
  }

  /** Every rule's id and name: {@code PM201}, {@code missing-section}, ... */
  static final class RuleNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (RuleInfo rule : BuiltInRules.all()) {
        names.add(rule.id().value());
        names.add(rule.name());
      }
      return names.iterator();
    }
  }
}
