package dev.pm.lint;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rule's declared metadata, apart from its logic. The framework stamps id and severity on every
 * finding, so a rule cannot misattribute one or choose its own severity.
 *
 * @param id stable id, never reused
 * @param name kebab-case alias that flags and configuration also accept
 * @param summary one line, no trailing period, no Markdown
 * @param level default level (off for a rule a template or configuration turns on)
 * @param draftLevel level while the post-mortem is a draft (same as {@code level} for rules that do
 *     not relax)
 */
public record RuleInfo(
    RuleId id, String name, String summary, RuleLevel level, RuleLevel draftLevel) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RuleInfo {
    Objects.requireNonNull(id);
    Objects.requireNonNull(level);
    Objects.requireNonNull(draftLevel);
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("rule name must be kebab-case: " + name);
    }
    if (summary.isBlank() || summary.endsWith(".")) {
      throw new IllegalArgumentException(
          "summary must be one line without a trailing period: " + summary);
    }
  }

  public static RuleInfo of(String id, String name, Severity severity, String summary) {
    return of(id, name, RuleLevel.of(severity), summary);
  }

  public static RuleInfo of(String id, String name, RuleLevel level, String summary) {
    return new RuleInfo(RuleId.of(id), name, summary, level, level);
  }

  /** A rule whose findings are warnings while the post-mortem is a draft. */
  public static RuleInfo relaxedInDraft(String id, String name, Severity severity, String summary) {
    return new RuleInfo(RuleId.of(id), name, summary, RuleLevel.of(severity), RuleLevel.WARNING);
  }

  /** Where the rule's documentation lives in the repository, for SARIF {@code helpUri}. */
  public String docPath() {
    return "src/main/resources/dev/pm/rules/" + id.value() + ".md";
  }
}
