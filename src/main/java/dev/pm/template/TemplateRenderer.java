package dev.pm.template;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import dev.pm.error.UserError;
import dev.pm.model.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

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
    return renderBody(null, 1, body, values);
  }

  /**
   * The body of {@code file} with {@code values} filled in. Broken Mustache (an unclosed section)
   * is the template author's to fix, so it is a {@link UserError} naming the file and line.
   *
   * @param firstLine the file line on which {@code body} starts
   */
  static String renderBody(String file, int firstLine, String body, Map<String, ?> values) {
    try {
      return MUSTACHE.compile(body).execute(values);
    } catch (MustacheException e) {
      String message = "template is not valid Mustache: " + e.getMessage();
      if (file == null) {
        throw new UserError(message, e);
      }
      java.util.regex.Matcher line = MUSTACHE_LINE.matcher(String.valueOf(e.getMessage()));
      Location at =
          line.find() ? Location.ofLine(firstLine + Integer.parseInt(line.group(1)) - 1) : null;
      line = MUSTACHE_LINE.matcher(message);
      // The position replaces JMustache's "@ line N", which counts from the end of the front
      // matter.
      UserError error =
          new UserError(file, at, at == null ? message : line.replaceFirst("").strip());
      error.initCause(e);
      throw error;
    }
  }

  /** JMustache's parse errors end "@ line N", N counted in the text it was given. */
  private static final java.util.regex.Pattern MUSTACHE_LINE =
      java.util.regex.Pattern.compile("@ line (\\d+)");

  /** The line of the template file on which its body starts (after the front matter, if any). */
  static int bodyLine(String markdown) {
    String frontMatter = split(markdown).frontMatter();
    return frontMatter.isEmpty() ? 1 : 3 + (int) frontMatter.chars().filter(c -> c == '\n').count();
  }

  /**
   * The template's front matter keys with {@code values} put over them, in the template's order.
   */
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

  /**
   * Dumps front matter as block YAML, as pm writes all YAML; dates stay plain {@code 2026-03-14},
   * not quoted.
   */
  static String dump(Map<String, Object> frontMatter) {
    return dev.pm.yaml.YamlDump.dump(frontMatter);
  }

  /** Placeholder values: what an untouched template shows, used to recognise unfilled text. */
  static Map<String, Object> emptyValues() {
    return Map.of(
        "authors",
        "",
        "services",
        "",
        "id",
        "",
        "title",
        "",
        "date",
        "",
        "severity",
        "",
        "status",
        "",
        "template",
        "");
  }
}
