package dev.pm.read;

import dev.pm.model.ActionItemField;
import dev.pm.model.Table;
import dev.pm.schema.ActionItemSpec;
import dev.pm.schema.ColumnWords;
import dev.pm.text.HeadingNormalizer;
import java.util.Set;

/**
 * Which column of a table carries which action-item field: the schema's header names first (the
 * schema adds names, never narrows), then what a header means by the words it holds ("Action item
 * description", "Follow-up", "Remediation", "Task" are the action; "Owner (DRI)" the owner; "ETA"
 * the due date). Both are declared once, in the schema format ({@code actionItems.columns} and
 * {@code columnWords}, {@code notesWords}, {@code notActionWords}): the built-in default schema's
 * and the resolved schema's are both read.
 */
final class Columns {

  private static final ActionItemSpec GENERAL = ActionItemSpec.defaults();

  private Columns() {}

  /** Index of the column carrying {@code field}, not among {@code taken}, or -1. */
  static int find(Table table, ActionItemField field, ActionItemSpec spec, Set<Integer> taken) {
    Set<String> keys = spec.columnKeys(field);
    for (int i = 0; i < table.header().size(); i++) {
      // A blank header names nothing, though its key is the one of "#": the column of bold item
      // titles under "| | Owner | Due |" is the action, found by its sentences, not the id
      if (!taken.contains(i)
          && !table.header().get(i).text().isBlank()
          && (HeadingNormalizer.matches(table.header().get(i).key(), keys)
              || HeadingNormalizer.matches(
                  table.header().get(i).key(), GENERAL.columnKeys(field)))) {
        return i;
      }
    }
    ColumnWords words = spec.columnWords();
    ColumnWords general = GENERAL.columnWords();
    for (int i = 0; i < table.header().size(); i++) {
      String text = table.header().get(i).text();
      String header = text.length() > 200 ? "" : FollowUps.normalize(text);
      if (!taken.contains(i)
          && (words.means(field, header) || (words != general && general.means(field, header)))
          && (field != ActionItemField.ACTION
              || (!words.isNotAction(header)
                  && (words == general || !general.isNotAction(header))))) {
        return i;
      }
    }
    return -1;
  }

  /** A notes or comments column not already taken, which may carry the status ("Done"), or -1. */
  static int notes(Table table, ActionItemSpec spec, Set<Integer> taken) {
    for (int i = 0; i < table.header().size(); i++) {
      String text = table.header().get(i).text();
      if (!taken.contains(i) && text.length() <= 200) {
        String header = FollowUps.normalize(text);
        if (spec.columnWords().isNotes(header) || GENERAL.columnWords().isNotes(header)) {
          return i;
        }
      }
    }
    return -1;
  }
}
