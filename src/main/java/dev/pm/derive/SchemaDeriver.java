package dev.pm.derive;

import dev.pm.error.UserError;
import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.Block;
import dev.pm.model.PostMortem;
import dev.pm.model.Section;
import dev.pm.model.Table;
import dev.pm.model.TimelineEntry;
import dev.pm.read.ActionItemExtractor;
import dev.pm.read.TimelineExtractor;
import dev.pm.schema.ActionItemSpec;
import dev.pm.schema.TimelineSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a schema that a set of example post-mortems satisfies: a starting point for a team to
 * edit. Sections found in at least {@code share} of the documents become required (every spelling
 * seen is an alias), sections in at least a third are listed as optional, tables and their columns
 * likewise; how action items are written and where the timeline is are read with the same
 * extractors lint uses. Spellings of one section ("Issue Timeline", "Issue Timeline (UTC)", "Issue
 * Timeline - UTC") count as one; sections holding a timeline or follow-up work by their content
 * (entries that start with times; a follow-up heading or task lists) are named in {@code timeline}
 * and {@code actionItems}. Documents that share no section give no schema (a {@link UserError}).
 */
public final class SchemaDeriver {

  /** A section seen in the examples: how many documents have it, under which names. */
  private static final class Seen {
    final String concept;
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Set<Integer> docs = new LinkedHashSet<>();
    int empty;
    int withTable;

    /** Documents where this section holds timeline entries / follow-up work, by its content. */
    int asTimeline;

    int asFollowUps;

    /** Header spellings seen at each column position. */
    final Map<Integer, Map<String, Integer>> columns = new java.util.TreeMap<>();

    long positionSum;

    Seen(String concept) {
      this.concept = concept;
    }

    String title() {
      return names.entrySet().stream()
          .max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .orElse(concept);
    }
  }

  private final double share;

  public SchemaDeriver(double share) {
    if (share <= 0 || share > 1) {
      throw new IllegalArgumentException("share must be in (0, 1]");
    }
    this.share = share;
  }

  /** The schema as YAML-ready maps, in the key order of the schema format. */
  public Map<String, Object> derive(String name, List<PostMortem> docs) {
    Map<String, Seen> seen = new LinkedHashMap<>();
    Map<String, Integer> frontMatterKeys = new LinkedHashMap<>();
    int readable = 0;
    for (int i = 0; i < docs.size(); i++) {
      PostMortem doc = docs.get(i);
      if (!doc.isReadable()) {
        continue;
      }
      readable++;
      int index = i;
      doc.frontMatter()
          .ifPresent(
              fm -> fm.fields().keySet().forEach(k -> frontMatterKeys.merge(k, 1, Integer::sum)));
      int position = 0;
      Set<String> counted = new java.util.HashSet<>();
      for (Section section : doc.sections()) {
        if (section.heading().level() == 0 || section.heading().key().isEmpty()) {
          continue;
        }
        position++;
        var concept = SectionConcepts.of(section.heading().key());
        Seen s = seen.computeIfAbsent(concept.id(), Seen::new);
        s.names.merge(section.heading().text(), 1, Integer::sum);
        if (counted.add(concept.id())) {
          s.docs.add(index);
          s.positionSum += position;
          if (section.isEmpty()) {
            s.empty++;
          }
          if (SectionContent.holdsTimeline(section)) {
            s.asTimeline++;
          }
          if (SectionContent.holdsFollowUps(section)) {
            s.asFollowUps++;
          }
          tableOf(section)
              .ifPresent(
                  t -> {
                    s.withTable++;
                    for (int c = 0; c < t.header().size(); c++) {
                      String h = t.header().get(c).text();
                      if (!h.isBlank()) {
                        s.columns
                            .computeIfAbsent(c, k -> new LinkedHashMap<>())
                            .merge(h, 1, Integer::sum);
                      }
                    }
                  });
        }
      }
    }
    int total = Math.max(1, readable);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("name", name);
    schema.put(
        "description",
        "Derived by pm schema derive from " + readable + " documents; edit to taste");
    List<String> requiredKeys =
        frontMatterKeys.entrySet().stream()
            .filter(e -> e.getValue() >= share * total)
            .map(Map.Entry::getKey)
            .toList();
    if (!requiredKeys.isEmpty()) {
      schema.put("frontMatter", Map.of("required", requiredKeys));
    }
    schema.put("ordered", false);
    List<Seen> kept =
        seen.values().stream()
            .filter(s -> s.docs.size() >= total / 3.0 && s.docs.size() >= 2)
            .sorted(Comparator.comparingDouble(s -> (double) s.positionSum / s.docs.size()))
            .toList();
    List<Object> sections = new ArrayList<>();
    for (Seen s : kept) {
      sections.add(section(s, total));
    }
    if (kept.stream().noneMatch(k -> k.docs.size() >= share * total)) {
      // A schema from them would check nothing, so none is written.
      throw new UserError(
          "the "
              + readable
              + " documents share no section: none is in "
              + Math.round(share * 100)
              + "% of them, so a schema derived from them would check nothing; derive from documents written alike"
              + " (one organisation, one template), or lower --share");
    }
    schema.put("sections", sections);
    schema.put("actionItems", actionItems(docs, seen));
    schema.put("timeline", timeline(docs, seen));
    return schema;
  }

  /**
   * The spellings of the sections that hold timelines (or follow-ups) by content, in any document.
   */
  /**
   * The section names a spec looks under: its defaults, then every heading the documents gave the
   * concept, then headings of sections whose content reads as it ({@code byContent}).
   */
  private static List<String> sectionNames(
      List<String> defaults,
      SectionConcepts.Concept concept,
      Map<String, Seen> seen,
      java.util.function.ToIntFunction<Seen> byContent) {
    List<String> names = new ArrayList<>(defaults);
    Seen named = seen.get(concept.id());
    if (named != null) {
      named.names.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
    }
    addByContent(names, seen, byContent);
    return names;
  }

  private static void addByContent(
      List<String> names, Map<String, Seen> seen, java.util.function.ToIntFunction<Seen> count) {
    for (Seen s : seen.values()) {
      if (count.applyAsInt(s) > 0) {
        s.names.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
      }
    }
  }

  private Map<String, Object> section(Seen s, int total) {
    Map<String, Object> spec = new LinkedHashMap<>();
    String title = s.title();
    spec.put("title", title);
    // Every spelling seen, once per normalised form, as the authors wrote it.
    Map<String, String> byKey = new LinkedHashMap<>();
    s.names.keySet().forEach(n -> byKey.putIfAbsent(dev.pm.text.HeadingNormalizer.key(n), n));
    byKey.remove(dev.pm.text.HeadingNormalizer.key(title));
    List<String> aliases = List.copyOf(byKey.values());
    if (!aliases.isEmpty()) {
      spec.put("aliases", aliases);
    }
    boolean required = s.docs.size() >= share * total;
    spec.put("required", required);
    if (s.empty > 0 && s.empty >= (1 - share) * s.docs.size() * 0.5) {
      spec.put("allowEmpty", true);
    }
    if (required && s.withTable >= share * s.docs.size()) {
      // A column is its position: the commonest header there names it, the other spellings are
      // aliases.
      List<Object> columns = new ArrayList<>();
      s.columns.forEach(
          (position, spellings) -> {
            int tables = spellings.values().stream().mapToInt(Integer::intValue).sum();
            if (tables < share * s.withTable) {
              return;
            }
            String column =
                spellings.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            List<String> others =
                spellings.keySet().stream().filter(n -> !n.equals(column)).toList();
            columns.add(others.isEmpty() ? column : Map.of("name", column, "aliases", others));
          });
      if (!columns.isEmpty()) {
        spec.put("tables", List.of(Map.of("columns", columns)));
      }
    }
    return spec;
  }

  private Map<String, Object> actionItems(List<PostMortem> docs, Map<String, Seen> seen) {
    List<String> names =
        sectionNames(
            ActionItemSpec.DEFAULT_SECTIONS,
            SectionConcepts.ACTION_ITEMS,
            seen,
            s -> s.asFollowUps);
    ActionItemSpec probe = ActionItemSpec.defaults();
    ActionItemSpec withNames =
        new ActionItemSpec(
            names,
            probe.columns(),
            probe.required(),
            probe.requiredInLists(),
            probe.statuses(),
            probe.types(),
            probe.plainBulletStatus(),
            probe.columnWords());
    Map<ActionItem.Form, Integer> forms = new HashMap<>();
    Map<ActionItemField, Integer> filledInRows = new java.util.EnumMap<>(ActionItemField.class);
    int owned = 0;
    for (PostMortem doc : docs) {
      if (!doc.isReadable()) {
        continue;
      }
      List<ActionItem> items = ActionItemExtractor.extract(doc, withNames);
      for (ActionItem item : items) {
        forms.merge(item.form(), 1, Integer::sum);
        if (item.owner().isPresent()) {
          owned++;
        }
        if (item.form() == ActionItem.Form.TABLE_ROW) {
          for (ActionItemField field : ActionItemField.values()) {
            if (item.value(field).filter(v -> !v.isBlank()).isPresent()) {
              filledInRows.merge(field, 1, Integer::sum);
            }
          }
        }
      }
    }
    int itemCount = forms.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("sections", names);
    List<String> inLists = new ArrayList<>(List.of("action"));
    if (itemCount > 0 && owned >= share * itemCount) {
      inLists.add("owner");
    }
    // Table rows: a field is required when the team filled it in nearly every row (--share).
    int rows = forms.getOrDefault(ActionItem.Form.TABLE_ROW, 0);
    List<String> inRows = new ArrayList<>(List.of("action"));
    for (ActionItemField field : ActionItemField.values()) {
      if (field != ActionItemField.ACTION
          && rows > 0
          && filledInRows.getOrDefault(field, 0) >= share * rows) {
        inRows.add(field.wireName());
      }
    }
    spec.put("required", inRows);
    spec.put("requiredInLists", inLists);
    spec.put("plainBullets", "open");
    return spec;
  }

  private Map<String, Object> timeline(List<PostMortem> docs, Map<String, Seen> seen) {
    List<String> names =
        sectionNames(
            TimelineSpec.DEFAULT_SECTIONS, SectionConcepts.TIMELINE, seen, s -> s.asTimeline);
    TimelineSpec spec = new TimelineSpec(names, true);
    int withTimes = 0;
    int inOrder = 0;
    for (PostMortem doc : docs) {
      if (!doc.isReadable()) {
        continue;
      }
      List<TimelineEntry> entries =
          TimelineExtractor.extract(doc, spec).stream().filter(e -> e.time().isPresent()).toList();
      if (entries.size() < 2) {
        continue;
      }
      withTimes++;
      boolean ordered = true;
      for (int i = 1; i < entries.size(); i++) {
        ordered &= !entries.get(i).time().get().isBefore(entries.get(i - 1).time().get());
      }
      if (ordered) {
        inOrder++;
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sections", names);
    out.put("ordered", withTimes > 0 && inOrder >= share * withTimes);
    return out;
  }

  private static java.util.Optional<Table> tableOf(Section section) {
    for (Block block : section.allBlocks()) {
      if (block instanceof Table t) {
        return java.util.Optional.of(t);
      }
    }
    return java.util.Optional.empty();
  }
}
