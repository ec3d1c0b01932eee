package dev.pm.lint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Level overrides by rule id or alias, from {@code .pm.yaml} and the command line (later wins). An
 * override applies in drafts too.
 */
public final class RuleSettings {

  public static final RuleSettings DEFAULTS = new RuleSettings(Map.of());

  private final Map<String, RuleLevel> overrides;

  public RuleSettings(Map<String, RuleLevel> overrides) {
    this.overrides = Map.copyOf(overrides);
  }

  public RuleSettings with(Map<String, RuleLevel> more) {
    Map<String, RuleLevel> merged = new LinkedHashMap<>(overrides);
    merged.putAll(more);
    return new RuleSettings(merged);
  }

  public Map<String, RuleLevel> overrides() {
    return overrides;
  }

  /** The level {@code rule} runs at: off, or the severity its findings get. */
  public RuleLevel level(RuleInfo rule, boolean draft) {
    Optional<RuleLevel> set =
        Optional.ofNullable(overrides.get(rule.id().value()))
            .or(() -> Optional.ofNullable(overrides.get(rule.name())));
    return set.orElse(draft ? rule.draftLevel() : rule.level());
  }

  /**
   * The level in a document of a template whose schema sets {@code defaults} ({@code rules:} in
   * schema.yaml, by id or name): an override from configuration or flags wins, then the template's.
   */
  public RuleLevel level(RuleInfo rule, boolean draft, Map<String, String> defaults) {
    Optional<RuleLevel> set =
        Optional.ofNullable(overrides.get(rule.id().value()))
            .or(() -> Optional.ofNullable(overrides.get(rule.name())));
    if (set.isPresent()) {
      return set.get();
    }
    Optional<String> template =
        Optional.ofNullable(defaults.get(rule.id().value()))
            .or(() -> Optional.ofNullable(defaults.get(rule.name())));
    if (template.isEmpty()) {
      return level(rule, draft);
    }
    RuleLevel chosen = RuleLevel.fromWireName(template.get());
    // A template's default relaxes in drafts as the rule's own default does.
    return draft && chosen == RuleLevel.ERROR ? rule.draftLevel() : chosen;
  }

  /**
   * Whether a policy (or any other sub-check named by {@code key}) is turned off: by configuration
   * or flags, else by the template's {@code rules:}.
   */
  public boolean isOff(String key, Map<String, String> defaults) {
    RuleLevel set = overrides.get(key);
    if (set != null) {
      return set.isOff();
    }
    String template = defaults.get(key);
    return template != null && RuleLevel.fromWireName(template).isOff();
  }

  /** Whether configuration or flags turn the rule off (a template cannot turn it back on). */
  public boolean isSetOff(RuleInfo rule) {
    RuleLevel set =
        Optional.ofNullable(overrides.get(rule.id().value())).orElse(overrides.get(rule.name()));
    return set == RuleLevel.OFF;
  }

  public boolean isOff(RuleInfo rule) {
    return level(rule, false).isOff() && level(rule, true).isOff();
  }
}
