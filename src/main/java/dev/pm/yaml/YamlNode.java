package dev.pm.yaml;

import dev.pm.model.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value read from YAML, with where it stands in its file. Every scalar stays the text the author
 * wrote (YAML 1.2 style): {@code no}, {@code 0123} and {@code 2026-03-14} are strings, and the
 * reader of each file decides what a valid value is.
 *
 * <p>Rationale: pm's own files ({@code .pm.yaml}, schemas, the template catalog) are YAML with
 * positioned errors, but they are not post-mortems; they are read as these nodes, and only a
 * post-mortem's front matter becomes the model's {@code FrontMatterField}.
 */
public sealed interface YamlNode {

  Location at();

  /** A scalar; {@code text} is empty for an explicit or implied null. */
  record Scalar(String text, boolean isNull, Location at) implements YamlNode {}

  /** A list. */
  record Sequence(List<YamlNode> items, Location at) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** A mapping from text keys to entries, in the order written. */
  record Mapping(Map<String, YamlEntry> entries, Location at) implements YamlNode {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
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
