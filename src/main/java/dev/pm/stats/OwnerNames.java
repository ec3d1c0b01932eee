package dev.pm.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who owns an item, as one name per person or team: {@code @grace}, {@code grace} and {@code
 * Grace@} are one owner; a cell naming several ({@code alice, bob}, {@code Storage + Network})
 * counts for each; {@code .pm.yaml}'s {@code owners:} map merges other names ({@code "Grace
 * Hopper": "@grace"}).
 *
 * <p>Rationale: real documents write one owner many ways, and "by owner" is only worth reading when
 * each person has one row.
 */
public final class OwnerNames {

  public static final OwnerNames NONE = new OwnerNames(Map.of());

  private final Map<String, String> aliases = new HashMap<>();

  /**
   * @param aliases another name to the name to show, from {@code .pm.yaml}'s {@code owners:}
   */
  public OwnerNames(Map<String, String> aliases) {
    aliases.forEach((alias, name) -> this.aliases.put(bare(alias), name.strip()));
    aliases.values().forEach(name -> this.aliases.putIfAbsent(bare(name), name.strip()));
  }

  /** Each owner an owner text names, as written (or as the map names them), in order, once each. */
  List<String> of(String owner) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String part : owner.split("\\s*(?:[,;&+]|\\band\\b)\\s*", -1)) {
      String name = part.strip();
      if (!bare(name).isEmpty()) {
        names.putIfAbsent(key(name), aliases.getOrDefault(bare(name), name));
      }
    }
    return new ArrayList<>(names.values());
  }

  /**
   * The same person or team whatever the spelling: no {@code @} before or after, any case, mapped.
   */
  String key(String name) {
    String mapped = aliases.get(bare(name));
    return mapped == null ? bare(name) : bare(mapped);
  }

  private static String bare(String name) {
    return name.strip().replaceAll("^@+|@+$", "").toLowerCase(Locale.ROOT);
  }
}
