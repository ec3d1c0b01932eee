package dev.pm.schema;

import dev.pm.text.HeadingNormalizer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A section a schema knows: its name and accepted alternatives, whether it is required, the tables
 * it holds and its own sub-sections (looked for among the section's descendants).
 */
public record SectionSpec(
    String title,
    List<String> aliases,
    boolean required,
    boolean allowEmpty,
    List<TableSpec> tables,
    List<SectionSpec> sections) {

  public SectionSpec {
    aliases = List.copyOf(aliases);
    tables = List.copyOf(tables);
    sections = List.copyOf(sections);
  }

  /** Normalised names this section accepts. */
  public Set<String> keys() {
    return KEYS.of(this);
  }

  private static final DerivedOnce<SectionSpec, Set<String>> KEYS =
      new DerivedOnce<>(
          s ->
              Stream.concat(Stream.of(s.title), s.aliases.stream())
                  .map(HeadingNormalizer::key)
                  .collect(Collectors.toUnmodifiableSet()));
}
