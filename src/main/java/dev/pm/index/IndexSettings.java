package dev.pm.index;

import java.util.List;
import java.util.Optional;

/**
 * How {@code pm index} lays out the table ({@code index:} in {@code .pm.yaml}).
 *
 * @param file where the index lives, relative to {@code .pm.yaml}; default {@code
 *     <directory>/README.md}
 * @param columns the columns, in order
 * @param newestFirst whether the newest incident comes first ({@code order: newest-first}, the
 *     default)
 */
public record IndexSettings(Optional<String> file, List<IndexColumn> columns, boolean newestFirst) {

  public static final IndexSettings DEFAULT =
      new IndexSettings(Optional.empty(), List.of(IndexColumn.values()), true);

  public IndexSettings {
    columns = List.copyOf(columns);
  }
}
