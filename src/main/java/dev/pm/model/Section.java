package dev.pm.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A heading and what it owns: its own blocks up to the next heading, and its sub-sections (the
 * following headings of a deeper level). The document root is a section with no heading.
 */
public record Section(Heading heading, List<Block> blocks, List<Section> children) {

  public Section {
    blocks = List.copyOf(blocks);
    children = List.copyOf(children);
  }

  public boolean isRoot() {
    return heading == null;
  }

  /** True when neither this section nor any sub-section holds a block. */
  public boolean isEmpty() {
    if (!blocks.isEmpty()) {
      return false;
    }
    for (Section child : children) {
      if (!child.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** This section and all sections below it, in document order. */
  public List<Section> descendantsAndSelf() {
    List<Section> all = new ArrayList<>();
    walk(all::add);
    return all;
  }

  /** Visits this section and every section below it in document order, without recursion. */
  public void walk(Consumer<Section> visitor) {
    var stack = new ArrayList<Section>();
    stack.add(this);
    while (!stack.isEmpty()) {
      Section next = stack.remove(stack.size() - 1);
      visitor.accept(next);
      for (int i = next.children.size() - 1; i >= 0; i--) {
        stack.add(next.children.get(i));
      }
    }
  }

  /** Blocks of this section and of all its sub-sections, in document order. */
  public List<Block> allBlocks() {
    List<Block> all = new ArrayList<>();
    walk(s -> all.addAll(s.blocks));
    return all;
  }

  public Location at() {
    return heading == null ? Location.START : heading.at();
  }
}
