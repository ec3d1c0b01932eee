package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import dev.pm.model.ListBlock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A follow-up list's voice decides what a bare activity gerund means. Written in the progressive
 * ("Conducting an external audit", "Refining our thresholds", "We are looking into ..."), the list
 * reports work under way and "Investigating the gap" is in progress. Written as task titles
 * ("Release 0.9", "Improve handling of ...", "Investigating allowing deletion ..."), the one gerund
 * among imperatives is a title like the others, and open.
 */
final class ActivityGerunds {

  /** An entry opening with a gerund, whether or not it says who is at it. */
  private static final Pattern GERUND_FIRST =
      Pattern.compile(
          "(?i)^\\W*(?:(?:we(?:'re| are) )?(?:currently|now|still|actively) |we(?:'re| are) )?[a-z]{2,}ing\\b");

  private ActivityGerunds() {}

  /**
   * The items read from {@code list}, with an item in progress only by its bare activity gerund
   * made open when fewer than half the list's entries open with a gerund.
   */
  static void settle(ListBlock list, List<ActionItem> read) {
    long gerunds = list.items().stream().filter(i -> GERUND_FIRST.matcher(i.text()).find()).count();
    if (gerunds * 2 >= list.items().size()) {
      return;
    }
    read.replaceAll(
        i ->
            i.status() == ActionStatus.IN_PROGRESS
                    && i.form() == ActionItem.Form.BULLET
                    && ItemStatus.activityOnly(i.action().orElse(""))
                ? new ActionItem(
                    i.form(),
                    i.values(),
                    i.fieldAt(),
                    i.due(),
                    ActionStatus.OPEN,
                    i.links(),
                    i.at())
                : i);
  }
}
