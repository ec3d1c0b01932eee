package dev.pm.lint;

import dev.pm.model.PostMortem;
import dev.pm.model.Section;
import dev.pm.read.SectionMatcher;
import dev.pm.schema.SectionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A schema section paired with the document section it names: top-level specs anywhere, sub-section
 * specs below their parent's section. The section and table rules all walk these, so {@link
 * LintContext#sectionBindings()} computes them once per document.
 *
 * @param spec the schema's section
 * @param section the matching document section, if present
 * @param parent the parent spec's section; empty for top-level specs
 * @param siblings the specs at the same level, in schema order
 * @param children the bindings of the spec's sub-sections (empty when the section is missing)
 */
public record SectionBinding(
    SectionSpec spec,
    Optional<Section> section,
    Optional<Section> parent,
    List<SectionSpec> siblings,
    List<SectionBinding> children) {

  public SectionBinding {
    siblings = List.copyOf(siblings);
    children = List.copyOf(children);
  }

  static List<SectionBinding> bind(PostMortem doc, List<SectionSpec> specs) {
    return bind(doc, specs, Optional.empty());
  }

  private static List<SectionBinding> bind(
      PostMortem doc, List<SectionSpec> specs, Optional<Section> parent) {
    List<SectionBinding> out = new ArrayList<>();
    for (SectionSpec spec : specs) {
      Optional<Section> found =
          parent.isEmpty()
              ? SectionMatcher.find(doc, spec)
              : SectionMatcher.findBelow(parent.get(), spec);
      List<SectionBinding> children =
          found.isPresent() ? bind(doc, spec.sections(), found) : List.of();
      out.add(new SectionBinding(spec, found, parent, specs, children));
    }
    return out;
  }

  /** Every binding, parents before children. */
  public static List<SectionBinding> flatten(List<SectionBinding> bindings) {
    List<SectionBinding> all = new ArrayList<>();
    for (SectionBinding b : bindings) {
      all.add(b);
      all.addAll(flatten(b.children()));
    }
    return all;
  }
}
