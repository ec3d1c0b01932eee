package dev.pm.derive;

import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Section;
import dev.pm.read.FollowUps;
import dev.pm.read.TimedSections;

/**
 * What a section holds, whatever its heading says: a timeline, or follow-up work. Derive names such
 * sections in the schema's {@code timeline} and {@code actionItems}, so that "Things we will
 * change" over a task list is read as follow-ups in every document of the team.
 */
final class SectionContent {

  private SectionContent() {}

  /**
   * A timeline, whatever the heading says, by the reader's own rule ({@link TimedSections}), so
   * that derive writes to {@code timeline.sections} exactly the sections the reader reads as one.
   */
  static boolean holdsTimeline(Section section) {
    return TimedSections.holds(section);
  }

  /** A heading that names follow-up work, or a section of task-list items. */
  static boolean holdsFollowUps(Section section) {
    if (FollowUps.names(section.heading().text())) {
      return true;
    }
    for (Block block : section.blocks()) {
      if (block instanceof ListBlock list
          && list.items().stream().anyMatch(i -> i.task() != ListItem.TaskState.NONE)) {
        return true;
      }
    }
    return false;
  }
}
