package dev.pm.model;

import java.util.List;

/**
 * One list item.
 *
 * @param text plain text of the item's first paragraph (empty for an empty item)
 * @param markdown that paragraph as written
 * @param task task-list state ({@code - [ ]} / {@code - [x]}), NONE for a plain item
 * @param links link destinations in the item's first paragraph
 * @param children items of lists nested in this item
 */
public record ListItem(
    String text,
    String markdown,
    TaskState task,
    List<String> links,
    Location at,
    List<ListItem> children) {

  public enum TaskState {
    NONE,
    OPEN,
    DONE
  }

  public ListItem {
    links = List.copyOf(links);
    children = List.copyOf(children);
  }
}
