package dev.pm.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which front matter keys a post-mortem must have and what they may hold. */
public record FrontMatterSpec(List<String> required, Map<String, FieldSpec> fields) {

  public FrontMatterSpec {
    required = List.copyOf(required);
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  public Optional<FieldSpec> field(String key) {
    return Optional.ofNullable(fields.get(key));
  }
}
