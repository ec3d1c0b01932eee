package dev.pm.model;

import java.util.List;
import java.util.Optional;

/** A table body row. */
public record Row(List<Cell> cells, Location at) {
  public Row {
    cells = List.copyOf(cells);
  }

  public Optional<Cell> cell(int index) {
    return index >= 0 && index < cells.size() ? Optional.of(cells.get(index)) : Optional.empty();
  }

  public boolean isBlank() {
    return cells.stream().allMatch(c -> c.text().isBlank());
  }
}
