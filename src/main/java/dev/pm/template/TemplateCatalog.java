package dev.pm.template;

import dev.pm.error.UserError;
import dev.pm.model.Location;
import dev.pm.parse.ParseLimits;
import dev.pm.parse.PostMortemParser;
import dev.pm.schema.Schema;
import dev.pm.schema.SchemaLoader;
import dev.pm.yaml.YamlObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The templates {@code pm} knows: the built-in ones listed in {@code catalog.yaml} (read from the
 * classpath, no jar scanning), then a repository's own templates folder, whose templates add to or
 * override the built-in ones by name. A repository template is a folder holding {@code template.md}
 * and {@code schema.yaml}; a folder with only {@code schema.yaml} is a schema for linting existing
 * documents.
 */
public final class TemplateCatalog {

  static final String BUILT_IN_ROOT = "/dev/pm/templates/";

  /**
   * Built-in templates are read when first asked for: a one-file lint needs the one its front
   * matter names, and reading all five is a fifth of a cold start. Repository templates are read at
   * once, so that a broken one is a clear error before any file is checked.
   */
  private final Map<String, Lazy> templates;

  private TemplateCatalog(Map<String, Lazy> templates) {
    this.templates = templates;
  }

  /** A template read once, on first use, by whichever worker thread asks first. */
  private static final class Lazy {
    private Supplier<Template> load;
    private Template value;

    Lazy(Supplier<Template> load) {
      this.load = load;
    }

    static Lazy of(Template template) {
      Lazy lazy = new Lazy(null);
      lazy.value = template;
      return lazy;
    }

    synchronized Template get() {
      if (value == null) {
        value = load.get();
        load = null;
      }
      return value;
    }
  }

  public static TemplateCatalog builtIn() {
    return load(Optional.empty());
  }

  /** Built-in templates, overridden and extended by those in {@code repositoryDir} if given. */
  public static TemplateCatalog load(Optional<Path> repositoryDir) {
    Map<String, Lazy> all = new LinkedHashMap<>();
    for (String name : builtInNames()) {
      all.put(
          name,
          new Lazy(
              () -> {
                String markdown = resource(BUILT_IN_ROOT + name + "/template.md");
                String schemaText = resource(BUILT_IN_ROOT + name + "/schema.yaml");
                String location = "templates/" + name;
                return template(
                    name,
                    Template.Origin.BUILT_IN,
                    location,
                    markdown,
                    schemaText,
                    location + "/schema.yaml",
                    () -> builtInPlaceholderBody(name, location, markdown));
              }));
    }
    if (repositoryDir.isPresent()) {
      for (Template t : fromDirectory(repositoryDir.get())) {
        all.put(t.name(), Lazy.of(t));
      }
    }
    return new TemplateCatalog(all);
  }

  /**
   * The same catalog with the configured severity scale, status values and draft statuses in place
   * of every template's own (an empty list keeps the template's).
   */
  public TemplateCatalog withVocabulary(
      List<String> severities, List<String> statuses, List<String> draftStatuses) {
    if (severities.isEmpty() && statuses.isEmpty() && draftStatuses.isEmpty()) {
      return this;
    }
    Map<String, Lazy> replaced = new LinkedHashMap<>();
    templates.forEach(
        (name, lazy) ->
            replaced.put(
                name,
                new Lazy(
                    () -> {
                      Template t = lazy.get();
                      Schema schema = t.schema();
                      var fields = new LinkedHashMap<>(schema.frontMatter().fields());
                      replaceAllowed(fields, "severity", severities, List.of());
                      replaceAllowed(fields, "status", statuses, draftStatuses);
                      Schema changed =
                          schema.withFrontMatter(
                              new dev.pm.schema.FrontMatterSpec(
                                  schema.frontMatter().required(), fields));
                      return new Template(
                          t.name(), t.origin(), t.location(), t.markdown(), changed);
                    })));
    return new TemplateCatalog(replaced);
  }

  /**
   * Replaces a field's vocabulary and drafts. The default {@code pm new} writes stays a draft when
   * there is one: a new file is unfinished, and a non-draft default makes every untouched file red.
   */
  private static void replaceAllowed(
      Map<String, dev.pm.schema.FieldSpec> fields,
      String key,
      List<String> given,
      List<String> givenDrafts) {
    if (given.isEmpty() && givenDrafts.isEmpty()) {
      return;
    }
    dev.pm.schema.FieldSpec old = fields.getOrDefault(key, dev.pm.schema.FieldSpec.text(key));
    List<String> allowed = given.isEmpty() ? old.allowed() : given;
    List<String> drafts =
        givenDrafts.isEmpty()
            ? old.draft().stream().filter(allowed::contains).toList()
            : givenDrafts.stream()
                .map(d -> allowed.stream().filter(d::equalsIgnoreCase).findFirst().orElse(d))
                .toList();
    java.util.Optional<String> fallback =
        old.defaultValue()
            .filter(allowed::contains)
            .filter(v -> drafts.isEmpty() || drafts.contains(v))
            .or(() -> drafts.stream().findFirst())
            .or(() -> allowed.stream().findFirst());
    fields.put(
        key,
        new dev.pm.schema.FieldSpec(
            key, old.type(), allowed, old.pattern(), drafts, fallback, old.example()));
  }

  public List<Template> all() {
    return templates.values().stream().map(Lazy::get).toList();
  }

  public Optional<Template> find(String name) {
    return Optional.ofNullable(templates.get(name)).map(Lazy::get);
  }

  public List<String> names() {
    return List.copyOf(templates.keySet());
  }

  /**
   * Reads a single schema file (for {@code --schema}); a {@code template.md} beside it is used for
   * unfilled-text checks.
   */
  public static Schema schemaFile(Path file) {
    String text = read(file);
    Schema schema = SchemaLoader.load(file.toString(), text);
    Path templateFile = file.resolveSibling("template.md");
    if (Files.isRegularFile(templateFile)) {
      schema =
          schema.withTemplateBody(placeholderBody(templateFile.toString(), read(templateFile)));
    }
    return schema;
  }

  private static List<Template> fromDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UserError(dir.toString(), null, "templates folder does not exist");
    }
    List<Path> folders = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, Files::isDirectory)) {
      entries.forEach(folders::add);
    } catch (IOException e) {
      throw new UserError(dir.toString(), null, "cannot list templates folder: " + e.getMessage());
    }
    folders.sort(null);
    List<Template> out = new ArrayList<>();
    for (Path folder : folders) {
      Path schemaFile = folder.resolve("schema.yaml");
      if (!Files.isRegularFile(schemaFile)) {
        continue;
      }
      Path templateFile = folder.resolve("template.md");
      String markdown = Files.isRegularFile(templateFile) ? read(templateFile) : "";
      String name = folder.getFileName().toString();
      out.add(
          template(
              name,
              Template.Origin.REPOSITORY,
              folder.toString(),
              markdown,
              read(schemaFile),
              schemaFile.toString(),
              () -> placeholderBody(folder + "/template.md", markdown)));
    }
    return out;
  }

  private static Template template(
      String name,
      Template.Origin origin,
      String location,
      String markdown,
      String schemaText,
      String schemaName,
      Supplier<String> placeholderBody) {
    Schema schema = SchemaLoader.load(schemaName, schemaText);
    if (!schema.name().equals(name)) {
      throw new UserError(
          schemaName,
          Location.START,
          "schema name \"" + schema.name() + "\" must equal its folder name \"" + name + "\"");
    }
    if (!markdown.isBlank()) {
      schema = schema.withTemplateBody(placeholderBody.get());
    }
    return new Template(name, origin, location, markdown, schema);
  }

  /**
   * A built-in template's placeholder body as the build rendered it ({@link PlaceholderBodies}), so
   * that a lint does not load and start JMustache (about 60 classes) for text that never changes;
   * rendered here when the build did not write it (a run from an IDE's own output).
   */
  private static String builtInPlaceholderBody(String name, String location, String markdown) {
    String path = BUILT_IN_ROOT + name + "/" + PlaceholderBodies.FILE_NAME;
    try (InputStream in = TemplateCatalog.class.getResourceAsStream(path)) {
      if (in != null) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return placeholderBody(location + "/template.md", markdown);
  }

  /**
   * The body as an untouched {@code pm new} output shows it: variables empty, placeholders kept.
   */
  static String placeholderBody(String file, String markdown) {
    return TemplateRenderer.renderBody(
        file,
        TemplateRenderer.bodyLine(markdown),
        TemplateRenderer.split(markdown).body(),
        TemplateRenderer.emptyValues());
  }

  static List<String> builtInNames() {
    YamlObject catalog =
        YamlObject.parse("templates/catalog.yaml", resource(BUILT_IN_ROOT + "catalog.yaml"));
    return catalog.allowOnly("templates").strings("templates");
  }

  static String resource(String path) {
    try (InputStream in = TemplateCatalog.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("pm is missing its resource " + path + " (a broken build)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(
          file.toString(),
          null,
          e instanceof java.nio.file.NoSuchFileException
              ? "no such file"
              : "cannot read: " + e.getMessage());
    }
  }

  /** Parses a template body for unfilled-text checks. */
  public static dev.pm.model.PostMortem parseBody(Schema schema) {
    String body = schema.templateBody().orElse("");
    return new PostMortemParser(ParseLimits.DEFAULT)
        .parse(new dev.pm.model.SourceFile(Path.of(schema.source()), schema.source(), body));
  }
}
