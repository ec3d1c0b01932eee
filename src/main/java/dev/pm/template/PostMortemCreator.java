package dev.pm.template;

import dev.pm.error.UserError;
import dev.pm.io.AtomicFiles;
import dev.pm.schema.FieldSpec;
import dev.pm.schema.Schema;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Writes a new post-mortem from a template: validates the request against the template's schema,
 * numbers it, renders it, and creates the file without ever overwriting one (unless forced).
 */
public final class PostMortemCreator {

  /** What was written: the file (empty for {@code --stdout}), the id and the text. */
  public record Created(Optional<Path> file, String id, String text) {}

  private final TemplateCatalog catalog;

  public PostMortemCreator(TemplateCatalog catalog) {
    this.catalog = catalog;
  }

  /** Renders without writing (for {@code --stdout}); the id is still the next free one. */
  public Created render(NewRequest request) {
    Template template = template(request);
    Values values = validate(request, template.schema());
    request.id().ifPresent(id -> refuseTaken(request, id, Optional.empty()));
    String id =
        request
            .id()
            .orElseGet(
                () -> IncidentIds.next(request.directory(), request.idPrefix(), request.date()));
    return new Created(Optional.empty(), id, text(template, values, id, request));
  }

  // The folder lock is held for the try block's scope and never read: javac's "try" lint is
  // about exactly that shape.
  @SuppressWarnings("try")
  public Created create(NewRequest request) {
    Template template = template(request);
    Values values = validate(request, template.schema());
    try {
      Files.createDirectories(request.directory());
    } catch (IOException e) {
      throw new UserError("cannot create folder " + request.directory() + ": " + e.getMessage());
    }
    try (FolderLock ignored = FolderLock.acquire(request.directory())) {
      String id =
          request
              .id()
              .orElseGet(
                  () -> IncidentIds.next(request.directory(), request.idPrefix(), request.date()));
      String text = text(template, values, id, request);
      Path target = target(request, id);
      request.id().ifPresent(given -> refuseTaken(request, given, Optional.of(target)));
      try {
        if (request.force()) {
          AtomicFiles.replace(target, text);
        } else {
          AtomicFiles.createNew(target, text);
        }
      } catch (FileAlreadyExistsException e) {
        throw new UserError(
            target + " already exists; pm never overwrites a file (use --force to replace it)");
      } catch (IOException e) {
        throw new UserError("cannot write " + target + ": " + e.getMessage());
      }
      return new Created(Optional.of(target), id, text);
    }
  }

  /**
   * An id given with {@code --id} that another post-mortem in the folder has is refused, naming
   * that file; the file {@code --force} replaces does not count, its id goes with it.
   */
  private static void refuseTaken(NewRequest request, String id, Optional<Path> replaced) {
    IncidentIds.holderOf(request.directory(), id)
        .filter(holder -> !(request.force() && replaced.map(holder::equals).orElse(false)))
        .ifPresent(
            holder -> {
              throw new UserError(
                  "id \""
                      + id
                      + "\" is already used by "
                      + holder
                      + "; leave out --id to take the next free one");
            });
  }

  /**
   * {@code <date>-<slug>.md}; when another post-mortem already has that name (same title, same
   * day), the id's number is appended, so a second run never collides with the first.
   */
  static Path target(NewRequest request, String id) {
    String slug = Slugs.of(request.title());
    if (slug.isEmpty()) {
      slug = Slugs.of(id);
    }
    String stem = request.date() + "-" + slug;
    Path plain = request.directory().resolve(stem + ".md");
    if (request.force() || !Files.exists(plain)) {
      return plain;
    }
    String number = id.substring(id.lastIndexOf('-') + 1);
    Path numbered = request.directory().resolve(stem + "-" + number + ".md");
    for (int extra = 2; Files.exists(numbered); extra++) {
      numbered = request.directory().resolve(stem + "-" + number + "-" + extra + ".md");
    }
    return numbered;
  }

  /**
   * Whether the template has no body of its own, so that {@code pm new} writes the schema's
   * required sections.
   */
  public boolean writesSkeleton(String templateName) {
    return catalog.find(templateName).map(t -> t.markdown().isBlank()).orElse(false);
  }

  private Template template(NewRequest request) {
    Template template =
        catalog
            .find(request.template())
            .orElseThrow(
                () ->
                    new UserError(
                        "unknown template \""
                            + request.template()
                            + "\"; choose one of "
                            + String.join(", ", catalog.names())));
    if (template.markdown().isBlank()) {
      SkeletonBody.of(template.schema()); // refuses before any folder is made
    }
    return template;
  }

  private record Values(String severity, String status) {}

  private static Values validate(NewRequest request, Schema schema) {
    String title = request.title() == null ? "" : request.title().strip();
    if (title.isEmpty()) {
      throw new UserError(
          "the title is empty; give the incident a short title, e.g. pm new \"Checkout API returned 502s\"");
    }
    requireOneLine("the title", title);
    if (title.length() > 200) {
      throw new UserError("the title is " + title.length() + " characters; keep it under 200");
    }
    request.id().ifPresent(id -> requireOneLine("the id", id));
    request
        .authors()
        .forEach(author -> requireOneLine("author \"" + author.strip() + "\"", author));
    request
        .services()
        .forEach(service -> requireOneLine("service \"" + service.strip() + "\"", service));
    String severity =
        choose(
            "severity", request.severity(), schema.frontMatter().field("severity"), schema.name());
    String status =
        choose("status", request.status(), schema.frontMatter().field("status"), schema.name());
    request
        .id()
        .ifPresent(
            id ->
                dev.pm.schema.IncidentIdCheck.problem("id", id, Optional.of(schema))
                    .ifPresent(
                        problem -> {
                          throw new UserError(problem);
                        }));
    return new Values(severity, status);
  }

  /**
   * Values go into YAML front matter and Markdown lines, so each must be one line of text that YAML
   * can hold as plain text (SnakeYAML would otherwise write it as {@code !!binary}, which no reader
   * should accept) and that no reader splits into lines.
   */
  private static void requireOneLine(String what, String value) {
    boolean breaksLines =
        value
            .chars()
            .anyMatch(c -> c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029);
    if (breaksLines || !StreamReader.isPrintable(value)) {
      throw new UserError(what + " must be one line of printable text (no control characters)");
    }
  }

  /**
   * The given value in the vocabulary's spelling, else the schema's default, else the first allowed
   * value.
   */
  private static String choose(
      String what, Optional<String> given, Optional<FieldSpec> spec, String template) {
    List<String> allowed = spec.map(FieldSpec::allowed).orElse(List.of());
    if (given.isPresent()) {
      if (allowed.isEmpty()) {
        return given.get().strip();
      }
      return spec.get()
          .allowedIgnoringCase(given.get())
          .orElseThrow(
              () ->
                  new UserError(
                      what
                          + " \""
                          + given.get()
                          + "\" is not on template \""
                          + template
                          + "\"'s scale; choose one of "
                          + String.join(", ", allowed)));
    }
    return spec.flatMap(FieldSpec::defaultValue).orElse(allowed.isEmpty() ? "" : allowed.get(0));
  }

  private static String text(Template template, Values values, String id, NewRequest request) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("title", request.title().strip());
    fields.put("date", request.date());
    fields.put("severity", values.severity());
    fields.put("status", values.status());
    fields.put("template", template.name());
    fields.put("authors", request.authors());
    fields.put("services", request.services());
    TemplateRenderer.Parts parts =
        template.markdown().isBlank()
            ? new TemplateRenderer.Parts("", SkeletonBody.of(template.schema()))
            : TemplateRenderer.split(template.markdown());
    Map<String, Object> frontMatter = TemplateRenderer.frontMatter(parts.frontMatter(), fields);
    Map<String, Object> bodyValues = new LinkedHashMap<>();
    bodyValues.put("id", id);
    bodyValues.put("title", MarkdownEscape.text(request.title()));
    bodyValues.put("date", request.date().toString());
    bodyValues.put("severity", MarkdownEscape.text(values.severity()));
    bodyValues.put("status", MarkdownEscape.text(values.status()));
    bodyValues.put("template", template.name());
    bodyValues.put("authors", MarkdownEscape.text(String.join(", ", request.authors())));
    bodyValues.put("services", MarkdownEscape.text(String.join(", ", request.services())));
    return "---\n"
        + TemplateRenderer.dump(frontMatter)
        + "---\n"
        + TemplateRenderer.renderBody(parts.body(), bodyValues);
  }
}
