package dev.pm.model;

import java.util.List;

/**
 * A pipe table.
 *
 * @param header the header cells
 * @param rows the body rows; a row may have more or fewer cells than the header (ragged)
 */
public record Table(List<Cell> header, List<Row> rows, Location at) implements Block {
  public Table {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** Index of the first header cell whose key is one of {@code keys}, or -1. */
  public int column(java.util.Collection<String> keys) {
    for (int i = 0; i < header.size(); i++) {
      if (keys.contains(header.get(i).key())) {
        return i;
      }
    }
    return -1;
  }
}
