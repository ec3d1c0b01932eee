package dev.pm.schema;

import dev.pm.yaml.YamlEntry;
import dev.pm.yaml.YamlNode;
import dev.pm.yaml.YamlObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a schema's {@code policies:} and {@code rules:} keys; every mistake names its position. */
final class PolicyLoader {

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
  private static final Set<String> SEVERITIES =
      Set.of("error", "warning", "warn", "info", "note", "off", "none", "false");

  private PolicyLoader() {}

  static List<Policy> policies(YamlObject root) {
    List<Policy> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YamlObject p : root.objects("policies", null)) {
      p.allowOnly("id", "when", "require");
      String id = p.requiredString("id");
      if (!ID.matcher(id).matches()) {
        throw p.error(
            p.keyAt("id"),
            "policy id \"" + id + "\" must be lower-case letters, digits, '.', '_' or '-'");
      }
      if (!ids.add(id)) {
        throw p.error(p.keyAt("id"), "policy id \"" + id + "\" is used twice");
      }
      if (!p.has("require")) {
        throw p.error(p.at(), "policy \"" + id + "\" needs a \"require\" mapping");
      }
      out.add(
          new Policy(
              id,
              conditions(p),
              requirements(
                  p.object("require")
                      .orElseThrow(
                          () -> p.error(p.keyAt("require"), "\"require\" must be a mapping"))),
              p.at()));
    }
    return out;
  }

  private static boolean isDate(String text) {
    try {
      java.time.LocalDate.parse(text.trim());
      return true;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static List<PolicyCondition> conditions(YamlObject p) {
    List<PolicyCondition> out = new ArrayList<>();
    for (YamlEntry entry : p.entries("when").values()) {
      if (entry.value() instanceof YamlNode.Mapping) {
        YamlObject ops = p.child(entry);
        for (String op : ops.keys()) {
          out.add(new PolicyCondition(entry.key(), op(ops, op), ops.strings(op)));
        }
      } else {
        List<String> values = p.stringsOf(entry);
        if (values.isEmpty()) {
          throw p.error(entry.keyAt(), "condition \"" + entry.key() + "\" needs a value");
        }
        out.add(new PolicyCondition(entry.key(), PolicyCondition.Op.IN, values));
      }
    }
    return out;
  }

  private static PolicyCondition.Op op(YamlObject ops, String name) {
    for (PolicyCondition.Op op : PolicyCondition.Op.values()) {
      if (op.wireName().equals(name)) {
        if (op.comparesDates()) {
          for (String v : ops.strings(name)) {
            if (!isDate(v)) {
              throw ops.error(
                  ops.keyAt(name),
                  "\"" + name + "\" needs a date written YYYY-MM-DD, not \"" + v + "\"");
            }
          }
        }
        return op;
      }
    }
    throw ops.error(
        ops.keyAt(name),
        "unknown comparison \""
            + name
            + "\"; expected in, notIn, before, after, onOrBefore or onOrAfter");
  }

  private static PolicyRequirements requirements(YamlObject r) {
    r.allowOnly(
        "sections",
        "frontMatter",
        "actionItem",
        "actionItems",
        "everyItemOwned",
        "finalWithinDays");
    List<PolicyRequirements.RequiredItem> items = new ArrayList<>();
    for (String key : List.of("actionItem", "actionItems")) {
      if (!r.has(key)) {
        continue;
      }
      List<YamlObject> list =
          key.equals("actionItem") ? r.object(key).stream().toList() : r.objects(key, "type");
      for (YamlObject item : list) {
        item.allowOnly("type", "dueWithinDays");
        items.add(
            new PolicyRequirements.RequiredItem(item.string("type"), days(item, "dueWithinDays")));
      }
    }
    PolicyRequirements req =
        new PolicyRequirements(
            r.strings("sections"),
            r.strings("frontMatter"),
            items,
            r.bool("everyItemOwned").orElse(false),
            days(r, "finalWithinDays"));
    if (req.sections().isEmpty()
        && req.frontMatter().isEmpty()
        && req.actionItems().isEmpty()
        && !req.everyItemOwned()
        && req.finalWithinDays().isEmpty()) {
      throw r.error(
          r.at(),
          "\"require\" names nothing; expected sections, frontMatter, actionItem, everyItemOwned or finalWithinDays");
    }
    return req;
  }

  private static Optional<Integer> days(YamlObject o, String key) {
    Optional<String> text = o.string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      int days = Integer.parseInt(text.get().trim());
      if (days >= 0) {
        return Optional.of(days);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw o.error(
        o.keyAt(key), "\"" + key + "\" needs a whole number of days, not \"" + text.get() + "\"");
  }

  static Map<String, String> ruleDefaults(YamlObject root) {
    Map<String, String> out = new LinkedHashMap<>();
    for (YamlEntry entry : root.entries("rules").values()) {
      String value = root.stringOf(entry).trim().toLowerCase(java.util.Locale.ROOT);
      if (!SEVERITIES.contains(value)) {
        throw root.error(
            entry.value().at(),
            "unknown severity \""
                + value
                + "\" for \""
                + entry.key()
                + "\"; expected error, warning, info or off");
      }
      out.put(entry.key(), value);
    }
    return out;
  }
}
