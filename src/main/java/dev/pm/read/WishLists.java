package dev.pm.read;

import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Paragraph;
import dev.pm.model.Section;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A follow-up-sounding list inside the findings: "### Monitoring improvements" under "What went
 * wrong", "**Recommendations**" under "Lessons learned", "### Improvements needed" under
 * "Detection". When the document keeps its follow-ups elsewhere, such a list is what the writers
 * wished they had had, never adopted as work: not items, though a checkbox in it still is. Under a
 * follow-up heading the same list is work.
 */
final class WishLists {

  /** Sections about what failed or was found, beyond the reflections {@link FollowUps} knows. */
  private static final Pattern FINDINGS =
      Pattern.compile(
          "\\bdetection\\b|\\bhow (?:we|it was) (?:detected|noticed|found)\\b|\\bwhat (?:didn't|did not) go well\\b"
              + "|\\b(?:could|should) have (?:gone|been done|done) better\\b|\\bgaps?\\b|\\bproblems?\\b|\\bchallenges\\b"
              + "|\\bfindings?\\b|\\bobservations?\\b");

  /** Heading words that adopt the list as work wherever it stands: actions, next steps, to-dos. */
  private static final Pattern ADOPTED =
      Pattern.compile(
          "\\bactions?\\b|\\bfollow[- ]?(?:ups?|on)\\b|\\bfollowups?\\b|\\bnext steps?\\b|\\bremediat|\\bto-?dos?\\b"
              + "|\\btasks?\\b|\\bcorrective\\b|\\bprevent|\\bplan(?:ned|s)?\\b|\\bgoing forward\\b|\\bmoving forward\\b"
              + "|\\bwe(?:'ll| will| are| plan)\\b|\\bwill be\\b|\\bcommitted\\b");

  private WishLists() {}

  /** True when a heading opens the findings: what went wrong, detection, lessons, the analysis. */
  static boolean findings(String heading) {
    return FollowUps.namesReflection(heading)
        || (heading.length() <= 200 && FINDINGS.matcher(FollowUps.normalize(heading)).find());
  }

  /**
   * The lines of list entries that a wish label introduces inside the findings ("Improvements:"
   * over a list under "What went wrong", "- **Improvements**:" with entries under it in
   * "Detection"); {@code skipped} names the sections read elsewhere (follow-ups, timelines).
   */
  static Set<Integer> labelled(Section root, Section title, Predicate<Section> skipped) {
    Set<Integer> lines = new HashSet<>();
    labelled(root, title, skipped, false, lines);
    return lines;
  }

  @SuppressWarnings("ReferenceEquality") // the title node, by identity (see ActionItemExtractor)
  private static void labelled(
      Section section,
      Section title,
      Predicate<Section> skipped,
      boolean inFindings,
      Set<Integer> lines) {
    List<Block> blocks = section.blocks();
    for (int i = 0; inFindings && i < blocks.size(); i++) {
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      if (blocks.get(i) instanceof Paragraph p
          && next instanceof ListBlock list
          && LooseItems.label(p).filter(WishLists::wished).isPresent()) {
        list.items().forEach(item -> addLines(item, lines));
      } else if (blocks.get(i) instanceof ListBlock list) {
        list.items().stream()
            .filter(item -> wished(item.text().strip().replaceAll("[*_:]+", " ").strip()))
            .forEach(item -> item.children().forEach(c -> addLines(c, lines)));
      }
    }
    for (Section child : section.children()) {
      if (child == title || !skipped.test(child)) {
        boolean findings = child != title && findings(child.heading().text());
        labelled(child, title, skipped, inFindings || findings, lines);
      }
    }
  }

  /**
   * A label naming improvements wished for, not work adopted: "Improvements", "Recommendations".
   */
  private static boolean wished(String label) {
    return label.length() <= 60 && FollowUps.names(label) && !adopts(label);
  }

  private static void addLines(ListItem item, Set<Integer> lines) {
    lines.add(item.at().line());
    item.children().forEach(c -> addLines(c, lines));
  }

  /**
   * True when a follow-up-sounding heading inside the findings names work adopted ("Action items",
   * "Next steps") rather than improvements wished for.
   */
  static boolean adopts(String heading) {
    return heading.length() <= 200 && ADOPTED.matcher(FollowUps.normalize(heading)).find();
  }
}
