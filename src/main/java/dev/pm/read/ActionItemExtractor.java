package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.ActionStatus;
import dev.pm.model.Block;
import dev.pm.model.Cell;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Location;
import dev.pm.model.Paragraph;
import dev.pm.model.PostMortem;
import dev.pm.model.Row;
import dev.pm.model.Section;
import dev.pm.model.Table;
import dev.pm.parse.Dates;
import dev.pm.schema.ActionItemSpec;
import dev.pm.text.HeadingNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every action item of a post-mortem, whatever form it is written in: table rows, task-list
 * items, bullets, numbered entries, lines and sub-headings under a follow-up heading or label
 * (named by meaning, see {@link FollowUps}), a table recognised by its columns wherever it stands,
 * task lists anywhere but in a timeline.
 *
 * <p>This is the one extractor: {@code pm lint} checks what it finds and {@code pm stats} counts
 * it, so the two can never disagree about what an action item is.
 */
public final class ActionItemExtractor {

  private static final Pattern LABEL_ITEM = Pattern.compile("^(.{1,60}?)\\s*:\\s*$");
  private static final Pattern TIMELINE = Pattern.compile("(?i)\\b(?:timeline|chronology|sequence of events|log of events)\\b");

  private ActionItemExtractor() {}

  public static List<ActionItem> extract(PostMortem doc, ActionItemSpec spec) {
    List<ActionItem> items = new ArrayList<>();
    Set<String> keys = spec.sectionKeys();
    List<Section> followUps = new ArrayList<>();
    // The document's title names the incident, not a section: "Traefik rule preventing traffic".
    Section title = doc.sections().stream().filter(s -> s.heading().level() == 1).findFirst().orElse(null);
    collect(doc.root(), keys, title, followUps);
    for (Section section : followUps) {
      fromSection(section, null, spec, items);
    }
    LooseItems.outside(doc.root(), s -> s != title && isFollowUp(s, keys) || TIMELINE.matcher(s.heading().text()).find(), spec, items);
    return merged(items);
  }

  /** Outermost sections whose heading names follow-up work (the schema's names, or by meaning). */
  private static void collect(Section section, Set<String> keys, Section title, List<Section> found) {
    for (Section child : section.children()) {
      if (child != title && isFollowUp(child, keys)) {
        found.add(child);
      } else {
        collect(child, keys, title, found);
      }
    }
  }

  static boolean isFollowUp(Section section, Set<String> keys) {
    return !section.isRoot() && (HeadingNormalizer.matches(section.heading().key(), keys) || FollowUps.names(section.heading().text()));
  }

  /** Items of a follow-up section and its sub-sections; a sub-section's title is the category of its items. */
  static void fromSection(Section section, String category, ActionItemSpec spec, List<ActionItem> out) {
    List<Block> blocks = section.blocks();
    boolean structured = blocks.stream().anyMatch(b -> b instanceof ListBlock || b instanceof Table);
    String group = category;
    boolean advice = false;
    for (Block block : blocks) {
      if (block instanceof Table table && isActionTable(table, spec, true)) {
        fromTable(table, group, spec, out);
      } else if (block instanceof ListBlock list && !advice) {
        for (ListItem item : list.items()) {
          fromListItem(item, group, spec, out, true);
        }
      } else if (block instanceof Paragraph p && !p.quoted()) {
        // "Here are a few things you can do:": instructions to readers, not follow-up work.
        advice = LooseItems.addressesReader(p.text());
        Optional<String> label = LooseItems.label(p);
        if (label.isPresent()) {
          group = FollowUps.names(label.get()) ? category : label.get();
        } else if (!structured) {
          LooseItems.fromParagraph(p, group, spec, out);
        }
      }
    }
    for (Section child : section.children()) {
      if (FollowUps.namesOther(child.heading().text())) {
        continue; // "What went well" under "Action items and lessons": not follow-up work
      } else if (LooseItems.isItemHeading(child)) {
        LooseItems.fromHeading(child, category, spec, out);
      } else {
        fromSection(child, child.heading().text(), spec, out);
      }
    }
  }

  /**
   * A table carries action items when a column is the action by meaning ("Action item description",
   * "Follow-up", "Remediation", "Task"), or two other action-item columns (owner, due, status) are
   * there. Outside a follow-up section the action column must come with one of those.
   */
  static boolean isActionTable(Table table, ActionItemSpec spec, boolean inFollowUp) {
    int known = 0;
    for (ActionItemField f : List.of(ActionItemField.OWNER, ActionItemField.DUE, ActionItemField.STATUS)) {
      if (Columns.find(table, f, spec, Set.of()) >= 0) {
        known++;
      }
    }
    boolean action = Columns.find(table, ActionItemField.ACTION, spec, Set.of()) >= 0;
    return action && (inFollowUp || known >= 1) || known >= 2;
  }

  static void fromTable(Table table, String category, ActionItemSpec spec, List<ActionItem> out) {
    Map<ActionItemField, Integer> columns = new EnumMap<>(ActionItemField.class);
    Set<Integer> taken = new HashSet<>();
    // Fields in declaration order claim columns, so "Action Item ID" is the id, not the action.
    for (ActionItemField field : ActionItemField.values()) {
      int i = Columns.find(table, field, spec, taken);
      if (i >= 0) {
        columns.put(field, i);
        taken.add(i);
      }
    }
    int notes = Columns.notes(table, taken);
    for (Row row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      Map<ActionItemField, String> values = new EnumMap<>(ActionItemField.class);
      Map<ActionItemField, Location> at = new EnumMap<>(ActionItemField.class);
      List<String> links = new ArrayList<>();
      for (var entry : columns.entrySet()) {
        Optional<Cell> cell = row.cell(entry.getValue());
        if (cell.isPresent()) {
          String text = entry.getKey() == ActionItemField.STATUS ? cell.get().markdown() : cell.get().text();
          values.put(entry.getKey(), text.trim());
          at.put(entry.getKey(), cell.get().at());
        }
      }
      for (Cell cell : row.cells()) {
        links.addAll(cell.links());
      }
      if (!values.containsKey(ActionItemField.TYPE) && category != null) {
        values.put(ActionItemField.TYPE, category);
      }
      String statusText = values.getOrDefault(ActionItemField.STATUS, "");
      Optional<ActionStatus> stated = StatusNormalizer.read(statusText, spec.statuses()).map(StatusNormalizer.Reading::status);
      if (stated.isEmpty() && statusText.isBlank()) {
        // No status column, or an empty cell: the notes ("Done", "[Done](link)") or the action's own words.
        String elsewhere = (notes >= 0 ? row.cell(notes).map(Cell::text).orElse("") : "") + " " + values.getOrDefault(ActionItemField.ACTION, "");
        stated = StatusNormalizer.read(notes >= 0 ? row.cell(notes).map(Cell::text).orElse("").trim() : "", spec.statuses())
            .map(StatusNormalizer.Reading::status).or(() -> ItemStatus.of(elsewhere));
      }
      ActionStatus status = stated.orElse(statusText.isBlank() ? ActionStatus.OPEN : ActionStatus.UNKNOWN);
      Optional<java.time.LocalDate> due = Dates.parse(values.getOrDefault(ActionItemField.DUE, ""));
      out.add(new ActionItem(ActionItem.Form.TABLE_ROW, values, at, due, status, dedupe(links), row.at()));
    }
  }

  static void fromListItem(ListItem item, String category, ActionItemSpec spec, List<ActionItem> out, boolean followUpList) {
    Matcher label = LABEL_ITEM.matcher(item.text());
    boolean isLabel = !item.children().isEmpty() && (label.matches() || item.text().isBlank());
    if (isLabel) {
      String group = label.matches() && !FollowUps.names(label.group(1)) ? label.group(1) : category;
      for (ListItem child : item.children()) {
        fromListItem(child, group, spec, out, followUpList);
      }
      return;
    }
    if (isTheme(item)) {
      // "- Improve probe coverage" over "- Reach out to teams", "- Create a dashboard": the
      // sub-bullets are the actions someone will do and track; the parent only names their aim.
      for (ListItem child : item.children()) {
        fromListItem(child, item.text().trim(), spec, out, followUpList);
      }
      return;
    }
    if (item.text().isBlank() && item.task() == ListItem.TaskState.NONE) {
      return; // an empty bullet is unfilled template text, not an action item
    }
    out.add(fromText(item, category, spec, followUpList));
  }

  /**
   * A plain bullet whose sub-bullets are actions of their own. Not a theme: a task (its sub-bullets
   * are notes on it), a bullet that names an owner or a due date (it is the tracked item), or one
   * with a single sub-bullet: in the corpus that is a note ("See <link>", "This has been done").
   */
  private static boolean isTheme(ListItem item) {
    if (item.children().size() < 2 || item.task() != ListItem.TaskState.NONE || struckThrough(item)) {
      return false;
    }
    String text = item.text();
    return Owners.find(text).isEmpty() && !Owners.DUE.matcher(text).find();
  }

  private static ActionItem fromText(ListItem item, String category, ActionItemSpec spec, boolean followUpList) {
    String text = item.text().trim();
    StringBuilder notes = new StringBuilder();
    item.children().forEach(c -> notes.append(' ').append(c.text()));
    ActionStatus status;
    ActionItem.Form form;
    if (item.task() != ListItem.TaskState.NONE) {
      form = ActionItem.Form.TASK;
      status = item.task() == ListItem.TaskState.DONE ? ActionStatus.DONE
          : ItemStatus.of(text).filter(s -> s != ActionStatus.DONE).orElse(ActionStatus.OPEN);
    } else {
      form = ActionItem.Form.BULLET;
      status = struckThrough(item) ? ActionStatus.DONE
          : ItemStatus.of(text).or(() -> ItemStatus.of(notes.toString()))
              .orElse(followUpList && ItemStatus.pastTense(text) ? ActionStatus.DONE : spec.plainBulletStatus());
    }
    ActionItem read = item(form, text.replaceAll("^~~(.*)~~$", "$1"), category, status, item.links(), item.at());
    if (read.owner().isEmpty()) {
      // Plain text loses "[SRE]": a tag is read from the item as written.
      Optional<String> tag = Owners.find(item.markdown().replace("\\[", "[").replace("\\]", "]"));
      if (tag.isPresent()) {
        Map<ActionItemField, String> values = new EnumMap<>(ActionItemField.class);
        values.putAll(read.values());
        values.put(ActionItemField.OWNER, tag.get());
        return new ActionItem(read.form(), values, read.fieldAt(), read.due(), read.status(), read.links(), read.at());
      }
    }
    return read;
  }

  /** An item from free text: owner, due date and type read from the text. */
  static ActionItem item(ActionItem.Form form, String text, String category, ActionStatus status, List<String> links, Location at) {
    Map<ActionItemField, String> values = new EnumMap<>(ActionItemField.class);
    values.put(ActionItemField.ACTION, text);
    Owners.find(text).ifPresent(o -> values.put(ActionItemField.OWNER, o));
    Matcher due = Owners.DUE.matcher(text);
    if (due.find()) {
      values.put(ActionItemField.DUE, due.group(1));
    }
    if (category != null && !category.isBlank()) {
      values.put(ActionItemField.TYPE, category);
    }
    Optional<java.time.LocalDate> dueDate = Dates.parse(values.getOrDefault(ActionItemField.DUE, ""));
    return new ActionItem(form, values, Map.of(), dueDate, status, dedupe(links), at);
  }

  private static boolean struckThrough(ListItem item) {
    String md = item.markdown();
    return md.startsWith("~~") && md.endsWith("~~") && md.length() > 4;
  }

  /**
   * One item per line, in document order; an item written twice (a table row, then the same text in
   * a categorised list) is one item, at its first place, taking the list's category as its type.
   */
  private static List<ActionItem> merged(List<ActionItem> items) {
    items.sort(Comparator.comparing(ActionItem::at));
    List<ActionItem> out = new ArrayList<>();
    Map<String, Integer> byText = new java.util.HashMap<>();
    Set<Integer> lines = new HashSet<>();
    for (ActionItem item : items) {
      if (!lines.add(item.at().line())) {
        continue;
      }
      String key = item.action().map(a -> a.toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+", " ").trim()).orElse("");
      Integer first = key.length() > 10 ? byText.get(key) : null;
      if (first == null) {
        byText.put(key, out.size());
        out.add(item);
      } else if (out.get(first).type().isEmpty() && item.type().isPresent()) {
        ActionItem kept = out.get(first);
        Map<ActionItemField, String> values = new EnumMap<>(ActionItemField.class);
        values.putAll(kept.values());
        values.put(ActionItemField.TYPE, item.type().get());
        out.set(first, new ActionItem(kept.form(), values, kept.fieldAt(), kept.due(), kept.status(), kept.links(), kept.at()));
      }
    }
    return out;
  }

  static List<String> dedupe(List<String> links) {
    return List.copyOf(new LinkedHashSet<>(links));
  }
}
