package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.ActionStatus;
import dev.pm.model.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/** Merges an action item read twice in one document into one item. */
final class RepeatedItems {

  /**
   * How many earlier items a new item is compared with word by word. Restatements sit within a few
   * dozen items of each other in real documents; past this, only identical texts merge, so a file
   * of 20,000 items is read in linear time instead of 200 million comparisons (issue 16).
   */
  static final int COMPARED_ITEMS = 1_000;

  // Compiled once, not per call: these run on every word or item of every file.
  private static final Pattern NOT_WORD = Pattern.compile("[\\W_]+");

  private RepeatedItems() {}

  /**
   * One item per place, in document order; an item written twice (a table row, then the same text
   * in a categorised list; a summary list, then a table; one wording a prefix of the other) is one
   * item. The first is kept unless a later one states an owner or status it lacks; the kept one
   * takes a category either gives as its type. {@code part} numbers the section a place is in.
   */
  static List<ActionItem> merged(List<ActionItem> items, ToIntFunction<Location> part) {
    items.sort(Comparator.comparing(ActionItem::at));
    List<ActionItem> out = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<Integer> parts = new ArrayList<>();
    List<Set<String>> stems = new ArrayList<>();
    List<Set<String>> refs = new ArrayList<>();
    Map<String, Integer> firstWithText = new HashMap<>();
    Set<Location> places = new HashSet<>();
    for (ActionItem item : items) {
      if (!places.add(item.at())) {
        continue;
      }
      String key =
          item.action()
              .map(
                  a ->
                      NOT_WORD.matcher(a.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ").trim())
              .orElse("");
      Set<String> keyStems = Restatements.stems(key);
      Set<String> keyRefs = references(item);
      int keyPart = part.applyAsInt(item.at());
      int first =
          key.length() > 10
              ? sameAs(key, keyStems, keyRefs, keyPart, keys, stems, refs, parts, firstWithText)
              : -1;
      if (first < 0) {
        firstWithText.putIfAbsent(key, keys.size());
        keys.add(key);
        parts.add(keyPart);
        stems.add(keyStems);
        refs.add(keyRefs);
        out.add(item);
        continue;
      }
      ActionItem kept = out.get(first);
      boolean itemIsBetter = stated(item) > stated(kept);
      ActionItem better = itemIsBetter ? item : kept;
      ActionItem other = itemIsBetter ? kept : item;
      out.set(first, better.type().isEmpty() ? withType(better, other.type()) : better);
      if (itemIsBetter) {
        keys.set(first, key);
        parts.set(first, keyPart);
        stems.set(first, keyStems);
        refs.set(first, keyRefs);
        firstWithText.putIfAbsent(key, first);
      }
    }
    out.sort(Comparator.comparing(ActionItem::at));
    return out;
  }

  /**
   * The index of a key that is the same text, or a prefix of it (or it of that), or the same work
   * reworded (in other words when the two stand in different sections), among the first {@link
   * #COMPARED_ITEMS}; past those, of a key with the same text; else -1.
   */
  private static int sameAs(
      String key,
      Set<String> keyStems,
      Set<String> keyRefs,
      int keyPart,
      List<String> keys,
      List<Set<String>> stems,
      List<Set<String>> refs,
      List<Integer> parts,
      Map<String, Integer> firstWithText) {
    for (int i = 0; i < Math.min(keys.size(), COMPARED_ITEMS); i++) {
      String k = keys.get(i);
      if (!keyRefs.isEmpty()
          && !refs.get(i).isEmpty()
          && java.util.Collections.disjoint(keyRefs, refs.get(i))) {
        continue; // "issues/95" and "issues/97", "Fix X (#120)" and "Fix X in Y (#121)": two
        // tickets
      }
      boolean kIsShorter = k.length() <= key.length();
      String shorter = kIsShorter ? k : key;
      String longer = kIsShorter ? key : k;
      if (k.equals(key)
          || (shorter.split(" ", -1).length >= 4 && longer.startsWith(shorter + " "))
          || Restatements.sameWork(stems.get(i), keyStems)
          || (parts.get(i) != keyPart && Restatements.restated(stems.get(i), keyStems))) {
        return i;
      }
    }
    Integer same = firstWithText.get(key);
    return same != null && same >= COMPARED_ITEMS && keys.get(same).equals(key) ? same : -1;
  }

  /** A link, an issue number ("#120") or a tracker key ("OPS-12") written on an item. */
  private static final java.util.regex.Pattern REFERENCE =
      java.util.regex.Pattern.compile(
          "https?://[^\\s)\\]>]+|(?<![\\w&])#\\d+\\b|\\b[A-Z][A-Z0-9]+-\\d+\\b");

  /**
   * The tickets an item points at: two items naming different tickets are two pieces of work,
   * however alike their words (a list of bare issue links shares all but the number).
   */
  private static Set<String> references(ActionItem item) {
    Set<String> out = new HashSet<>();
    item.links().forEach(l -> out.add(l.replaceAll("[/.#]+$", "")));
    String text = item.action().orElse("");
    if (text.length() <= 2000) {
      java.util.regex.Matcher m = REFERENCE.matcher(text);
      while (m.find()) {
        out.add(m.group().replaceAll("[/.#]+$", ""));
      }
    }
    return out;
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
