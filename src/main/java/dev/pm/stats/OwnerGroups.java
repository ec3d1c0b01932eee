package dev.pm.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The owner groups an item counts in: one per owner its owner text names ({@link OwnerNames}), each
 * shown as first written in the run, or {@link GroupKey#NONE} when it names none. The owner
 * breakdown and the HTML page's redrawn owner chart both ask here, so they group alike.
 */
public final class OwnerGroups {

  private final OwnerNames owners;
  private final Map<String, GroupKey> shown = new HashMap<>();

  OwnerGroups(OwnerNames owners) {
    this.owners = owners;
  }

  /** The groups of an owner text, in the order it names them. */
  List<GroupKey> of(String ownerText) {
    List<String> names = owners.of(ownerText);
    if (names.isEmpty()) {
      return List.of(GroupKey.NONE);
    }
    return names.stream()
        .map(name -> shown.computeIfAbsent(owners.key(name), k -> GroupKey.of(name)))
        .toList();
  }
}
