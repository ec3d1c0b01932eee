package dev.pm.schema;

import dev.pm.text.HeadingNormalizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A table column a schema expects.
 *
 * @param name the column header as the template writes it
 * @param aliases other accepted headers
 * @param required whether the table must have this column
 * @param nonEmpty whether every row must fill this column
 */
public record ColumnSpec(String name, List<String> aliases, boolean required, boolean nonEmpty) {

  public ColumnSpec {
    aliases = List.copyOf(aliases);
  }

  /** Normalised header names this column accepts. */
  public Set<String> keys() {
    return KEYS.of(this);
  }

  private static final DerivedOnce<ColumnSpec, Set<String>> KEYS =
      new DerivedOnce<>(
          c ->
              Stream.concat(Stream.of(c.name), c.aliases.stream())
                  .map(HeadingNormalizer::key)
                  .collect(Collectors.toUnmodifiableSet()));
}
