package dev.pm.lint.policy;

import dev.pm.lint.LintContext;
import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.Location;
import dev.pm.read.Incident;
import dev.pm.read.SectionMatcher;
import dev.pm.schema.Policy;
import dev.pm.schema.PolicyCondition;
import dev.pm.schema.PolicyRequirements;
import dev.pm.schema.SectionSpec;
import dev.pm.text.HeadingNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluates one severity policy on one document's reading: whether it applies (and why, in words),
 * and each requirement it leaves unmet. Stateless; the rule reports what this returns.
 */
public final class PolicyCheck {

  /** One unmet requirement: where to report it and what is missing. */
  public record Violation(Location at, String missing) {}

  private PolicyCheck() {}

  /**
   * Why {@code policy} applies to the document ({@code severity is SEV-1}), or empty when it does
   * not.
   */
  public static Optional<String> applies(Policy policy, LintContext context) {
    List<String> reasons = new ArrayList<>();
    for (PolicyCondition c : policy.when()) {
      Optional<String> actual = value(c.key(), context);
      if (actual.isEmpty() || !holds(c, actual.get())) {
        return Optional.empty();
      }
      reasons.add(c.describe(actual.get()));
    }
    return Optional.of(
        reasons.isEmpty() ? "it applies to every document" : String.join(" and ", reasons));
  }

  /**
   * The requirements of {@code policy} the document does not meet, in the order they are declared.
   */
  public static List<Violation> unmet(Policy policy, LintContext context) {
    PolicyRequirements req = policy.require();
    Location at = anchor(policy, context);
    List<Violation> out = new ArrayList<>();
    for (String section : req.sections()) {
      if (SectionMatcher.findAll(context.doc(), sectionKeys(section, context)).isEmpty()) {
        out.add(new Violation(at, "a section \"" + section + "\""));
      }
    }
    for (String key : req.frontMatter()) {
      if (context
          .doc()
          .frontMatter()
          .flatMap(fm -> fm.text(key))
          .filter(v -> !v.isBlank())
          .isEmpty()) {
        out.add(new Violation(at, "front matter \"" + key + "\""));
      }
    }
    Optional<LocalDate> date = context.reading().incident().date();
    for (PolicyRequirements.RequiredItem item : req.actionItems()) {
      if (context.actionItems().stream().noneMatch(a -> meets(a, item, date))) {
        String note =
            item.dueWithinDays().isPresent() && date.isEmpty()
                ? " (the incident date is unknown)"
                : "";
        out.add(new Violation(at, item.describe() + note));
      }
    }
    if (req.everyItemOwned()) {
      for (ActionItem a : context.actionItems()) {
        // An item with no text at all is PM504's (empty list item), not a missing owner.
        if (a.value(ActionItemField.OWNER).isEmpty()
            && a.value(ActionItemField.ACTION).filter(t -> !t.isBlank()).isPresent()) {
          out.add(new Violation(a.at(), "an owner for every action item"));
        }
      }
    }
    req.finalWithinDays()
        .ifPresent(
            days ->
                date.ifPresent(
                    d -> {
                      LocalDate by = d.plusDays(days);
                      if (context.isDraft() && context.asOf().isAfter(by)) {
                        out.add(
                            new Violation(
                                at,
                                "a final status within "
                                    + days
                                    + " days of the incident date (by "
                                    + by
                                    + "; it is still \""
                                    + context.reading().incident().status()
                                    + "\")"));
                      }
                    }));
    return out;
  }

  private static boolean meets(
      ActionItem a, PolicyRequirements.RequiredItem item, Optional<LocalDate> date) {
    if (item.type().isPresent()) {
      String want = item.type().get().toLowerCase(Locale.ROOT);
      String type = a.value(ActionItemField.TYPE).orElse("").toLowerCase(Locale.ROOT);
      if (!type.matches(".*\\b" + java.util.regex.Pattern.quote(want) + "\\b.*")) {
        return false;
      }
    }
    if (item.dueWithinDays().isPresent()) {
      return date.isPresent()
          && a.due().isPresent()
          && !a.due().get().isAfter(date.get().plusDays(item.dueWithinDays().get()));
    }
    return true;
  }

  /** A section name's heading keys, with the aliases the schema gives a section of that name. */
  private static Set<String> sectionKeys(String name, LintContext context) {
    Set<String> keys = new HashSet<>();
    String key = HeadingNormalizer.key(name);
    keys.add(key);
    List<SectionSpec> specs = new ArrayList<>(context.schema().sections());
    for (int i = 0; i < specs.size(); i++) {
      specs.addAll(specs.get(i).sections());
      if (specs.get(i).keys().contains(key)) {
        keys.addAll(specs.get(i).keys());
      }
    }
    return keys;
  }

  private static Optional<String> value(String key, LintContext context) {
    Incident incident = context.reading().incident();
    Optional<String> value =
        switch (key) {
          case "severity" -> Optional.of(incident.severity());
          case "status" -> Optional.of(incident.status());
          case "date" -> incident.date().map(LocalDate::toString);
          case "template" -> Optional.of(context.schema().name());
          default -> context.doc().frontMatter().flatMap(fm -> fm.text(key));
        };
    return value.map(String::trim).filter(v -> !v.isEmpty());
  }

  private static boolean holds(PolicyCondition c, String actual) {
    if (!c.op().comparesDates()) {
      boolean member = c.values().stream().anyMatch(v -> v.trim().equalsIgnoreCase(actual));
      return c.op() == PolicyCondition.Op.IN ? member : !member;
    }
    LocalDate have;
    try {
      have = LocalDate.parse(actual);
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
    LocalDate bound = LocalDate.parse(c.values().get(0).trim());
    return switch (c.op()) {
      case BEFORE -> have.isBefore(bound);
      case AFTER -> have.isAfter(bound);
      case ON_OR_BEFORE -> !have.isAfter(bound);
      case ON_OR_AFTER -> !have.isBefore(bound);
      case IN, NOT_IN -> throw new IllegalStateException("not a date comparison: " + c.op());
    };
  }

  /**
   * Where a document-level violation is reported: the first condition's front matter value, else
   * line 1.
   */
  private static Location anchor(Policy policy, LintContext context) {
    for (PolicyCondition c : policy.when()) {
      Optional<Location> at =
          context.doc().frontMatter().flatMap(fm -> fm.field(c.key())).map(f -> f.value().at());
      if (at.isPresent()) {
        return at.get();
      }
    }
    return Location.START;
  }
}
