package dev.pm.yaml;

import dev.pm.error.UserError;
import dev.pm.model.FrontMatterField;
import dev.pm.model.Location;
import dev.pm.model.YamlValue;
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
 * config}, so configuration errors are configuration errors ({@code ConfigException}) and not
 * schema errors; each owner says which {@link UserError} its problems become.
 */
public final class YamlObject {

  /** Makes the error for a problem at a position in the file; each kind of file has its own. */
  @FunctionalInterface
  public interface Errors {
    UserError at(String file, Location at, String message);
  }

  private final String file;
  private final Location at;
  private final Map<String, FrontMatterField> fields;
  private final Errors errors;

  private YamlObject(
      String file, Location at, Map<String, FrontMatterField> fields, Errors errors) {
    this.file = file;
    this.at = at;
    this.fields = fields;
    this.errors = errors;
  }

  /**
   * Parses a whole YAML file with the same safety limits as front matter; problems are plain {@link
   * UserError}s.
   */
  public static YamlObject parse(String file, String text) {
    return parse(file, text, UserError::new);
  }

  /**
   * Parses a whole YAML file; every problem in it, now or from a getter later, is made by {@code
   * errors}.
   */
  public static YamlObject parse(String file, String text, Errors errors) {
    SafeYamlReader.Outcome outcome = SafeYamlReader.read(text, 1, 1024 * 1024);
    if (!outcome.problems().isEmpty()) {
      var problem = outcome.problems().get(0);
      throw errors.at(file, problem.at(), problem.message());
    }
    return new YamlObject(file, Location.START, new LinkedHashMap<>(outcome.fields()), errors);
  }

  public String file() {
    return file;
  }

  public Location at() {
    return at;
  }

  public Set<String> keys() {
    return fields.keySet();
  }

  public UserError error(Location where, String message) {
    return errors.at(file, where, message);
  }

  /** Fails on any key outside {@code allowed}, naming the valid ones. */
  public YamlObject allowOnly(String... allowed) {
    Set<String> ok = Set.of(allowed);
    for (FrontMatterField f : fields.values()) {
      if (!ok.contains(f.key())) {
        throw error(
            f.keyAt(),
            "unknown key \"" + f.key() + "\"; expected one of " + String.join(", ", allowed));
      }
    }
    return this;
  }

  public boolean has(String key) {
    return fields.containsKey(key);
  }

  public Location keyAt(String key) {
    FrontMatterField f = fields.get(key);
    return f == null ? at : f.keyAt();
  }

  public Optional<String> string(String key) {
    FrontMatterField f = fields.get(key);
    if (f == null) {
      return Optional.empty();
    }
    if (f.value() instanceof YamlValue.Scalar s) {
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
              fields.get(key).value().at(),
              "\"" + key + "\" must be true or false, not \"" + text.get() + "\"");
    };
  }

  /** A list of text; a single text value reads as a list of one. */
  public List<String> strings(String key) {
    FrontMatterField f = fields.get(key);
    if (f == null) {
      return List.of();
    }
    return strings(key, f.value());
  }

  private List<String> strings(String key, YamlValue value) {
    if (value instanceof YamlValue.Scalar s) {
      return s.isNull() ? List.of() : List.of(s.text());
    }
    if (value instanceof YamlValue.Sequence seq) {
      List<String> out = new ArrayList<>();
      for (YamlValue item : seq.items()) {
        if (!(item instanceof YamlValue.Scalar s) || s.isNull()) {
          throw error(item.at(), "\"" + key + "\" must be a list of text");
        }
        out.add(s.text());
      }
      return out;
    }
    throw error(value.at(), "\"" + key + "\" must be a list of text, not a mapping");
  }

  public Optional<YamlObject> object(String key) {
    FrontMatterField f = fields.get(key);
    if (f == null || (f.value() instanceof YamlValue.Scalar s && s.isNull())) {
      return Optional.empty();
    }
    if (f.value() instanceof YamlValue.Mapping m) {
      return Optional.of(new YamlObject(file, m.at(), m.fields(), errors));
    }
    throw error(f.value().at(), "\"" + key + "\" must be a mapping, not " + f.value().kind());
  }

  /**
   * A list whose items are mappings, or, where {@code scalarKey} is given, text standing for {@code
   * {scalarKey: text}}.
   */
  public List<YamlObject> objects(String key, String scalarKey) {
    FrontMatterField f = fields.get(key);
    if (f == null || (f.value() instanceof YamlValue.Scalar s && s.isNull())) {
      return List.of();
    }
    if (!(f.value() instanceof YamlValue.Sequence seq)) {
      throw error(f.value().at(), "\"" + key + "\" must be a list");
    }
    List<YamlObject> out = new ArrayList<>();
    for (YamlValue item : seq.items()) {
      if (item instanceof YamlValue.Mapping m) {
        out.add(new YamlObject(file, m.at(), m.fields(), errors));
      } else if (item instanceof YamlValue.Scalar s && !s.isNull() && scalarKey != null) {
        Map<String, FrontMatterField> single = new LinkedHashMap<>();
        single.put(scalarKey, new FrontMatterField(scalarKey, s.at(), s));
        out.add(new YamlObject(file, s.at(), single, errors));
      } else {
        throw error(item.at(), "items of \"" + key + "\" must be mappings");
      }
    }
    return out;
  }

  /** Each key of a mapping-valued key, in order, with its value as an object or text. */
  public Map<String, FrontMatterField> entries(String key) {
    FrontMatterField f = fields.get(key);
    if (f == null || (f.value() instanceof YamlValue.Scalar s && s.isNull())) {
      return Map.of();
    }
    if (!(f.value() instanceof YamlValue.Mapping m)) {
      throw error(f.value().at(), "\"" + key + "\" must be a mapping");
    }
    return m.fields();
  }

  public YamlObject child(FrontMatterField field) {
    if (field.value() instanceof YamlValue.Mapping m) {
      return new YamlObject(file, m.at(), m.fields(), errors);
    }
    throw error(field.value().at(), "\"" + field.key() + "\" must be a mapping");
  }

  public List<String> stringsOf(FrontMatterField field) {
    return strings(field.key(), field.value());
  }

  public String stringOf(FrontMatterField field) {
    if (field.value() instanceof YamlValue.Scalar s && !s.isNull()) {
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
          fields.get(key).value().at(),
          "\"" + key + "\" is not a valid regular expression: " + e.getDescription());
    }
  }
}
