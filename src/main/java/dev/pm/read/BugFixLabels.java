package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Location;
import dev.pm.model.Paragraph;
import dev.pm.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A write-up of several bugs or causes, each closed by the fix that was made for it: "### Bug 1:
 * ..." over "Fix: validate the header before parsing (#412)", or "- **Missing index.** ... Fix:
 * added the index in migration 0042." Each such fix is a done item (unless its words say it is
 * still to come). One "Fix:" alone tells how this incident was ended, and stays the story; a
 * "Workaround:" is not a fix; a "Fix:" told to readers ("clear your cache") is their step, not
 * ours.
 */
final class BugFixLabels {

  /** "Fix:", "**Fixed by:**", "Resolution:" opening a line, the fix on the same line. */
  private static final Pattern LABELLED =
      Pattern.compile("(?i)^\\W*(?:fix|fixed by|fixed in|resolution|the fix)\\s*:\\s*(\\S.{8,})$");

  /** The same label after a sentence of a list entry: "... under load. Fix: added the index". */
  private static final Pattern INLINE =
      Pattern.compile("(?:[.!?]\\s+)(?:Fix|Fixed by|Resolution)\\s*:\\s*(\\S.{8,})$");

  /** A section written for readers: their symptoms and what they should do. */
  private static final Pattern FOR_READERS =
      Pattern.compile(
          "(?i)\\b(?:you|your|customers?|users?|operators?)\\b|\\bwhat to do\\b|\\bworkarounds?\\b|\\binstructions?\\b|\\bfaq\\b|\\btroubleshoot");

  private static final Pattern TO_READER = Pattern.compile("(?i)\\byour?\\b");

  private BugFixLabels() {}

  /**
   * The fixes labelled in the sections {@code skip} does not rule out, each a done item; none when
   * fewer than two are labelled, since one "Fix:" is the story of this incident's fix.
   */
  static List<ActionItem> read(Section root, Predicate<Section> skip) {
    List<ActionItem> found = new ArrayList<>();
    collect(root, skip, found);
    return found.size() >= 2 ? found : List.of();
  }

  private static void collect(Section section, Predicate<Section> skip, List<ActionItem> out) {
    // the document's root has no heading and is never skipped
    if (section.heading() != null
        && (skip.test(section)
            || (section.heading().level() != 1 // the title names the incident, not readers
                && FOR_READERS.matcher(section.heading().text()).find()))) {
      return;
    }
    for (Block block : section.blocks()) {
      if (block instanceof Paragraph p && !p.quoted()) {
        add(LABELLED.matcher(p.text().strip()), p.at(), out);
      } else if (block instanceof ListBlock list) {
        for (ListItem entry : list.items()) {
          add(INLINE.matcher(entry.text().strip()), entry.at(), out);
        }
      }
    }
    section.children().forEach(c -> collect(c, skip, out));
  }

  private static void add(Matcher labelled, Location at, List<ActionItem> out) {
    if (!labelled.find()) {
      return;
    }
    String fix = labelled.group(1).strip();
    if (TO_READER.matcher(fix).find() || Instructions.addressed(fix)) {
      return;
    }
    ActionStatus status =
        ItemStatus.of(fix).orElse(ItemStatus.future(fix) ? ActionStatus.OPEN : ActionStatus.DONE);
    out.add(ActionItemExtractor.item(ActionItem.Form.LINE, fix, null, status, List.of(), at));
  }
}
