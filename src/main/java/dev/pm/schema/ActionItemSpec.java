package dev.pm.schema;

import dev.pm.model.ActionItemField;
import dev.pm.model.ActionStatus;
import dev.pm.text.HeadingNormalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a template keeps its action items and how to read them.
 *
 * @param sections names of the sections holding action items (any level; sub-sections included)
 * @param columns for each canonical field, the table headers that carry it
 * @param required fields every table row must fill
 * @param requiredInLists fields every list item must carry (inline: {@code @owner}, {@code due
 *     ...})
 * @param statuses the vocabulary: each accepted spelling and what it means
 * @param types the vocabulary of the type column; empty means any
 * @param plainBulletStatus the status of a list item with no checkbox and no status word
 * @param columnWords what a header that is none of {@code columns} means, by the words it holds
 */
public record ActionItemSpec(
    List<String> sections,
    Map<ActionItemField, List<String>> columns,
    Set<ActionItemField> required,
    Set<ActionItemField> requiredInLists,
    Map<String, ActionStatus> statuses,
    List<String> types,
    ActionStatus plainBulletStatus,
    ColumnWords columnWords) {

  /** The general column names, declared once in the built-in default schema. */
  public static final Map<ActionItemField, List<String>> DEFAULT_COLUMNS =
      Collections.unmodifiableMap(SchemaLoader.defaultColumns());

  /** The general header words, declared once in the built-in default schema. */
  public static final ColumnWords DEFAULT_COLUMN_WORDS = SchemaLoader.defaultColumnWords();

  public static final Map<String, ActionStatus> DEFAULT_STATUSES = defaultStatuses();
  public static final List<String> DEFAULT_SECTIONS =
      List.of(
          "Action Items",
          "Follow-up Actions",
          "Follow-ups",
          "Corrective Actions",
          "Review Actions",
          "Remediation",
          "Next Steps");

  public ActionItemSpec {
    sections = List.copyOf(sections);
    EnumMap<ActionItemField, List<String>> copy = new EnumMap<>(ActionItemField.class);
    columns.forEach((field, names) -> copy.put(field, List.copyOf(names)));
    columns = Collections.unmodifiableMap(copy);
    required = Set.copyOf(required);
    requiredInLists = Set.copyOf(requiredInLists);
    statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
    types = List.copyOf(types);
  }

  public static ActionItemSpec defaults() {
    return new ActionItemSpec(
        DEFAULT_SECTIONS,
        DEFAULT_COLUMNS,
        Set.of(ActionItemField.ACTION),
        Set.of(ActionItemField.ACTION),
        DEFAULT_STATUSES,
        List.of(),
        ActionStatus.OPEN,
        DEFAULT_COLUMN_WORDS);
  }

  public Set<String> sectionKeys() {
    return SECTION_KEYS.of(this);
  }

  private static final DerivedOnce<ActionItemSpec, Set<String>> SECTION_KEYS =
      new DerivedOnce<>(
          spec ->
              spec.sections.stream()
                  .map(HeadingNormalizer::key)
                  .collect(Collectors.toUnmodifiableSet()));

  /** Normalised headers of a field's column. */
  public Set<String> columnKeys(ActionItemField field) {
    return COLUMN_KEYS.of(this).getOrDefault(field, Set.of());
  }

  private static final DerivedOnce<ActionItemSpec, Map<ActionItemField, Set<String>>> COLUMN_KEYS =
      new DerivedOnce<>(
          spec -> {
            EnumMap<ActionItemField, Set<String>> keys = new EnumMap<>(ActionItemField.class);
            spec.columns.forEach(
                (field, names) ->
                    keys.put(
                        field,
                        names.stream()
                            .map(HeadingNormalizer::key)
                            .collect(Collectors.toUnmodifiableSet())));
            return Collections.unmodifiableMap(keys);
          });

  /** The canonical spelling for a status meaning: the first vocabulary entry with that meaning. */
  public Optional<String> canonicalStatus(ActionStatus status) {
    return statuses.entrySet().stream()
        .filter(e -> e.getValue() == status)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static Map<String, ActionStatus> defaultStatuses() {
    Map<String, ActionStatus> m = new LinkedHashMap<>();
    m.put("Open", ActionStatus.OPEN);
    m.put("In Progress", ActionStatus.IN_PROGRESS);
    m.put("Done", ActionStatus.DONE);
    m.put("Cancelled", ActionStatus.CANCELLED);
    return Collections.unmodifiableMap(m);
  }
}
