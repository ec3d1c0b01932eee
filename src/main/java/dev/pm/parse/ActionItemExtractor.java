package dev.pm.parse;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.ActionStatus;
import dev.pm.model.Block;
import dev.pm.model.Cell;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Location;
import dev.pm.model.PostMortem;
import dev.pm.model.Row;
import dev.pm.model.Section;
import dev.pm.model.Table;
import dev.pm.schema.ActionItemSpec;
import dev.pm.schema.SectionMatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every action item of a post-mortem, whatever form it is written in: table rows, task-list
 * items, plain bullets, grouped under category sub-headings or bold labels (the category becomes the
 * type), and list items under a bold list label such as {@code - **Review actions**:}.
 *
 * <p>This is the one extractor: {@code pm lint} checks what it finds and {@code pm stats} counts
 * it, so the two can never disagree about what an action item is.
 */
public final class ActionItemExtractor {

  private static final Pattern OWNER_MENTION = Pattern.compile("(?<![\\w/])@([A-Za-z0-9][\\w.-]*[\\w])");
  private static final Pattern OWNER_LABEL =
      Pattern.compile("(?i)\\b(?:owner|assignee|assigned to|responsible)\\s*[:=]\\s*([^,;()\\]]+?)\\s*(?:[,;)\\]]|$)");
  private static final Pattern DUE =
      Pattern.compile("(?i)\\b(?:due(?: date)?|by|deadline|target(?: date)?)\\s*[:=]?\\s*(\\d{4}-\\d{1,2}-\\d{1,3})");
  private static final Pattern LABEL_ITEM = Pattern.compile("^(.{1,60}?)\\s*:\\s*$");

  private ActionItemExtractor() {}

  public static List<ActionItem> extract(PostMortem doc, ActionItemSpec spec) {
    List<ActionItem> items = new ArrayList<>();
    Set<String> keys = spec.sectionKeys();
    for (Section section : SectionMatcher.findAll(doc, keys)) {
      fromSection(section, null, spec, items);
    }
    fromListLabels(doc.root(), keys, spec, items);
    items.sort(java.util.Comparator.comparing(ActionItem::at));
    return items;
  }

  /** Items of a section and its sub-sections; a sub-section's title is the category of its items. */
  private static void fromSection(Section section, String category, ActionItemSpec spec, List<ActionItem> out) {
    for (Block block : section.blocks()) {
      if (block instanceof Table table && isActionTable(table, spec)) {
        fromTable(table, category, spec, out);
      } else if (block instanceof ListBlock list) {
        for (ListItem item : list.items()) {
          fromListItem(item, category, spec, out);
        }
      }
    }
    for (Section child : section.children()) {
      fromSection(child, child.heading().text(), spec, out);
    }
  }

  /** A table carries action items when it has the action column, or two other action-item columns. */
  static boolean isActionTable(Table table, ActionItemSpec spec) {
    if (table.column(spec.columnKeys(ActionItemField.ACTION)) >= 0) {
      return true;
    }
    int known = 0;
    for (ActionItemField f : List.of(ActionItemField.OWNER, ActionItemField.DUE, ActionItemField.STATUS)) {
      if (table.column(spec.columnKeys(f)) >= 0) {
        known++;
      }
    }
    return known >= 2;
  }

  private static void fromTable(Table table, String category, ActionItemSpec spec, List<ActionItem> out) {
    Map<ActionItemField, Integer> columns = new EnumMap<>(ActionItemField.class);
    Set<Integer> taken = new java.util.HashSet<>();
    // Fields in declaration order claim columns, so "Action Item ID" is the id, not the action.
    for (ActionItemField field : ActionItemField.values()) {
      Set<String> fieldKeys = spec.columnKeys(field);
      for (int i = 0; i < table.header().size(); i++) {
        if (!taken.contains(i) && HeadingNormalizer.matches(table.header().get(i).key(), fieldKeys)) {
          columns.put(field, i);
          taken.add(i);
          break;
        }
      }
    }
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
      ActionStatus status =
          StatusNormalizer.read(values.getOrDefault(ActionItemField.STATUS, ""), spec.statuses())
              .map(StatusNormalizer.Reading::status)
              .orElse(values.getOrDefault(ActionItemField.STATUS, "").isBlank() ? ActionStatus.OPEN : ActionStatus.UNKNOWN);
      Optional<java.time.LocalDate> due = Dates.parse(values.getOrDefault(ActionItemField.DUE, ""));
      out.add(new ActionItem(ActionItem.Form.TABLE_ROW, values, at, due, status, dedupe(links), row.at()));
    }
  }

  private static void fromListItem(ListItem item, String category, ActionItemSpec spec, List<ActionItem> out) {
    Matcher label = LABEL_ITEM.matcher(item.text());
    boolean isLabel = !item.children().isEmpty() && (label.matches() || item.text().isBlank());
    if (isLabel) {
      String group = label.matches() ? label.group(1) : category;
      for (ListItem child : item.children()) {
        fromListItem(child, group, spec, out);
      }
      return;
    }
    if (isTheme(item)) {
      // "- Improve probe coverage" over "- Reach out to teams", "- Create a dashboard": the
      // sub-bullets are the actions someone will do and track; the parent only names their aim.
      for (ListItem child : item.children()) {
        fromListItem(child, category, spec, out);
      }
      return;
    }
    if (item.text().isBlank() && item.task() == ListItem.TaskState.NONE) {
      return; // an empty bullet is unfilled template text, not an action item
    }
    out.add(fromText(item, category, spec));
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
    return owner(text).isEmpty() && !DUE.matcher(text).find();
  }

  private static ActionItem fromText(ListItem item, String category, ActionItemSpec spec) {
    Map<ActionItemField, String> values = new EnumMap<>(ActionItemField.class);
    Map<ActionItemField, Location> at = new EnumMap<>(ActionItemField.class);
    String text = item.text().trim();
    values.put(ActionItemField.ACTION, text);
    owner(text).ifPresent(o -> values.put(ActionItemField.OWNER, o));
    Matcher due = DUE.matcher(text);
    if (due.find()) {
      values.put(ActionItemField.DUE, due.group(1));
    }
    if (category != null) {
      values.put(ActionItemField.TYPE, category);
    }
    ActionStatus status;
    ActionItem.Form form;
    if (item.task() != ListItem.TaskState.NONE) {
      form = ActionItem.Form.TASK;
      status = item.task() == ListItem.TaskState.DONE ? ActionStatus.DONE
          : StatusNormalizer.findInText(text).filter(s -> s != ActionStatus.DONE).orElse(ActionStatus.OPEN);
    } else {
      form = ActionItem.Form.BULLET;
      status = struckThrough(item) ? ActionStatus.DONE
          : StatusNormalizer.findInText(text).orElse(spec.plainBulletStatus());
    }
    Optional<java.time.LocalDate> dueDate = Dates.parse(values.getOrDefault(ActionItemField.DUE, ""));
    return new ActionItem(form, values, at, dueDate, status, dedupe(item.links()), item.at());
  }

  /** {@code @handle} or {@code Owner: name}. */
  static Optional<String> owner(String text) {
    Matcher label = OWNER_LABEL.matcher(text);
    if (label.find()) {
      return Optional.of(label.group(1).trim());
    }
    Matcher mention = OWNER_MENTION.matcher(text);
    if (mention.find()) {
      return Optional.of("@" + mention.group(1));
    }
    return Optional.empty();
  }

  private static boolean struckThrough(ListItem item) {
    String md = item.markdown();
    return md.startsWith("~~") && md.endsWith("~~") && md.length() > 4;
  }

  /**
   * Items under a list label named like an action-items section ({@code - **Review actions**:}),
   * outside sections already read as action-item sections.
   */
  private static void fromListLabels(Section section, Set<String> keys, ActionItemSpec spec, List<ActionItem> out) {
    for (Block block : section.blocks()) {
      if (block instanceof ListBlock list) {
        for (ListItem item : list.items()) {
          String labelKey = HeadingNormalizer.key(item.text());
          if (!item.children().isEmpty() && HeadingNormalizer.matches(labelKey, keys)) {
            for (ListItem child : item.children()) {
              fromListItem(child, null, spec, out);
            }
          }
        }
      }
    }
    for (Section child : section.children()) {
      if (!HeadingNormalizer.matches(child.heading().key(), keys)) {
        fromListLabels(child, keys, spec, out);
      }
    }
  }

  private static List<String> dedupe(List<String> links) {
    return List.copyOf(new LinkedHashSet<>(links));
  }
}
