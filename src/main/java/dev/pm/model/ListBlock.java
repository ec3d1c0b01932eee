package dev.pm.model;

import java.util.List;

/** A bullet or ordered list. */
public record ListBlock(boolean ordered, List<ListItem> items, Location at) implements Block {
  public ListBlock {
    items = List.copyOf(items);
  }
}
