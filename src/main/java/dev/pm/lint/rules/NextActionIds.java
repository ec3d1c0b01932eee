package dev.pm.lint.rules;

import dev.pm.model.ActionItem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids {@code pm lint --fix} gives action items that have none, continuing the document's own
 * numbering: after {@code AI-01} … {@code AI-03} comes {@code AI-04}; after {@code A1}, {@code A2}.
 * A document whose items have no numbered ids gets none: pm does not invent a scheme.
 */
final class NextActionIds {

  private static final Pattern NUMBERED = Pattern.compile("(.*?)(\\d+)");

  private final String prefix;
  private final int width;
  private int next;

  private NextActionIds(String prefix, int width, int next) {
    this.prefix = prefix;
    this.width = width;
    this.next = next;
  }

  static Optional<NextActionIds> continuing(List<ActionItem> items) {
    String prefix = null;
    int width = 0;
    int max = 0;
    for (ActionItem item : items) {
      Optional<String> id = item.id().map(String::strip);
      if (id.isEmpty()) {
        continue;
      }
      Matcher m = NUMBERED.matcher(id.get());
      if (!m.matches() || (prefix != null && !prefix.equals(m.group(1)))) {
        return Optional.empty(); // mixed schemes: no guess
      }
      prefix = m.group(1);
      width = Math.max(width, m.group(2).startsWith("0") ? m.group(2).length() : 0);
      max = Math.max(max, Integer.parseInt(m.group(2)));
    }
    return prefix == null
        ? Optional.empty()
        : Optional.of(new NextActionIds(prefix, width, max + 1));
  }

  String take() {
    String number = String.valueOf(next++);
    return prefix + "0".repeat(Math.max(0, width - number.length())) + number;
  }
}
