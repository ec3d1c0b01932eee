package dev.pm.lint;

import dev.pm.lint.rules.ActionItemMissingFieldRule;
import dev.pm.lint.rules.ActionItemOwnerRule;
import dev.pm.lint.rules.ActionTypeRule;
import dev.pm.lint.rules.BlamelessLanguageRule;
import dev.pm.lint.rules.DueDateRule;
import dev.pm.lint.rules.DuplicateActionIdRule;
import dev.pm.lint.rules.DuplicateIncidentIdRule;
import dev.pm.lint.rules.DuplicateSectionRule;
import dev.pm.lint.rules.DurationMismatchRule;
import dev.pm.lint.rules.EmptyCellRule;
import dev.pm.lint.rules.EmptyListItemRule;
import dev.pm.lint.rules.EmptyRowRule;
import dev.pm.lint.rules.EmptySectionRule;
import dev.pm.lint.rules.FileNameDateRule;
import dev.pm.lint.rules.InvalidDateRule;
import dev.pm.lint.rules.InvalidFieldValueRule;
import dev.pm.lint.rules.InvalidFrontMatterRule;
import dev.pm.lint.rules.MetadataMismatchRule;
import dev.pm.lint.rules.MissingColumnRule;
import dev.pm.lint.rules.MissingFieldRule;
import dev.pm.lint.rules.MissingFrontMatterRule;
import dev.pm.lint.rules.MissingSectionRule;
import dev.pm.lint.rules.MissingTableRule;
import dev.pm.lint.rules.NoActionItemsRule;
import dev.pm.lint.rules.PlaceholderRule;
import dev.pm.lint.rules.PolicyRule;
import dev.pm.lint.rules.RaggedRowRule;
import dev.pm.lint.rules.SectionOrderRule;
import dev.pm.lint.rules.StatusSpellingRule;
import dev.pm.lint.rules.TemplateTextRule;
import dev.pm.lint.rules.TimelineOrderRule;
import dev.pm.lint.rules.UnknownStatusRule;
import dev.pm.lint.rules.UnknownTemplateRule;
import dev.pm.lint.rules.UnreadableFileRule;
import dev.pm.lint.rules.ValuePatternRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The explicit, ordered list of built-in rules. Adding a rule means a class in {@code lint.rules},
 * its doc in {@code dev/pm/rules/PMnnn.md}, a fixture folder, and one line here; {@code
 * AllRulesTest} checks all four. Retired ids are never reused.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  public static List<Rule> fileRules() {
    return List.of(
        // PM0xx: the file itself
        new UnreadableFileRule(),
        // PM1xx: front matter
        new MissingFrontMatterRule(),
        new InvalidFrontMatterRule(),
        new MissingFieldRule(),
        new InvalidFieldValueRule(),
        new InvalidDateRule(),
        new ValuePatternRule(),
        new UnknownTemplateRule(),
        new FileNameDateRule(),
        // PM2xx: sections
        new MissingSectionRule(),
        new SectionOrderRule(),
        new DuplicateSectionRule(),
        new EmptySectionRule(),
        // PM3xx: tables
        new MissingTableRule(),
        new MissingColumnRule(),
        new RaggedRowRule(),
        new EmptyCellRule(),
        // PM4xx: action items
        new ActionItemMissingFieldRule(),
        new ActionItemOwnerRule(),
        new DueDateRule(),
        new UnknownStatusRule(),
        new StatusSpellingRule(),
        new DuplicateActionIdRule(),
        new NoActionItemsRule(),
        new ActionTypeRule(),
        // PM5xx: template text left unfilled
        new TemplateTextRule(),
        new PlaceholderRule(),
        new EmptyRowRule(),
        new EmptyListItemRule(),
        // PM6xx: consistency
        new MetadataMismatchRule(),
        new TimelineOrderRule(),
        new DurationMismatchRule(),
        // PM7xx: severity policies
        new PolicyRule(),
        // PM8xx: language
        new BlamelessLanguageRule());
  }

  public static List<CrossFileRule> crossFileRules() {
    return List.of(new DuplicateIncidentIdRule());
  }

  /** Every rule's metadata, in id order, with the two the linter itself reports (PM000, PM002). */
  public static List<RuleInfo> all() {
    List<RuleInfo> all = new ArrayList<>(List.of(Linter.INTERNAL_ERROR, Linter.UNKNOWN_RULE_NAME));
    fileRules().forEach(r -> all.add(r.info()));
    crossFileRules().forEach(r -> all.add(r.info()));
    all.sort(java.util.Comparator.comparing(RuleInfo::id));
    return all;
  }

  /**
   * Whether {@code key} names a severity policy ({@code policy:sev1-prevention}) in {@code rules:}
   * or {@code --rule}: policies are declared in schemas, so any well-formed id is accepted here.
   */
  public static boolean isPolicyKey(String key) {
    return key.matches("policy:[a-z0-9][a-z0-9._-]*");
  }

  /** A rule by id ({@code PM201}) or alias ({@code missing-section}), case-insensitive for ids. */
  public static Optional<RuleInfo> find(String idOrName) {
    String key = idOrName.trim();
    return all().stream()
        .filter(r -> r.id().value().equalsIgnoreCase(key) || r.name().equals(key))
        .findFirst();
  }
}
