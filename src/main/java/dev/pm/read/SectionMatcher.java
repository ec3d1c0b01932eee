package dev.pm.read;

import dev.pm.model.PostMortem;
import dev.pm.model.Section;
import dev.pm.schema.SectionSpec;
import dev.pm.text.HeadingNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the document sections a schema names. Headings match at any level (real post-mortems put
 * sections at H1, H2 or H3); among several matches the shallowest wins, then the first.
 */
public final class SectionMatcher {

  private SectionMatcher() {}

  /** The section a top-level spec names, searched in the whole document. */
  public static Optional<Section> find(PostMortem doc, SectionSpec spec) {
    return best(doc.sections(), spec.keys());
  }

  /** The section a sub-section spec names, searched below {@code parent}. */
  public static Optional<Section> findBelow(Section parent, SectionSpec spec) {
    List<Section> below = new ArrayList<>(parent.descendantsAndSelf());
    below.remove(0);
    return best(below, spec.keys());
  }

  /** Every section whose heading matches one of {@code keys}, outermost only, in document order. */
  public static List<Section> findAll(PostMortem doc, Set<String> keys) {
    List<Section> found = new ArrayList<>();
    collect(doc.root(), keys, found);
    return found;
  }

  private static void collect(Section section, Set<String> keys, List<Section> found) {
    for (Section child : section.children()) {
      if (HeadingNormalizer.matches(child.heading().key(), keys)) {
        found.add(child);
      } else {
        collect(child, keys, found);
      }
    }
  }

  private static Optional<Section> best(List<Section> candidates, Set<String> keys) {
    return candidates.stream()
        .filter(s -> HeadingNormalizer.matches(s.heading().key(), keys))
        .min(Comparator.comparingInt(SectionMatcher::depthRank));
  }

  /** Labels (level 0) rank below every real heading. Stable min keeps document order for ties. */
  private static int depthRank(Section s) {
    return s.heading().level() == 0 ? 7 : s.heading().level();
  }
}
