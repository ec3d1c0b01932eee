package dev.pm.parse;

import dev.pm.model.FrontMatterField;
import dev.pm.model.ParseProblem;
import dev.pm.model.YamlValue;
import dev.pm.yaml.SafeYamlReader;
import dev.pm.yaml.YamlEntry;
import dev.pm.yaml.YamlNode;
import dev.pm.yaml.YamlProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a post-mortem's YAML front matter into the model: fields, and problems as {@code
 * FRONT_MATTER} diagnostics.
 *
 * <p>Rationale: the YAML reader serves every YAML file pm owns and knows nothing of post-mortems;
 * the model's front matter types are the post-mortem's, so the parser makes them here, once.
 */
final class FrontMatterYaml {

  /** The front matter's top-level fields, and what was wrong with it. */
  record Read(Map<String, FrontMatterField> fields, List<ParseProblem> problems) {}

  private FrontMatterYaml() {}

  /**
   * Reads the text between the delimiters, which starts on file line {@code firstLine}, refusing
   * more than {@code maxBytes}.
   */
  static Read read(String yaml, int firstLine, int maxBytes) {
    SafeYamlReader.Outcome outcome = SafeYamlReader.read(yaml, firstLine, maxBytes);
    List<ParseProblem> problems = new ArrayList<>(outcome.problems().size());
    for (YamlProblem problem : outcome.problems()) {
      problems.add(
          new ParseProblem(ParseProblem.Kind.FRONT_MATTER, problem.at(), problem.message()));
    }
    return new Read(fields(outcome.entries()), problems);
  }

  private static Map<String, FrontMatterField> fields(Map<String, YamlEntry> entries) {
    Map<String, FrontMatterField> fields = new LinkedHashMap<>();
    for (YamlEntry entry : entries.values()) {
      fields.put(
          entry.key(), new FrontMatterField(entry.key(), entry.keyAt(), value(entry.value())));
    }
    return fields;
  }

  private static YamlValue value(YamlNode node) {
    if (node instanceof YamlNode.Scalar s) {
      return new YamlValue.Scalar(s.text(), s.isNull(), s.at());
    }
    if (node instanceof YamlNode.Sequence seq) {
      List<YamlValue> items = new ArrayList<>(seq.items().size());
      for (YamlNode item : seq.items()) {
        items.add(value(item));
      }
      return new YamlValue.Sequence(items, seq.at());
    }
    YamlNode.Mapping mapping = (YamlNode.Mapping) node;
    return new YamlValue.Mapping(fields(mapping.entries()), mapping.at());
  }
}
