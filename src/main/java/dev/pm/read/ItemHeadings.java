package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import dev.pm.model.ListBlock;
import dev.pm.model.Paragraph;
import dev.pm.model.Section;
import dev.pm.model.Table;
import dev.pm.schema.ActionItemSpec;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sub-heading of a follow-up section that is one item, its body the description: "### 1) Verify
 * cron", "### AI-3: Document the reindex" over its fields, a heading worded as a task over a short
 * paragraph. Its status is the one it states, its group's, or the tense of the heading or body.
 */
final class ItemHeadings {

  private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:\\d+[.)]|[a-z][.)])\\s+\\S");

  private ItemHeadings() {}

  /**
   * A sub-heading of a follow-up section that is an item itself, its body a description: numbered
   * ("### 1) Verify cron"), or a heading over prose only, worded as a task (three words or more).
   */
  static boolean isItemHeading(Section child) {
    boolean structured =
        child.allBlocks().stream().anyMatch(b -> b instanceof ListBlock || b instanceof Table);
    if (structured || !child.children().isEmpty()) {
      return false;
    }
    String text = child.heading().text().strip();
    if (NUMBERED.matcher(text).find()) {
      return true;
    }
    // A heading over a long discussion is a topic; its committing sentences are the items.
    int body =
        child.blocks().stream()
            .mapToInt(b -> b instanceof Paragraph p ? p.text().length() : 0)
            .sum();
    return text.split("\\s+").length >= 3
        && !FollowUps.names(text)
        && child.blocks().size() <= 2
        && body <= 400;
  }

  static void fromHeading(
      Section child, ItemGroup group, ActionItemSpec spec, List<ActionItem> out) {
    String text =
        child.heading().text().strip().replaceFirst("^\\s*(?:\\d+[.)]|[a-z][.)])\\s+", "");
    Optional<Table> fields =
        child.blocks().stream()
            .filter(b -> b instanceof Paragraph)
            .findFirst()
            .flatMap(b -> FieldLines.under(text, child.heading().at(), ((Paragraph) b).lines()))
            .flatMap(t -> TurnedTables.turned(t, spec));
    if (fields.isPresent()) {
      // "### AI-3: Document the reindex" over "Owner: @ana", "Status: Done": the item's fields
      TableItems.read(fields.get(), group, spec, out);
      return;
    }
    String body =
        child.blocks().stream()
            .filter(b -> b instanceof Paragraph)
            .map(b -> ((Paragraph) b).text())
            .findFirst()
            .orElse("");
    Matcher state = LooseItems.STATE_LINE.matcher(text);
    ActionStatus status =
        (state.matches() ? LooseItems.stateWord(state.group(1)) : Optional.<ActionStatus>empty())
            .or(() -> ItemStatus.of(text))
            .or(() -> Optional.ofNullable(group.status()))
            .orElse(
                ItemStatus.pastTense(text) || ItemStatus.pastTense(body)
                    ? ActionStatus.DONE
                    : ActionStatus.OPEN);
    out.add(
        ActionItemExtractor.item(
            ActionItem.Form.LINE, text, group.type(), status, List.of(), child.heading().at()));
  }
}
