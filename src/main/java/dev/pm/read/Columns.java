package dev.pm.read;

import dev.pm.model.ActionItemField;
import dev.pm.model.Table;
import dev.pm.schema.ActionItemSpec;
import dev.pm.text.HeadingNormalizer;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which column of a table carries which action-item field: the schema's header names first (the
 * schema adds names, never narrows), then what a header means ("Action item description",
 * "Follow-up", "Remediation", "Task" are the action; "Owner (DRI)" the owner; "ETA" the due date).
 */
final class Columns {

  private static final Map<ActionItemField, Pattern> MEANING = meanings();
  private static final Pattern NOT_ACTION =
      Pattern.compile("\\b(?:status|state|owner|due|date|id|priority|type|eta)\\b");
  private static final Pattern NOTES =
      Pattern.compile("\\b(?:notes?|comments?|remarks?|details|updates?|outcome)\\b");

  private static final ActionItemSpec GENERAL = ActionItemSpec.defaults();

  private Columns() {}

  /** Index of the column carrying {@code field}, not among {@code taken}, or -1. */
  static int find(Table table, ActionItemField field, ActionItemSpec spec, Set<Integer> taken) {
    Set<String> keys = spec.columnKeys(field);
    for (int i = 0; i < table.header().size(); i++) {
      if (!taken.contains(i)
          && (HeadingNormalizer.matches(table.header().get(i).key(), keys)
              || HeadingNormalizer.matches(
                  table.header().get(i).key(), GENERAL.columnKeys(field)))) {
        return i;
      }
    }
    Pattern meaning = MEANING.get(field);
    for (int i = 0; i < table.header().size(); i++) {
      String text = table.header().get(i).text();
      String header = text.length() > 200 ? "" : FollowUps.normalize(text);
      if (!taken.contains(i)
          && meaning.matcher(header).find()
          && (field != ActionItemField.ACTION || !NOT_ACTION.matcher(header).find())) {
        return i;
      }
    }
    return -1;
  }

  /** A notes or comments column not already taken, which may carry the status ("Done"), or -1. */
  static int notes(Table table, Set<Integer> taken) {
    for (int i = 0; i < table.header().size(); i++) {
      String text = table.header().get(i).text();
      if (!taken.contains(i)
          && text.length() <= 200
          && NOTES.matcher(FollowUps.normalize(text)).find()) {
        return i;
      }
    }
    return -1;
  }

  private static Map<ActionItemField, Pattern> meanings() {
    Map<ActionItemField, Pattern> m = new EnumMap<>(ActionItemField.class);
    m.put(ActionItemField.ID, Pattern.compile("^(?:id|#|no\\.?|nr|ref|key|action id|item id)$"));
    m.put(
        ActionItemField.ACTION,
        Pattern.compile(
            "\\b(?:actions?|action items?|follow[ -]?ups?|remediations?|tasks?|to-?dos?|items?|description|what|fix(?:es)?|"
                + "improvements?|recommendations?|next steps?|mitigations?|preventive|corrective|work)\\b"));
    m.put(
        ActionItemField.OWNER,
        Pattern.compile("\\b(?:owners?|assignees?|assigned|responsible|who|dri|team|lead)\\b"));
    m.put(
        ActionItemField.DUE,
        Pattern.compile("\\b(?:due|deadline|target|eta|by when|when|until)\\b"));
    m.put(
        ActionItemField.STATUS,
        Pattern.compile("\\b(?:status|state|progress|done|resolved|complete[d]?)\\b"));
    m.put(ActionItemField.TYPE, Pattern.compile("\\b(?:type|category|kind|class)\\b"));
    m.put(ActionItemField.PRIORITY, Pattern.compile("\\b(?:priority|prio|importance)\\b"));
    m.put(
        ActionItemField.LINKS,
        Pattern.compile("\\b(?:tickets?|issues?|links?|jira|prs?|pull requests?|tracking|bug)\\b"));
    return m;
  }
}
