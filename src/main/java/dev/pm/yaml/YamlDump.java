package dev.pm.yaml;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The one way pm writes YAML (a new post-mortem's front matter, a derived schema): block style,
 * list items indented under their key, one line per value however long, dates as plain {@code
 * 2026-03-14}, and never an anchor and alias.
 *
 * <p>Rationale: pm new and pm schema derive each built their own DumperOptions and had drifted (one
 * wrapped long values at 120 columns, one did not); SafeYamlReader refuses aliases, so two equal
 * values ({@code authors: []} and {@code services: []}) must be written out twice.
 */
public final class YamlDump {

  private YamlDump() {}

  /**
   * {@code data} (maps, lists, text, numbers, booleans, {@link java.time.LocalDate}) as YAML text.
   */
  public static String dump(Object data) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setWidth(1000);
    options.setSplitLines(false);
    options.setDereferenceAliases(true);
    return new Yaml(new DateRepresenter(options), options).dump(data);
  }

  /** Values of type {@link java.time.LocalDate} are written as plain YAML dates. */
  private static final class DateRepresenter extends Representer {
    DateRepresenter(DumperOptions options) {
      super(options);
      Represent date = data -> representScalar(Tag.TIMESTAMP, data.toString());
      this.representers.put(java.time.LocalDate.class, date);
      // YAML 1.1 loaders (PyYAML) give "=" (the value key) and "<<" (the merge key) meanings of
      // their
      // own, where SnakeYAML writes them plain: quoted, every loader reads back the text.
      Represent text = this.representers.get(String.class);
      this.representers.put(
          String.class,
          data ->
              data.equals("=") || data.equals("<<")
                  ? representScalar(Tag.STR, (String) data, DumperOptions.ScalarStyle.SINGLE_QUOTED)
                  : text.representData(data));
    }
  }
}
