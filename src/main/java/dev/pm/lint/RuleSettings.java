package dev.pm.lint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Severity overrides by rule id or alias, from {@code .pm.yaml} and the command line (later wins).
 * An override applies in drafts too.
 */
public final class RuleSettings {

  public static final RuleSettings DEFAULTS = new RuleSettings(Map.of());

  private final Map<String, Severity> overrides;

  public RuleSettings(Map<String, Severity> overrides) {
    this.overrides = Map.copyOf(overrides);
  }

  public RuleSettings with(Map<String, Severity> more) {
    Map<String, Severity> merged = new LinkedHashMap<>(overrides);
    merged.putAll(more);
    return new RuleSettings(merged);
  }

  public Map<String, Severity> overrides() {
    return overrides;
  }

  /** The severity a finding of {@code rule} gets, OFF when the rule is turned off. */
  public Severity severity(RuleInfo rule, boolean draft) {
    Optional<Severity> set =
        Optional.ofNullable(overrides.get(rule.id().value()))
            .or(() -> Optional.ofNullable(overrides.get(rule.name())));
    return set.orElse(draft ? rule.draftSeverity() : rule.severity());
  }

  /**
   * The severity in a document of a template whose schema sets {@code defaults} ({@code rules:} in
   * schema.yaml, by id or name): an override from configuration or flags wins, then the template's.
   */
  public Severity severity(RuleInfo rule, boolean draft, Map<String, String> defaults) {
    Optional<Severity> set =
        Optional.ofNullable(overrides.get(rule.id().value()))
            .or(() -> Optional.ofNullable(overrides.get(rule.name())));
    if (set.isPresent()) {
      return set.get();
    }
    Optional<String> template =
        Optional.ofNullable(defaults.get(rule.id().value()))
            .or(() -> Optional.ofNullable(defaults.get(rule.name())));
    if (template.isEmpty()) {
      return severity(rule, draft);
    }
    Severity chosen = Severity.fromWireName(template.get());
    // A template's default relaxes in drafts as the rule's own default does.
    return draft && chosen == Severity.ERROR ? rule.draftSeverity() : chosen;
  }

  /**
   * Whether a policy (or any other sub-check named by {@code key}) is turned off: by configuration
   * or flags, else by the template's {@code rules:}.
   */
  public boolean isOff(String key, Map<String, String> defaults) {
    Severity set = overrides.get(key);
    if (set != null) {
      return set == Severity.OFF;
    }
    String template = defaults.get(key);
    return template != null && Severity.fromWireName(template) == Severity.OFF;
  }

  /** Whether configuration or flags turn the rule off (a template cannot turn it back on). */
  public boolean isSetOff(RuleInfo rule) {
    Severity set =
        Optional.ofNullable(overrides.get(rule.id().value())).orElse(overrides.get(rule.name()));
    return set == Severity.OFF;
  }

  public boolean isOff(RuleInfo rule) {
    return severity(rule, false) == Severity.OFF && severity(rule, true) == Severity.OFF;
  }
}
