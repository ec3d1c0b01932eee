package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A checklist that recaps the items listed earlier, one entry each and in the same order, to say
 * which are done ("## Action items status" under an action table, entries shortened or reworded):
 * each entry is the earlier item again, and its checkbox is that item's latest status.
 *
 * <p>Word-for-word comparison ({@link RepeatedItems}) misses these: the recap shortens the wording,
 * and in inflected languages ("Сменить пароль" / "Смена пароля") no word is spelt the same. The
 * order and the count are what make the checklist a recap; a shared word stem per pair confirms it.
 */
final class StatusRecaps {

  /** Fewer entries could align by chance. */
  private static final int MIN_ENTRIES = 3;

  /** A word of at least this many letters is compared by its first this-many letters. */
  private static final int STEM = 5;

  private StatusRecaps() {}

  /** {@code items} with each recapping checklist folded into the items it recaps. */
  static List<ActionItem> folded(List<ActionItem> items) {
    if (items.size() < 2 * MIN_ENTRIES) {
      return items;
    }
    List<ActionItem> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(ActionItem::at));
    List<int[]> runs = runs(sorted);
    Set<Integer> dropped = new HashSet<>();
    for (int r = 1; r < runs.size(); r++) {
      int[] recap = runs.get(r);
      if (sorted.get(recap[0]).form() != ActionItem.Form.TASK
          || recap[1] - recap[0] < MIN_ENTRIES) {
        continue;
      }
      for (int e = r - 1; e >= 0; e--) {
        int[] earlier = runs.get(e);
        if (earlier[1] - earlier[0] == recap[1] - recap[0] && aligned(sorted, earlier, recap)) {
          for (int i = 0; i < recap[1] - recap[0]; i++) {
            ActionItem said = sorted.get(recap[0] + i);
            sorted.set(earlier[0] + i, withStatus(sorted.get(earlier[0] + i), said.status()));
            dropped.add(recap[0] + i);
          }
          break;
        }
      }
    }
    if (dropped.isEmpty()) {
      return items;
    }
    List<ActionItem> out = new ArrayList<>(sorted.size() - dropped.size());
    for (int i = 0; i < sorted.size(); i++) {
      if (!dropped.contains(i)) {
        out.add(sorted.get(i));
      }
    }
    return out;
  }

  /**
   * Runs of items of one form on nearly consecutive lines (a table's rows, a list's entries), as
   * [from, to) index pairs.
   */
  private static List<int[]> runs(List<ActionItem> sorted) {
    List<int[]> runs = new ArrayList<>();
    int from = 0;
    for (int i = 1; i <= sorted.size(); i++) {
      if (i == sorted.size()
          || sorted.get(i).form() != sorted.get(i - 1).form()
          || sorted.get(i).at().line() - sorted.get(i - 1).at().line() > 2) {
        runs.add(new int[] {from, i});
        from = i;
      }
    }
    return runs;
  }

  private static boolean aligned(List<ActionItem> sorted, int[] earlier, int[] recap) {
    for (int i = 0; i < recap[1] - recap[0]; i++) {
      Set<String> a = stems(sorted.get(earlier[0] + i));
      Set<String> b = stems(sorted.get(recap[0] + i));
      if (a.stream().noneMatch(b::contains)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> stems(ActionItem item) {
    Set<String> stems = new HashSet<>();
    for (String word :
        item.action().orElse("").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+", -1)) {
      if (word.length() >= STEM) {
        stems.add(word.substring(0, STEM));
      }
    }
    return stems;
  }

  private static ActionItem withStatus(ActionItem item, ActionStatus status) {
    return new ActionItem(
        item.form(), item.values(), item.fieldAt(), item.due(), status, item.links(), item.at());
  }
}
