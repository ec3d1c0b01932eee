package dev.pm.model;

import java.util.List;

/**
 * A table cell.
 *
 * @param text plain text ({@code **PM-AI-001**} reads {@code PM-AI-001})
 * @param markdown the cell as written, trimmed: keeps what plain text drops ({@code [ ] TODO},
 *     {@code [Name]})
 * @param key the text normalised as headings are, for matching header names
 * @param links link destinations in the cell
 */
public record Cell(String text, String markdown, String key, List<String> links, Location at) {
  public Cell {
    links = List.copyOf(links);
  }
}
