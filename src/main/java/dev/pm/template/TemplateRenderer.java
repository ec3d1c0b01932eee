package dev.pm.template;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Renders a template: the body through JMustache (logic-less; values are never re-read as template
 * text), the front matter as data dumped by SnakeYAML so a title holding {@code :} or {@code #}
 * stays valid YAML.
 */
public final class TemplateRenderer {

  private static final Mustache.Compiler MUSTACHE =
      Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true).defaultValue("");

  /** A template split at its front matter. */
  record Parts(String frontMatter, String body) {}

  private TemplateRenderer() {}

  static Parts split(String markdown) {
    String text = markdown.replace("\r\n", "\n");
    if (text.startsWith("---\n")) {
      int end = text.indexOf("\n---\n", 3);
      if (end >= 0) {
        return new Parts(text.substring(4, end + 1), text.substring(end + 5));
      }
    }
    return new Parts("", text);
  }

  /** The body with {@code values} filled in; missing values render empty. */
  public static String renderBody(String body, Map<String, ?> values) {
    try {
      return MUSTACHE.compile(body).execute(values);
    } catch (MustacheException e) {
      throw new IllegalArgumentException("template is not valid Mustache: " + e.getMessage(), e);
    }
  }

  /** The template's front matter keys with {@code values} put over them, in the template's order. */
  static Map<String, Object> frontMatter(String frontMatterYaml, Map<String, Object> values) {
    Map<String, Object> merged = new LinkedHashMap<>();
    if (!frontMatterYaml.isBlank()) {
      LoaderOptions options = new LoaderOptions();
      options.setAllowDuplicateKeys(false);
      options.setMaxAliasesForCollections(0);
      Object loaded = new Yaml(new SafeConstructor(options)).load(frontMatterYaml);
      if (loaded instanceof Map<?, ?> map) {
        map.forEach((k, v) -> merged.put(String.valueOf(k), v));
      }
    }
    merged.putAll(values);
    return merged;
  }

  /** Dumps front matter as block YAML; dates stay plain {@code 2026-03-14}, not quoted. */
  static String dump(Map<String, Object> frontMatter) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setWidth(1000);
    options.setSplitLines(false);
    // Two equal values (authors: [] and services: []) must not become an anchor and an alias:
    // pm's own reader refuses aliases in front matter.
    options.setDereferenceAliases(true);
    Representer representer = new DateRepresenter(options);
    return new Yaml(representer, options).dump(frontMatter);
  }

  /** Values of type {@link java.time.LocalDate} are written as plain YAML dates. */
  private static final class DateRepresenter extends Representer {
    DateRepresenter(DumperOptions options) {
      super(options);
      Represent date = data -> representScalar(Tag.TIMESTAMP, data.toString());
      this.representers.put(java.time.LocalDate.class, date);
      // YAML 1.1 loaders (PyYAML) give "=" (the value key) and "<<" (the merge key) meanings of their
      // own, where SnakeYAML writes them plain: quoted, every loader reads back the text.
      Represent text = this.representers.get(String.class);
      this.representers.put(String.class, data -> data.equals("=") || data.equals("<<")
          ? representScalar(Tag.STR, (String) data, DumperOptions.ScalarStyle.SINGLE_QUOTED)
          : text.representData(data));
    }
  }

  /** Placeholder values: what an untouched template shows, used to recognise unfilled text. */
  static Map<String, Object> emptyValues() {
    return Map.of("authors", "", "services", "", "id", "", "title", "", "date", "", "severity", "", "status", "", "template", "");
  }

}
