package dev.pm.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parsed post-mortem: everything the rules and stats read, with positions. Parse trees are not
 * kept, so a run over thousands of files holds only this.
 *
 * @param source the file and its text
 * @param frontMatter the front matter block, if the file starts with one
 * @param root the section tree; the root holds the blocks before the first heading
 * @param comments HTML comments, where lint directives live
 * @param linkReferences labels of link reference definitions ({@code [label]: url}), lower-case
 * @param problems what could not be read; an UNREADABLE problem means the rest is empty
 * @param lineCount number of lines in the file
 */
public record PostMortem(
    SourceFile source,
    Optional<FrontMatter> frontMatter,
    Section root,
    List<HtmlComment> comments,
    java.util.Set<String> linkReferences,
    List<ParseProblem> problems,
    int lineCount) {

  public PostMortem {
    comments = List.copyOf(comments);
    linkReferences = java.util.Set.copyOf(linkReferences);
    problems = List.copyOf(problems);
  }

  /** A document with nothing but a problem: the file could not be read at all. */
  public static PostMortem unreadable(SourceFile source, ParseProblem problem) {
    return new PostMortem(
        source,
        Optional.empty(),
        new Section(null, List.of(), List.of()),
        List.of(),
        java.util.Set.of(),
        List.of(problem),
        0);
  }

  public boolean isReadable() {
    return problems.stream().noneMatch(p -> p.kind() == ParseProblem.Kind.UNREADABLE);
  }

  /** Every heading in document order. */
  public List<Section> sections() {
    List<Section> all = new ArrayList<>();
    root.walk(
        s -> {
          if (!s.isRoot()) {
            all.add(s);
          }
        });
    return all;
  }

  /** The first level-1 heading's text, if any: the document's visible title. */
  public Optional<Heading> title() {
    return sections().stream().map(Section::heading).filter(h -> h.level() == 1).findFirst();
  }
}
