package dev.pm.lint;

import dev.pm.model.HtmlComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In-file switches, as HTML comments so they do not render: {@code <!-- pm-lint-disable PM201
 * missing-owner -->} ... {@code <!-- pm-lint-enable -->}, {@code <!-- pm-lint-disable-next-line
 * PM502 -->} and {@code <!-- pm-lint-disable-file PM101 -->}. Without rule names a directive
 * applies to every rule.
 */
final class Directives {

  private static final Pattern DIRECTIVE =
      Pattern.compile(
          "<!--\\s*pm-lint-(disable-next-line|disable-file|disable|enable)\\b([^>]*?)-->",
          Pattern.DOTALL);

  /** A rule name a directive gives that pm does not know (a typo such as {@code PM5O1}). */
  record UnknownName(int line, String kind, String name) {}

  private record Switch(
      int line,
      String kind,
      boolean disable,
      boolean nextLineOnly,
      boolean wholeFile,
      Set<String> rules) {
    boolean names(RuleInfo rule) {
      return rules.isEmpty() || rules.contains(rule.id().value()) || rules.contains(rule.name());
    }
  }

  static final Directives NONE = new Directives(List.of());

  private final List<Switch> switches;

  private Directives(List<Switch> switches) {
    this.switches = switches;
  }

  static Directives of(List<HtmlComment> comments) {
    List<Switch> switches = new ArrayList<>();
    for (HtmlComment comment : comments) {
      Matcher m = DIRECTIVE.matcher(comment.text());
      while (m.find()) {
        String kind = m.group(1);
        Set<String> rules =
            Set.of(m.group(2).trim().split("[\\s,]+")).stream()
                .filter(s -> !s.isBlank())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        switches.add(
            new Switch(
                comment.at().line(),
                "pm-lint-" + kind,
                !kind.equals("enable"),
                kind.equals("disable-next-line"),
                kind.equals("disable-file"),
                rules));
      }
    }
    return switches.isEmpty() ? NONE : new Directives(switches);
  }

  /** The names no rule has, which silence nothing: a typo would otherwise go unnoticed. */
  List<UnknownName> unknownNames() {
    List<UnknownName> unknown = new ArrayList<>();
    for (Switch s : switches) {
      s.rules().stream()
          .filter(name -> BuiltInRules.find(name).isEmpty())
          .sorted()
          .forEach(name -> unknown.add(new UnknownName(s.line(), s.kind(), name)));
    }
    return unknown;
  }

  boolean suppresses(RuleInfo rule, int line) {
    boolean disabled = false;
    for (Switch s : switches) {
      if (!s.names(rule)) {
        continue;
      }
      if (s.wholeFile()) {
        return true;
      }
      if (s.nextLineOnly()) {
        if (line == s.line() + 1) {
          return true;
        }
        continue;
      }
      if (s.line() <= line) {
        disabled = s.disable();
      }
    }
    return disabled;
  }
}
