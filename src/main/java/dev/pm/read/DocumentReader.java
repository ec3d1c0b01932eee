package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.MetadataEntry;
import dev.pm.model.PostMortem;
import dev.pm.model.Section;
import dev.pm.model.Table;
import dev.pm.model.TimelineEntry;
import dev.pm.parse.Placeholders;
import dev.pm.schema.Schema;
import dev.pm.schema.SectionSpec;
import dev.pm.template.TemplateCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a parsed post-mortem against a schema into a {@link Reading}: the one place where meaning
 * (action item, timeline entry, duration, incident date) is decided. Thread-safe: files are read in
 * parallel.
 */
public final class DocumentReader {

  private final SchemaResolver resolver;
  private final Map<String, TemplateText> templateTexts = new ConcurrentHashMap<>();

  public DocumentReader(SchemaResolver resolver) {
    this.resolver = resolver;
  }

  public SchemaResolver resolver() {
    return resolver;
  }

  /** Chooses the schema the way lint does (front matter, configuration, resemblance) and reads. */
  public Resolved read(PostMortem doc) {
    SchemaResolver.Resolution resolution = doc.isReadable() ? resolver.resolve(doc) : null;
    Schema schema = resolution == null ? GenericSchema.SCHEMA : resolution.schema();
    SchemaSelection selection =
        resolution == null
            ? SchemaSelection.of(SchemaSelection.How.GENERIC)
            : resolution.selection();
    Optional<String> unknown = resolution == null ? Optional.empty() : resolution.unknownTemplate();
    return new Resolved(read(doc, schema, selection, templateText(schema)), unknown);
  }

  /** A reading and the {@code template:} value that named no known template, if any. */
  public record Resolved(Reading reading, Optional<String> unknownTemplate) {}

  /** Reads {@code doc} with {@code schema}, as chosen by the caller. */
  public static Reading read(PostMortem doc, Schema schema) {
    return read(doc, schema, SchemaSelection.of(SchemaSelection.How.GENERIC), TemplateText.NONE);
  }

  static Reading read(
      PostMortem doc, Schema schema, SchemaSelection selection, TemplateText template) {
    if (!doc.isReadable()) {
      return new Reading(
          doc,
          schema,
          selection,
          IncidentFacts.incident(doc, Optional.empty(), List.of()),
          Map.of(),
          List.of(),
          0,
          List.of(),
          List.of(),
          IncidentTimes.NONE,
          Map.of(),
          Set.of(),
          Set.of(),
          template);
    }
    List<MetadataEntry> metadata = MetadataExtractor.extract(doc);
    Optional<java.time.LocalDate> stated =
        IncidentFacts.statedDate(doc, metadata, schema.metadata());
    List<TimelineEntry> timeline =
        TimelineExtractor.extract(doc, schema.timeline(), stated.orElse(null));
    List<ActionItem> found = ActionItemExtractor.extract(doc, schema.actionItems());
    List<ActionItem> items = new ArrayList<>(found.size());
    int templateItems = 0;
    Set<Integer> templateLines = templateLines(doc, template);
    for (ActionItem item : found) {
      if (isTemplateText(item, templateLines)) {
        templateItems++;
      } else {
        items.add(item);
      }
    }
    Incident incident = IncidentFacts.incident(doc, stated, timeline);
    List<String> sentences = ProseText.sentences(doc);
    // Front matter that states times and figures is read as labels are, before the body's; it is
    // not metadata, which PM601 compares with the front matter.
    List<MetadataEntry> labelled = new ArrayList<>(FrontMatterFigures.labelled(doc));
    labelled.addAll(metadata);
    // Key-event lines ("- Resolved 2023-01-11 15:51") after the labels: they only state moments.
    List<MetadataEntry> moments = new ArrayList<>(labelled);
    moments.addAll(KeyEventLines.read(doc));
    ImpactWindow.read(doc).ifPresent(moments::add);
    IncidentTimes times =
        IncidentTimes.read(
            moments, schema.metadata(), timeline, sentences, incident.date().orElse(null));
    IncidentFigures figures =
        IncidentFigures.read(labelled, schema.metadata(), times, sentences, timeline);
    return new Reading(
        doc,
        schema,
        selection,
        incident,
        sections(doc, schema),
        items,
        templateItems,
        timeline,
        metadata,
        times,
        figures.all(),
        figures.computed(),
        templateLines,
        template);
  }

  /**
   * An item PM501 or PM502 would flag: the template's own row or bullet, or a placeholder left in
   * its owner, due date or text ({@code [Name]}, {@code YYYY-MM-DD}). Counting it would invent
   * work.
   */
  private static boolean isTemplateText(ActionItem item, Set<Integer> templateLines) {
    if (templateLines.contains(item.at().line())) {
      return true;
    }
    if (item.owner().filter(Placeholders::contains).isPresent()
        || item.value(ActionItemField.DUE).filter(Placeholders::contains).isPresent()) {
      return true;
    }
    // Only an action that is nothing but a placeholder: "[TEAM] fix the probe" is a tag, not a gap.
    String action = item.action().orElse("");
    return Placeholders.find(action, Set.of())
        .filter(m -> m.token().length() >= action.trim().length() - 2)
        .isPresent();
  }

  /** Lines of the table rows and list items that are still the template's text, unchanged. */
  private static Set<Integer> templateLines(PostMortem doc, TemplateText template) {
    Set<Integer> lines = new TreeSet<>();
    if (template == TemplateText.NONE) {
      return lines;
    }
    for (Block block : doc.root().allBlocks()) {
      if (block instanceof Table table) {
        table.rows().stream()
            .filter(template::isTemplateRow)
            .forEach(r -> lines.add(r.at().line()));
      } else if (block instanceof ListBlock list) {
        templateItems(list.items(), template, lines);
      }
    }
    return lines;
  }

  private static void templateItems(
      List<ListItem> items, TemplateText template, Set<Integer> lines) {
    for (ListItem item : items) {
      if (template.isTemplateBlock(item.text())
          || (item.task() != ListItem.TaskState.NONE && template.isTemplateTask(item.text()))) {
        lines.add(item.at().line());
      }
      templateItems(item.children(), template, lines);
    }
  }

  private static Map<String, Section> sections(PostMortem doc, Schema schema) {
    Map<String, Section> found = new LinkedHashMap<>();
    for (SectionSpec spec : schema.sections()) {
      SectionMatcher.find(doc, spec).ifPresent(s -> found.put(spec.title(), s));
    }
    return found;
  }

  private TemplateText templateText(Schema schema) {
    if (schema.templateBody().isEmpty()) {
      return TemplateText.NONE;
    }
    return templateTexts.computeIfAbsent(
        schema.source() + "#" + schema.name(),
        key -> TemplateText.of(TemplateCatalog.parseBody(schema)));
  }
}
