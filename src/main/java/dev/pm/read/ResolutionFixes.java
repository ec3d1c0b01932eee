package dev.pm.read;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import dev.pm.model.Block;
import dev.pm.model.Paragraph;
import dev.pm.model.Section;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The resolution of an incident told in prose holds the steps that ended it ("We restarted the log
 * shipper and rolled back the change") and, often, a lasting fix made since ("Log rotation has
 * since been configured on every host"). The steps are not items; the fix is a done item.
 */
final class ResolutionFixes {

  /** "Resolution", "Recovery", "Resolution and recovery": how this incident was ended. */
  private static final Pattern RESOLUTION =
      Pattern.compile("^(?:the )?(?:resolution|recovery)(?: and (?:recovery|resolution))?$");

  private ResolutionFixes() {}

  /** True when a heading names how the incident was resolved. */
  static boolean names(String heading) {
    return heading.length() <= 80 && RESOLUTION.matcher(FollowUps.normalize(heading)).matches();
  }

  /** The lasting fixes told in the section's own paragraphs, one done item per sentence. */
  static void read(Section section, List<ActionItem> out) {
    for (Block block : section.blocks()) {
      if (block instanceof Paragraph p && !p.quoted()) {
        SentenceItems.read(p, DoneRemediations::doneSince, ActionStatus.DONE, out);
      }
    }
  }
}
