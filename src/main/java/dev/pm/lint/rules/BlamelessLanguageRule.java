package dev.pm.lint.rules;

import dev.pm.lint.Findings;
import dev.pm.lint.LintContext;
import dev.pm.lint.Rule;
import dev.pm.lint.RuleInfo;
import dev.pm.lint.RuleLevel;
import dev.pm.lint.blame.BlameFinder;
import dev.pm.model.ActionItemField;
import dev.pm.model.Block;
import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Location;
import dev.pm.model.Paragraph;
import dev.pm.model.Section;
import dev.pm.model.SourceLine;
import dev.pm.text.HeadingNormalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * PM801: blaming language in the analysis sections (root cause, what happened, contributing
 * factors): "human error", "careless", a person as the subject of a root-cause sentence. Off by
 * default; the {@code blameless} template turns it on as a warning. Timelines, tables, code, block
 * quotes (chat logs) and lines that start with a time are never read.
 */
public final class BlamelessLanguageRule implements Rule {

  static final RuleInfo INFO =
      RuleInfo.of(
          "PM801",
          "blameless-language",
          RuleLevel.OFF,
          "An analysis section blames a person instead of describing the system");

  /**
   * A timeline or chat line inside an analysis section: {@code 14:05}, {@code [14:05]}, {@code
   * <ann>}.
   */
  private static final Pattern TIMED =
      Pattern.compile(
          "^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+)?(?:\\*\\*)?[\\[(<]?(?:\\d{4}-\\d{2}-\\d{2}[ T]?)?\\d{1,2}:\\d{2}|^\\s*(?:[-*+]\\s+)?<[^>]+>");

  private static final String SUGGESTION =
      "; describe the system condition that allowed it (what made the mistake possible, what did not catch it)";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context, Findings findings) {
    var spec = context.schema().blameless();
    Set<String> keys = new LinkedHashSet<>();
    spec.sections().forEach(s -> keys.add(HeadingNormalizer.key(s)));
    Set<String> timeline = context.schema().timeline().sectionKeys();
    BlameFinder finder = new BlameFinder(spec.phrases(), people(context));
    context
        .doc()
        .root()
        .walk(
            section -> {
              if (section.isRoot()
                  || !isAnalysis(section, keys)
                  || isInside(section, context, keys)) {
                return;
              }
              for (Section s : section.descendantsAndSelf()) {
                if (HeadingNormalizer.matches(s.heading().key(), timeline)
                    || s.heading().key().contains("timeline")) {
                  continue;
                }
                boolean rootCause =
                    s.heading().key().contains("cause")
                        || section.heading().key().contains("cause");
                for (Block block : s.blocks()) {
                  check(block, rootCause, finder, findings);
                }
              }
            });
  }

  /** A heading the schema lists, or any heading that starts with "root cause". */
  private static boolean isAnalysis(Section section, Set<String> keys) {
    String key = section.heading().key();
    return HeadingNormalizer.matches(key, keys) || key.startsWith("root cause");
  }

  /**
   * Whether an ancestor of {@code section} is itself an analysis section (read once, from the top).
   */
  @SuppressWarnings("ReferenceEquality") // sections of one tree: the same node, not an equal one
  private static boolean isInside(Section section, LintContext context, Set<String> keys) {
    for (Section top : context.doc().root().descendantsAndSelf()) {
      if (top != section
          && !top.isRoot()
          && isAnalysis(top, keys)
          && top.descendantsAndSelf().contains(section)) {
        return true;
      }
    }
    return false;
  }

  private static void check(Block block, boolean rootCause, BlameFinder finder, Findings findings) {
    if (block instanceof Paragraph p && !p.quoted()) {
      for (SourceLine line : p.lines()) {
        report(line.markdown(), line.at(), rootCause, finder, findings);
      }
    } else if (block instanceof ListBlock list) {
      items(list.items(), rootCause, finder, findings);
    }
  }

  private static void items(
      List<ListItem> items, boolean rootCause, BlameFinder finder, Findings findings) {
    for (ListItem item : items) {
      String[] lines = item.markdown().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Location at = new Location(item.at().line() + i, i == 0 ? item.at().column() : 1);
        report(lines[i], at, rootCause, finder, findings);
      }
      items(item.children(), rootCause, finder, findings);
    }
  }

  private static void report(
      String markdown, Location at, boolean rootCause, BlameFinder finder, Findings findings) {
    if (TIMED.matcher(markdown).find() || markdown.stripLeading().startsWith(">")) {
      return;
    }
    for (BlameFinder.Match m : finder.find(markdown, rootCause)) {
      Location where = new Location(at.line(), at.column() + m.column());
      String message =
          switch (m.kind()) {
            case PHRASE -> "Blaming language " + Text.quote(m.phrase()) + SUGGESTION;
            case HINDSIGHT -> "Hindsight about a person " + Text.quote(m.phrase()) + SUGGESTION;
            case PERSON ->
                "A person "
                    + Text.quote(m.phrase())
                    + " is the subject of a root-cause sentence"
                    + SUGGESTION;
          };
      findings.report(where, message);
    }
  }

  private static void texts(dev.pm.model.YamlValue value, Set<String> out) {
    if (value instanceof dev.pm.model.YamlValue.Scalar s && !s.isNull()) {
      out.add(s.text());
    } else if (value instanceof dev.pm.model.YamlValue.Sequence seq) {
      seq.items().forEach(v -> texts(v, out));
    }
  }

  /** People the document names: front matter authors, reviewers, owners, and action-item owners. */
  private static Set<String> people(LintContext context) {
    Set<String> people = new LinkedHashSet<>();
    context
        .doc()
        .frontMatter()
        .ifPresent(
            fm -> {
              for (String key :
                  List.of(
                      "author",
                      "authors",
                      "reviewer",
                      "reviewers",
                      "owner",
                      "owners",
                      "incident_commander")) {
                fm.field(key).ifPresent(f -> texts(f.value(), people));
              }
            });
    context.actionItems().forEach(a -> a.value(ActionItemField.OWNER).ifPresent(people::add));
    people.removeIf(p -> p.startsWith("@") || p.contains("[") || p.split("\\s+").length > 3);
    return people;
  }
}
