package dev.pm.model;

import java.util.List;
import java.util.Map;

/**
 * A front matter value with its position. pm keeps every scalar as the text the author wrote (YAML
 * 1.2 style): {@code no}, {@code 0123} and {@code 2026-03-14} stay strings, and rules decide what a
 * valid date or severity is.
 */
public sealed interface YamlValue {

  Location at();

  /** A scalar; {@code text} is empty for an explicit or implied null. */
  record Scalar(String text, boolean isNull, Location at) implements YamlValue {}

  record Sequence(List<YamlValue> items, Location at) implements YamlValue {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  record Mapping(Map<String, FrontMatterField> fields, Location at) implements YamlValue {
    public Mapping {
      fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
  }

  /** A short, human description of the value's kind, for messages. */
  default String kind() {
    if (this instanceof Scalar) {
      return "text";
    }
    if (this instanceof Sequence) {
      return "list";
    }
    return "mapping";
  }

  /** The scalar text, or null when the value is not a non-null scalar. */
  default String scalarText() {
    return this instanceof Scalar s && !s.isNull() ? s.text() : null;
  }
}
