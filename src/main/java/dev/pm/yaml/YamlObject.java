package dev.pm.yaml;

import dev.pm.error.UserError;
import dev.pm.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A mapping read from a pm-owned YAML file (schema, {@code .pm.yaml}, the template catalog) with
 * typed getters that fail with the file and position of the bad value. Unknown keys are errors: a
 * misspelt key silently ignored is a check silently skipped.
 *
 * <p>Rationale: the reader of every YAML file pm owns lives here, below {@code schema} and {@code
 * config}, and its entries are {@link YamlEntry}s, not the model's front matter types; every
 * problem is a {@link UserError} naming the file, line and column, the one error type the cli
 * prints and exits with.
 */
public final class YamlObject {

  private final String file;
  private final Location at;
  private final Map<String, YamlEntry> entries;

  private YamlObject(String file, Location at, Map<String, YamlEntry> entries) {
    this.file = file;
    this.at = at;
    this.entries = entries;
  }

  /** Parses a whole YAML file with the same safety limits as front matter. */
  public static YamlObject parse(String file, String text) {
    SafeYamlReader.Outcome outcome = SafeYamlReader.read(text, 1, 1024 * 1024);
    if (!outcome.problems().isEmpty()) {
      YamlProblem problem = outcome.problems().get(0);
      throw new UserError(file, problem.at(), problem.message());
    }
    return new YamlObject(file, Location.START, new LinkedHashMap<>(outcome.entries()));
  }

  public String file() {
    return file;
  }

  public Location at() {
    return at;
  }

  public Set<String> keys() {
    return entries.keySet();
  }

  public UserError error(Location where, String message) {
    return new UserError(file, where, message);
  }

  /** Fails on any key outside {@code allowed}, naming the valid ones. */
  public YamlObject allowOnly(String... allowed) {
    Set<String> ok = Set.of(allowed);
    for (YamlEntry f : entries.values()) {
      if (!ok.contains(f.key())) {
        throw error(
            f.keyAt(),
            "unknown key \"" + f.key() + "\"; expected one of " + String.join(", ", allowed));
      }
    }
    return this;
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  public Location keyAt(String key) {
    YamlEntry f = entries.get(key);
    return f == null ? at : f.keyAt();
  }

  public Optional<String> string(String key) {
    YamlEntry f = entries.get(key);
    if (f == null) {
      return Optional.empty();
    }
    if (f.value() instanceof YamlNode.Scalar s) {
      return s.isNull() ? Optional.empty() : Optional.of(s.text());
    }
    throw error(f.value().at(), "\"" + key + "\" must be text, not a " + f.value().kind());
  }

  public String requiredString(String key) {
    return string(key).orElseThrow(() -> error(at, "missing required key \"" + key + "\""));
  }

  public Optional<Boolean> bool(String key) {
    Optional<String> text = string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return switch (text.get()) {
      case "true", "yes", "on" -> Optional.of(true);
      case "false", "no", "off" -> Optional.of(false);
      default ->
          throw error(
              entries.get(key).value().at(),
              "\"" + key + "\" must be true or false, not \"" + text.get() + "\"");
    };
  }

  /** A list of text; a single text value reads as a list of one. */
  public List<String> strings(String key) {
    YamlEntry f = entries.get(key);
    if (f == null) {
      return List.of();
    }
    return strings(key, f.value());
  }

  private List<String> strings(String key, YamlNode value) {
    if (value instanceof YamlNode.Scalar s) {
      return s.isNull() ? List.of() : List.of(s.text());
    }
    if (value instanceof YamlNode.Sequence seq) {
      List<String> out = new ArrayList<>();
      for (YamlNode item : seq.items()) {
        if (!(item instanceof YamlNode.Scalar s) || s.isNull()) {
          throw error(item.at(), "\"" + key + "\" must be a list of text");
        }
        out.add(s.text());
      }
      return out;
    }
    throw error(value.at(), "\"" + key + "\" must be a list of text, not a mapping");
  }

  public Optional<YamlObject> object(String key) {
    YamlEntry f = entries.get(key);
    if (f == null || (f.value() instanceof YamlNode.Scalar s && s.isNull())) {
      return Optional.empty();
    }
    if (f.value() instanceof YamlNode.Mapping m) {
      return Optional.of(new YamlObject(file, m.at(), m.entries()));
    }
    throw error(f.value().at(), "\"" + key + "\" must be a mapping, not " + f.value().kind());
  }

  /**
   * A list whose items are mappings, or, where {@code scalarKey} is given, text standing for {@code
   * {scalarKey: text}}.
   */
  public List<YamlObject> objects(String key, String scalarKey) {
    YamlEntry f = entries.get(key);
    if (f == null || (f.value() instanceof YamlNode.Scalar s && s.isNull())) {
      return List.of();
    }
    if (!(f.value() instanceof YamlNode.Sequence seq)) {
      throw error(f.value().at(), "\"" + key + "\" must be a list");
    }
    List<YamlObject> out = new ArrayList<>();
    for (YamlNode item : seq.items()) {
      if (item instanceof YamlNode.Mapping m) {
        out.add(new YamlObject(file, m.at(), m.entries()));
      } else if (item instanceof YamlNode.Scalar s && !s.isNull() && scalarKey != null) {
        Map<String, YamlEntry> single = new LinkedHashMap<>();
        single.put(scalarKey, new YamlEntry(scalarKey, s.at(), s));
        out.add(new YamlObject(file, s.at(), single));
      } else {
        throw error(item.at(), "items of \"" + key + "\" must be mappings");
      }
    }
    return out;
  }

  /** Each key of a mapping-valued key, in order, with its value as an object or text. */
  public Map<String, YamlEntry> entries(String key) {
    YamlEntry f = entries.get(key);
    if (f == null || (f.value() instanceof YamlNode.Scalar s && s.isNull())) {
      return Map.of();
    }
    if (!(f.value() instanceof YamlNode.Mapping m)) {
      throw error(f.value().at(), "\"" + key + "\" must be a mapping");
    }
    return m.entries();
  }

  public YamlObject child(YamlEntry field) {
    if (field.value() instanceof YamlNode.Mapping m) {
      return new YamlObject(file, m.at(), m.entries());
    }
    throw error(field.value().at(), "\"" + field.key() + "\" must be a mapping");
  }

  public List<String> stringsOf(YamlEntry field) {
    return strings(field.key(), field.value());
  }

  public String stringOf(YamlEntry field) {
    if (field.value() instanceof YamlNode.Scalar s && !s.isNull()) {
      return s.text();
    }
    throw error(field.value().at(), "\"" + field.key() + "\" must be text");
  }

  public Optional<Pattern> pattern(String key) {
    Optional<String> text = string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Pattern.compile(text.get()));
    } catch (PatternSyntaxException e) {
      throw error(
          entries.get(key).value().at(),
          "\"" + key + "\" is not a valid regular expression: " + e.getDescription());
    }
  }
}
