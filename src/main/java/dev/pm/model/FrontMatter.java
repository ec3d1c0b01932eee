package dev.pm.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The front matter block at the top of a post-mortem.
 *
 * @param syntax YAML ({@code ---}) or TOML ({@code +++}) delimiters
 * @param at the opening delimiter
 * @param endLine the line of the closing delimiter
 * @param fields top-level keys in document order; empty when the block could not be read
 */
public record FrontMatter(
    Syntax syntax, Location at, int endLine, Map<String, FrontMatterField> fields) {

  public enum Syntax {
    YAML,
    TOML
  }

  public FrontMatter {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public Optional<FrontMatterField> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  /** The scalar text of a top-level key, when it is present and a non-null scalar. */
  public Optional<String> text(String key) {
    return field(key).map(f -> f.value().scalarText());
  }
}
