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
    Optional<Severity> set = Optional.ofNullable(overrides.get(rule.id().value()))
        .or(() -> Optional.ofNullable(overrides.get(rule.name())));
    return set.orElse(draft ? rule.draftSeverity() : rule.severity());
  }

  public boolean isOff(RuleInfo rule) {
    return severity(rule, false) == Severity.OFF && severity(rule, true) == Severity.OFF;
  }
}
