package dev.pm.stats;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.ActionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What stats keep of one action item: only the fields an output shows or counts.
 *
 * <p>Rationale: a reader's {@link ActionItem} carries two maps and a location per field (about 800
 * bytes an item). Between reading and writing, stats hold this packed in a {@link PackedIncident},
 * and make it again only while an output or count reaches the item.
 *
 * @param line the line of the row or list item
 * @param id the item's id as written, empty when none
 * @param action what is to be done, empty when not stated
 * @param owner the owner text as written (several owners in one cell stay one text)
 * @param due the due date in ISO form when it reads as a date, else the text as written
 * @param dueIsDate whether {@code due} is a real date
 * @param links ticket or pull-request links
 */
public record ItemRecord(
    int line,
    ActionItem.Form form,
    ActionStatus status,
    String id,
    String action,
    String owner,
    String type,
    String due,
    boolean dueIsDate,
    List<String> links) {

  public ItemRecord {
    links = List.copyOf(links);
  }

  /** What stats keep of a reader's item. */
  public static ItemRecord of(ActionItem item) {
    return new ItemRecord(
        item.at().line(),
        item.form(),
        item.status(),
        item.id().orElse(""),
        item.action().orElse(""),
        item.owner().orElse(""),
        item.type().orElse(""),
        item.due().map(LocalDate::toString).orElse(item.value(ActionItemField.DUE).orElse("")),
        item.due().isPresent(),
        item.links());
  }

  /** The due date, when {@link #due} reads as one. */
  public Optional<LocalDate> dueDate() {
    return dueIsDate ? Optional.of(LocalDate.parse(due)) : Optional.empty();
  }
}
