package dev.pm.schema;

import dev.pm.model.PostMortem;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code pm lint} checks a post-mortem against: one per template.
 *
 * @param name the template name front matter names in {@code template:}
 * @param description one line for {@code pm templates}
 * @param source where the schema was read from, for messages
 * @param frontMatter required keys and value rules
 * @param ordered whether top-level sections must appear in the listed order
 * @param sections the sections, tables and columns
 * @param actionItems where and how action items are written
 * @param timeline where the timeline is
 * @param metadata labels under which the body repeats front matter
 * @param templateBody the template's Markdown, from which unfilled text is recognised; empty when
 *     the schema has no template beside it
 * @param policies severity policies: what documents meeting conditions must contain (PM701)
 * @param rules default severity per rule id, rule name or policy id for documents of this template
 *     ({@code blameless-language: warning}); {@code .pm.yaml} and flags still win
 * @param blameless the phrases and sections the blameless-language rule reads
 */
public record Schema(
    String name,
    String description,
    String source,
    FrontMatterSpec frontMatter,
    boolean ordered,
    List<SectionSpec> sections,
    ActionItemSpec actionItems,
    TimelineSpec timeline,
    MetadataSpec metadata,
    Optional<String> templateBody,
    List<Policy> policies,
    Map<String, String> rules,
    BlamelessSpec blameless) {

  public Schema {
    sections = List.copyOf(sections);
    policies = List.copyOf(policies);
    rules = Map.copyOf(rules);
  }

  /** The same schema with the Markdown of the template beside it. */
  public Schema withTemplateBody(String body) {
    return new Schema(
        name,
        description,
        source,
        frontMatter,
        ordered,
        sections,
        actionItems,
        timeline,
        metadata,
        Optional.of(body),
        policies,
        rules,
        blameless);
  }

  /** The same schema with other front matter rules (configured severities or statuses). */
  public Schema withFrontMatter(FrontMatterSpec changed) {
    return new Schema(
        name,
        description,
        source,
        changed,
        ordered,
        sections,
        actionItems,
        timeline,
        metadata,
        templateBody,
        policies,
        rules,
        blameless);
  }

  /**
   * Whether the document is a draft: its status is one the schema marks as draft. Unfilled template
   * text is a warning in a draft and an error once it is final.
   */
  public boolean isDraft(PostMortem doc) {
    Optional<FieldSpec> status = frontMatter.field("status");
    Optional<String> value = doc.frontMatter().flatMap(fm -> fm.text("status"));
    return status.isPresent() && value.isPresent() && status.get().isDraftValue(value.get());
  }
}
