package dev.pm.read;

import dev.pm.model.ListItem;
import java.util.regex.Pattern;

/**
 * Checkboxes a person reads as tasks though Markdown does not: {@code - []} (no space) and a box
 * the parser left as text. Read as open tasks, as a person reads them.
 */
final class Tasks {

  private static final Pattern BOX = Pattern.compile("^\\[ ?]\\s*(?=\\S)");

  private Tasks() {}

  /** A plain list item that opens with an empty box: {@code - [] Restore tables in parallel}. */
  static boolean malformed(ListItem item) {
    return item.task() == ListItem.TaskState.NONE
        && BOX.matcher(item.markdown().strip().replace("\\[", "[").replace("\\]", "]")).find();
  }

  /** The item's text without its box. */
  static String withoutBox(String text) {
    return BOX.matcher(text.strip()).replaceFirst("").strip();
  }
}
