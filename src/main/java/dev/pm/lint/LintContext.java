package dev.pm.lint;

import dev.pm.model.ActionItem;
import dev.pm.model.MetadataEntry;
import dev.pm.model.PostMortem;
import dev.pm.model.TimelineEntry;
import dev.pm.read.Reading;
import dev.pm.read.SchemaSelection;
import dev.pm.read.TemplateText;
import dev.pm.schema.Schema;
import java.util.List;

/**
 * One document as rules see it: its {@link Reading} (the same one {@code pm stats} counts), and
 * what only lint needs (known template names).
 */
public final class LintContext {

  private final Reading reading;
  private final java.util.Optional<String> unknownTemplate;
  private java.util.List<String> knownTemplates = java.util.List.of();
  private RuleSettings settings = RuleSettings.DEFAULTS;
  private java.time.LocalDate asOf = java.time.LocalDate.now(java.time.ZoneId.systemDefault());
  private List<SectionBinding> sectionBindings;

  public LintContext(Reading reading, java.util.Optional<String> unknownTemplate) {
    this.reading = reading;
    this.unknownTemplate = unknownTemplate;
  }

  /** What the document means: the reader's result that stats counts too. */
  public Reading reading() {
    return reading;
  }

  public PostMortem doc() {
    return reading.doc();
  }

  public Schema schema() {
    return reading.schema();
  }

  public SchemaSelection selection() {
    return reading.selection();
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
    return reading.templateText();
  }

  LintContext withSettings(RuleSettings settings, java.time.LocalDate asOf) {
    this.settings = settings;
    this.asOf = asOf;
    return this;
  }

  /** Whether a policy id is turned off, by configuration or by the template's {@code rules:}. */
  public boolean isOff(String policyId) {
    return settings.isOff("policy:" + policyId, reading.schema().rules());
  }

  /** The date "within N days" is measured against: {@code --as-of}, else today. */
  public java.time.LocalDate asOf() {
    return asOf;
  }

  LintContext withKnownTemplates(java.util.List<String> names) {
    this.knownTemplates = java.util.List.copyOf(names);
    return this;
  }

  public boolean isDraft() {
    return reading.schema().isDraft(reading.doc());
  }

  public List<ActionItem> actionItems() {
    return reading.actionItems();
  }

  public List<TimelineEntry> timeline() {
    return reading.timeline();
  }

  /**
   * The schema's sections paired with the document's, computed by the first rule that asks. Rules
   * run one after another on a file, so a plain field is enough.
   */
  public List<SectionBinding> sectionBindings() {
    if (sectionBindings == null) {
      sectionBindings = SectionBinding.bind(reading.doc(), reading.schema().sections());
    }
    return sectionBindings;
  }

  public List<MetadataEntry> metadata() {
    return reading.metadata();
  }
}
