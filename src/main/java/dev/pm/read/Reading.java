package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.MetadataEntry;
import dev.pm.model.PostMortem;
import dev.pm.model.Section;
import dev.pm.model.TimelineEntry;
import dev.pm.schema.Schema;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one post-mortem means, read once: the only thing lint rules and stats look at, so the two
 * can never disagree about what an action item, a timeline entry or a duration is.
 *
 * @param doc the parsed document (syntax: headings, blocks, positions)
 * @param schema the schema it was read with
 * @param selection how that schema was chosen
 * @param incident id, title, date, severity, status
 * @param sections each top-level section the schema names, mapped to the document section found for
 *     it
 * @param actionItems the action items, template text left out
 * @param templateItems how many action-item-shaped entries were still template text (left out)
 * @param timeline the timeline entries
 * @param metadata labelled values ({@code Key: value} lines, two-column tables)
 * @param times the stated start and end of the incident, each alone, and their span when both are
 * @param figures the incident figures found: {@code duration}, {@code mttd}, {@code mtta}, {@code
 *     mttr}; each the first the document states, else computed (see {@code IncidentFigures})
 * @param computedFigures the keys of {@code figures} computed rather than stated: a duration from
 *     the stated start and end, MTTx from the timeline's detection, acknowledgement and resolution
 *     entries
 * @param templateLines lines of table rows and list items that are still the template's text
 * @param templateText the schema's template text, to recognise unfilled regions
 */
public record Reading(
    PostMortem doc,
    Schema schema,
    SchemaSelection selection,
    Incident incident,
    Map<String, Section> sections,
    List<ActionItem> actionItems,
    int templateItems,
    List<TimelineEntry> timeline,
    List<MetadataEntry> metadata,
    IncidentTimes times,
    Map<String, Duration> figures,
    Set<String> computedFigures,
    Set<Integer> templateLines,
    TemplateText templateText) {

  public Reading {
    sections = Map.copyOf(sections);
    actionItems = List.copyOf(actionItems);
    timeline = List.copyOf(timeline);
    metadata = List.copyOf(metadata);
    figures = Map.copyOf(figures);
    computedFigures = Set.copyOf(computedFigures);
    templateLines = Set.copyOf(templateLines);
  }

  /** The stated start and end, when both are stated. */
  public Optional<IncidentSpan> span() {
    return times.span();
  }

  /** The display path of the file read. */
  public String file() {
    return doc.source().displayPath();
  }
}
