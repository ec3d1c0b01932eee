package dev.pm.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One follow-up action of a post-mortem, whatever form it was written in.
 *
 * @param form a table row, a task-list item, a plain bullet or a line of text
 * @param values the text of each field the source gave, trimmed; absent fields are missing
 * @param fieldAt where each given field's text stands (the cell, or the item for inline fields)
 * @param due the due date when its text is a real ISO date
 * @param status the normalised status
 * @param links ticket or pull-request links
 * @param at the row or list item
 */
public record ActionItem(
    Form form,
    Map<ActionItemField, String> values,
    Map<ActionItemField, Location> fieldAt,
    Optional<LocalDate> due,
    ActionStatus status,
    List<String> links,
    Location at) {

  public enum Form {
    TABLE_ROW,
    TASK,
    BULLET,
    /** A line, heading or sentence of text under a follow-up heading or label, not a list item. */
    LINE
  }

  public ActionItem {
    values = Map.copyOf(values);
    fieldAt = Map.copyOf(fieldAt);
    links = List.copyOf(links);
  }

  public Optional<String> value(ActionItemField field) {
    String text = values.get(field);
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  public Location at(ActionItemField field) {
    return fieldAt.getOrDefault(field, at);
  }

  public Optional<String> id() {
    return value(ActionItemField.ID);
  }

  public Optional<String> action() {
    return value(ActionItemField.ACTION);
  }

  public Optional<String> owner() {
    return value(ActionItemField.OWNER);
  }

  public Optional<String> type() {
    return value(ActionItemField.TYPE);
  }
}
