package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.ActionStatus;
import dev.pm.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Merges an action item read twice in one document into one item. */
final class RepeatedItems {

  private RepeatedItems() {}

  /**
   * One item per place, in document order; an item written twice (a table row, then the same text
   * in a categorised list; a summary list, then a table; one wording a prefix of the other) is one
   * item. The first is kept unless a later one states an owner or status it lacks; the kept one
   * takes a category either gives as its type.
   */
  static List<ActionItem> merged(List<ActionItem> items) {
    items.sort(Comparator.comparing(ActionItem::at));
    List<ActionItem> out = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    Set<Location> places = new HashSet<>();
    for (ActionItem item : items) {
      if (!places.add(item.at())) {
        continue;
      }
      String key =
          item.action()
              .map(a -> a.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\W_]+", " ").trim())
              .orElse("");
      int first = key.length() > 10 ? sameAs(key, keys) : -1;
      if (first < 0) {
        keys.add(key);
        out.add(item);
        continue;
      }
      ActionItem kept = out.get(first);
      ActionItem better = stated(item) > stated(kept) ? item : kept;
      ActionItem other = better == item ? kept : item;
      out.set(first, better.type().isEmpty() ? withType(better, other.type()) : better);
      keys.set(first, better == item ? key : keys.get(first));
    }
    out.sort(Comparator.comparing(ActionItem::at));
    return out;
  }

  /** The index of a key that is the same text, or a prefix of it (or it of that), else -1. */
  private static int sameAs(String key, List<String> keys) {
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      String shorter = k.length() <= key.length() ? k : key;
      String longer = shorter == k ? key : k;
      if (k.equals(key)
          || shorter.split(" ").length >= 4 && longer.startsWith(shorter + " ")
          || Restatements.sameWork(k, key)) {
        return i;
      }
    }
    return -1;
  }

  /** How much an item states beyond its text: an owner, a status other than the default. */
  private static int stated(ActionItem item) {
    return (item.owner().isPresent() ? 1 : 0) + (item.status() != ActionStatus.OPEN ? 1 : 0);
  }

  private static ActionItem withType(ActionItem kept, Optional<String> type) {
    if (type.isEmpty()) {
      return kept;
    }
    Map<ActionItemField, String> values = new EnumMap<>(ActionItemField.class);
    values.putAll(kept.values());
    values.put(ActionItemField.TYPE, type.get());
    return new ActionItem(
        kept.form(), values, kept.fieldAt(), kept.due(), kept.status(), kept.links(), kept.at());
  }
}
