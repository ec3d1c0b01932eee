package dev.pm.lint;

import dev.pm.model.ActionItem;
import dev.pm.model.MetadataEntry;
import dev.pm.model.PostMortem;
import dev.pm.model.TimelineEntry;
import dev.pm.parse.ActionItemExtractor;
import dev.pm.parse.MetadataExtractor;
import dev.pm.parse.TimelineExtractor;
import dev.pm.schema.Schema;
import java.util.List;

/**
 * One document and the schema it is checked against, with what rules read computed once: the
 * action items, timeline and metadata come from the same extractors {@code pm stats} uses.
 *
 * @param selection how the schema was chosen (front matter, best match, configuration...)
 * @param templateText what the schema's template looks like, for unfilled-text rules
 */
public final class LintContext {

  private final PostMortem doc;
  private final Schema schema;
  private final SchemaSelection selection;
  private final TemplateText templateText;
  private final java.util.Optional<String> unknownTemplate;
  private java.util.List<String> knownTemplates = java.util.List.of();
  private List<ActionItem> actionItems;
  private List<TimelineEntry> timeline;
  private List<MetadataEntry> metadata;

  public LintContext(
      PostMortem doc,
      Schema schema,
      SchemaSelection selection,
      TemplateText templateText,
      java.util.Optional<String> unknownTemplate) {
    this.doc = doc;
    this.unknownTemplate = unknownTemplate;
    this.schema = schema;
    this.selection = selection;
    this.templateText = templateText;
  }

  public PostMortem doc() {
    return doc;
  }

  public Schema schema() {
    return schema;
  }

  public SchemaSelection selection() {
    return selection;
  }

  /** Names of the templates the run knows, for messages. */
  public java.util.List<String> knownTemplates() {
    return knownTemplates;
  }

  /** A {@code template:} value that names no known template. */
  public java.util.Optional<String> unknownTemplate() {
    return unknownTemplate;
  }

  public TemplateText templateText() {
    return templateText;
  }

  LintContext withKnownTemplates(java.util.List<String> names) {
    this.knownTemplates = java.util.List.copyOf(names);
    return this;
  }

  public boolean isDraft() {
    return schema.isDraft(doc);
  }

  public List<ActionItem> actionItems() {
    if (actionItems == null) {
      actionItems = ActionItemExtractor.extract(doc, schema.actionItems());
    }
    return actionItems;
  }

  public List<TimelineEntry> timeline() {
    if (timeline == null) {
      timeline = TimelineExtractor.extract(doc, schema.timeline());
    }
    return timeline;
  }

  private final java.util.Map<Object, Object> computed = new java.util.HashMap<>();

  /**
   * A value several rules derive from this document, computed by the first that asks. Rules run one
   * after another on a file, so a plain map is enough.
   */
  @SuppressWarnings("unchecked")
  public <T> T computeOnce(Object key, java.util.function.Supplier<T> compute) {
    Object value = computed.get(key);
    if (value == null) {
      value = compute.get();
      computed.put(key, value);
    }
    return (T) value;
  }

  public List<MetadataEntry> metadata() {
    if (metadata == null) {
      metadata = MetadataExtractor.extract(doc);
    }
    return metadata;
  }
}
