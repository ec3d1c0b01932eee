package dev.pm.model;

/**
 * A 1-based line and column in a source file.
 *
 * <p>Rationale: flexmark and SnakeYAML both count from 0; the parse package converts once, so every
 * rule, reporter and test after it speaks the editor's 1-based numbers.
 */
public record Location(int line, int column) implements Comparable<Location> {

  public static final Location START = new Location(1, 1);

  public Location {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("Location is 1-based, got " + line + ":" + column);
    }
  }

  public static Location ofLine(int line) {
    return new Location(line, 1);
  }

  @Override
  public int compareTo(Location other) {
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
