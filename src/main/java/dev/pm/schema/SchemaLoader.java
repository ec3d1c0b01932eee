package dev.pm.schema;

import dev.pm.model.ActionItemField;
import dev.pm.model.ActionStatus;
import dev.pm.yaml.YamlEntry;
import dev.pm.yaml.YamlObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a {@code schema.yaml}. The format is documented key by key in README.md and described by
 * {@code pm-schema.json}; every key not listed there is an error with its position.
 */
public final class SchemaLoader {

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  private SchemaLoader() {}

  /**
   * Reads a schema file.
   *
   * @param file the name to show in errors
   * @param text the YAML text
   */
  public static Schema load(String file, String text) {
    YamlObject root = YamlObject.parse(file, text);
    root.allowOnly(
        "name",
        "description",
        "frontMatter",
        "ordered",
        "sections",
        "actionItems",
        "timeline",
        "metadata",
        "policies",
        "rules",
        "blameless");
    String name = root.requiredString("name");
    if (!NAME.matcher(name).matches()) {
      throw root.error(
          root.keyAt("name"),
          "template name \"" + name + "\" must be lower-case letters, digits, '.', '_' or '-'");
    }
    List<SectionSpec> sections = sections(root, "sections");
    return new Schema(
        name,
        root.string("description").orElse(""),
        file,
        frontMatter(root.object("frontMatter")),
        root.bool("ordered").orElse(false),
        sections,
        actionItems(root.object("actionItems"), sections),
        timeline(root.object("timeline")),
        metadata(root.object("metadata")),
        Optional.empty(),
        PolicyLoader.policies(root),
        PolicyLoader.ruleDefaults(root),
        blameless(root.object("blameless")));
  }

  private static BlamelessSpec blameless(Optional<YamlObject> maybe) {
    if (maybe.isEmpty()) {
      return BlamelessSpec.DEFAULT;
    }
    YamlObject b = maybe.get().allowOnly("phrases", "sections");
    return new BlamelessSpec(
        b.has("phrases") ? b.strings("phrases") : BlamelessSpec.DEFAULT_PHRASES,
        b.has("sections") ? b.strings("sections") : BlamelessSpec.DEFAULT_SECTIONS);
  }

  private static FrontMatterSpec frontMatter(Optional<YamlObject> maybe) {
    if (maybe.isEmpty()) {
      return new FrontMatterSpec(List.of(), Map.of());
    }
    YamlObject fm = maybe.get().allowOnly("required", "fields");
    Map<String, FieldSpec> fields = new LinkedHashMap<>();
    for (YamlEntry entry : fm.entries("fields").values()) {
      YamlObject spec =
          fm.child(entry).allowOnly("type", "enum", "pattern", "draft", "default", "example");
      FieldType type = spec.string("type").map(t -> fieldType(spec, t)).orElse(FieldType.STRING);
      fields.put(
          entry.key(),
          new FieldSpec(
              entry.key(),
              type,
              spec.strings("enum"),
              spec.pattern("pattern"),
              spec.strings("draft"),
              spec.string("default"),
              example(spec)));
    }
    return new FrontMatterSpec(fm.strings("required"), fields);
  }

  /** An example must itself have the form it illustrates, or every message would mislead. */
  private static Optional<String> example(YamlObject spec) {
    Optional<String> example = spec.string("example");
    Optional<java.util.regex.Pattern> pattern = spec.pattern("pattern");
    boolean matches;
    try {
      matches =
          example.isEmpty()
              || pattern.isEmpty()
              || BoundedMatch.matches(pattern.get(), example.get());
    } catch (BoundedMatch.TooSlow e) {
      throw spec.error(
          spec.keyAt("pattern"), "example \"" + example.get() + "\": " + e.getMessage());
    }
    if (!matches) {
      throw spec.error(
          spec.keyAt("example"),
          "example \"" + example.get() + "\" does not match the field's own pattern");
    }
    return example;
  }

  private static FieldType fieldType(YamlObject spec, String text) {
    try {
      return FieldType.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw spec.error(
          spec.keyAt("type"),
          "unknown type \"" + text + "\"; expected string, date, datetime, list or any");
    }
  }

  private static List<SectionSpec> sections(YamlObject owner, String key) {
    List<SectionSpec> out = new ArrayList<>();
    for (YamlObject s : owner.objects(key, "title")) {
      s.allowOnly("title", "aliases", "required", "allowEmpty", "tables", "sections");
      List<TableSpec> tables = new ArrayList<>();
      for (YamlObject t : s.objects("tables", null)) {
        t.allowOnly("columns", "required");
        List<ColumnSpec> columns = new ArrayList<>();
        for (YamlObject c : t.objects("columns", "name")) {
          c.allowOnly("name", "aliases", "required", "nonEmpty");
          columns.add(
              new ColumnSpec(
                  c.requiredString("name"),
                  c.strings("aliases"),
                  c.bool("required").orElse(true),
                  c.bool("nonEmpty").orElse(false)));
        }
        if (columns.isEmpty()) {
          throw t.error(t.at(), "a table needs at least one column");
        }
        tables.add(new TableSpec(columns, t.bool("required").orElse(true)));
      }
      out.add(
          new SectionSpec(
              s.requiredString("title"),
              s.strings("aliases"),
              s.bool("required").orElse(true),
              s.bool("allowEmpty").orElse(false),
              tables,
              sections(s, "sections")));
    }
    return out;
  }

  private static ActionItemSpec actionItems(
      Optional<YamlObject> maybe, List<SectionSpec> sections) {
    ActionItemSpec defaults = ActionItemSpec.defaults();
    if (maybe.isEmpty()) {
      return defaults;
    }
    YamlObject a =
        maybe
            .get()
            .allowOnly(
                "sections",
                "columns",
                "required",
                "requiredInLists",
                "statuses",
                "types",
                "plainBullets",
                "columnWords",
                "notesWords",
                "notActionWords");
    List<String> names =
        a.has("sections")
            ? new ArrayList<>(a.strings("sections"))
            : new ArrayList<>(defaults.sections());
    addAliasesOfNamedSections(names, sections);

    Map<ActionItemField, List<String>> columns = new EnumMap<>(ActionItemField.class);
    columns.putAll(defaults.columns());
    columns.putAll(columns(a));
    Map<String, ActionStatus> statuses = new LinkedHashMap<>();
    for (YamlEntry entry : a.entries("statuses").values()) {
      statuses.put(entry.key(), status(a, a.stringOf(entry), entry));
    }
    if (statuses.isEmpty()) {
      statuses.putAll(defaults.statuses());
    }
    ActionStatus plain =
        a.string("plainBullets").map(s -> status(a, s, null)).orElse(ActionStatus.OPEN);
    return new ActionItemSpec(
        names,
        columns,
        fields(a, "required", defaults.required()),
        fields(a, "requiredInLists", defaults.requiredInLists()),
        statuses,
        a.strings("types"),
        plain,
        ColumnWords.read(
            a, defaults.columnWords(), (o, entry) -> field(o, entry.key(), entry.keyAt())));
  }

  /** The header names an {@code actionItems} object declares for each field it names. */
  private static Map<ActionItemField, List<String>> columns(YamlObject a) {
    Map<ActionItemField, List<String>> columns = new EnumMap<>(ActionItemField.class);
    for (YamlEntry entry : a.entries("columns").values()) {
      columns.put(field(a, entry.key(), entry.keyAt()), a.stringsOf(entry));
    }
    return columns;
  }

  /**
   * The action-item columns of the built-in default schema ({@code default-schema.yaml}), read with
   * the same code as any schema's: the one place pm's general column names are declared.
   */
  static Map<ActionItemField, List<String>> defaultColumns() {
    return columns(defaultActionItems());
  }

  /** The header words of the built-in default schema, read as any schema's are. */
  static ColumnWords defaultColumnWords() {
    ColumnWords none = new ColumnWords(Map.of(), List.of(), List.of());
    return ColumnWords.read(
        defaultActionItems(), none, (o, entry) -> field(o, entry.key(), entry.keyAt()));
  }

  private static YamlObject defaultActionItems() {
    return DefaultActionItems.PARSED;
  }

  /**
   * The built-in default schema's action items, composed once when first asked for: both the
   * default columns and the default header words read them while the first schema loads, and
   * composing the file a second time was a cost every run paid (JFR samples of a one-file lint,
   * BENCHMARKS.md). A {@link YamlObject} is immutable, so the two readers can share it.
   */
  private static final class DefaultActionItems {
    static final YamlObject PARSED = readDefaultActionItems();

    private DefaultActionItems() {}
  }

  private static YamlObject readDefaultActionItems() {
    String resource = "default-schema.yaml";
    try (java.io.InputStream in = SchemaLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("built-in " + resource + " is missing from the jar");
      }
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      YamlObject root = YamlObject.parse(resource, text);
      return root.object("actionItems").orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Aliases a schema gives a section apply where the action items are looked for, too. */
  private static void addAliasesOfNamedSections(List<String> names, List<SectionSpec> sections) {
    // The names' keys once, not once per section: normalising a heading is not free, and every
    // built-in schema is loaded on a one-file lint.
    // An alias added below is a name the later sections are matched against, as before.
    Set<String> nameKeys = new HashSet<>();
    names.forEach(n -> nameKeys.add(dev.pm.text.HeadingNormalizer.key(n)));
    for (SectionSpec spec : allSections(sections)) {
      if (nameKeys.stream().anyMatch(spec.keys()::contains)) {
        for (String alias : spec.aliases()) {
          if (!names.contains(alias)) {
            names.add(alias);
            nameKeys.add(dev.pm.text.HeadingNormalizer.key(alias));
          }
        }
      }
    }
  }

  static List<SectionSpec> allSections(List<SectionSpec> sections) {
    List<SectionSpec> all = new ArrayList<>();
    for (SectionSpec s : sections) {
      all.add(s);
      all.addAll(allSections(s.sections()));
    }
    return all;
  }

  private static Set<ActionItemField> fields(
      YamlObject a, String key, Set<ActionItemField> fallback) {
    if (!a.has(key)) {
      return fallback;
    }
    Set<ActionItemField> out = java.util.EnumSet.noneOf(ActionItemField.class);
    for (String name : a.strings(key)) {
      out.add(field(a, name, a.keyAt(key)));
    }
    return out;
  }

  private static ActionItemField field(YamlObject a, String name, dev.pm.model.Location at) {
    try {
      return ActionItemField.fromWireName(name);
    } catch (IllegalArgumentException e) {
      throw a.error(
          at,
          "unknown action-item field \""
              + name
              + "\"; expected id, action, owner, due, status, type, priority or links");
    }
  }

  private static ActionStatus status(YamlObject a, String text, YamlEntry entry) {
    try {
      ActionStatus s = ActionStatus.fromWireName(text);
      if (s != ActionStatus.UNKNOWN) {
        return s;
      }
    } catch (IllegalArgumentException e) {
      // fall through to the error below
    }
    throw a.error(
        entry == null ? a.at() : entry.value().at(),
        "unknown status meaning \"" + text + "\"; expected open, in-progress, done or cancelled");
  }

  private static TimelineSpec timeline(Optional<YamlObject> maybe) {
    if (maybe.isEmpty()) {
      return TimelineSpec.defaults();
    }
    YamlObject t = maybe.get().allowOnly("sections", "ordered");
    return new TimelineSpec(
        t.has("sections") ? t.strings("sections") : TimelineSpec.DEFAULT_SECTIONS,
        t.bool("ordered").orElse(true));
  }

  private static MetadataSpec metadata(Optional<YamlObject> maybe) {
    if (maybe.isEmpty()) {
      return MetadataSpec.DEFAULT;
    }
    YamlObject m = maybe.get();
    Map<String, List<String>> labels = new LinkedHashMap<>(MetadataSpec.DEFAULT.labels());
    for (String key : m.keys()) {
      labels.put(key, m.strings(key));
    }
    return new MetadataSpec(labels);
  }
}
