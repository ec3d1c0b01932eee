package dev.pm.lint;

import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import dev.pm.read.SchemaResolver;
import dev.pm.schema.Schema;
import dev.pm.schema.SchemaLoader;
import dev.pm.template.TemplateCatalog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short rule tests in the style of ESLint's RuleTester and error-prone's CompilationTestHelper: a
 * Markdown text block with the expected findings marked inline, failing on a missing finding and on
 * an unexpected one.
 *
 * <p>A marker is a line starting with {@code !!}, about the nearest line above it that is not a
 * marker. Marker lines are removed before linting, so they never change what a rule reads, and line
 * numbers are those of the document without them:
 *
 * <pre>
 * | AI-02 | Review changes | Process |  | 2026-04-30 | Open |
 * !!                                 ^ PM402 Action item "AI-02" has no owner
 * | AI-03 | Load test | Technical | dave | 2026/05/15 | Open |
 * !! @42 PM403
 * </pre>
 *
 * The column is where the {@code ^} stands (the marker line's own {@code !!} counts), or given as
 * {@code @N} for long lines. The message after the rule id is optional: left out, only the rule and
 * the position are compared (message text is asserted where the text is the feature).
 *
 * <p>{@link #of} runs one rule (others' findings are not looked at); {@link #allRules} runs every
 * rule, so every finding in the document must be marked. {@link #checkFiles} lints several
 * documents together, for the cross-file rule.
 *
 * <p>Every passing check of a one-rule tester is told to {@link #recording}'s listener, so {@code
 * AllRulesTest} can see that every registered rule has a case that finds and one that passes.
 */
public final class RuleTester {

  private static final TemplateCatalog CATALOG = TemplateCatalog.builtIn();
  private static final Pattern MARKER =
      Pattern.compile("^!!(?: *(\\^)| *@(\\d+)) +(PM\\d{3})(?: (.*))?$");
  private static final String FILE = "case.md";

  /** One expected finding: where, which rule, and (optionally) the exact message. */
  record Expected(int line, int column, String rule, Optional<String> message) {
    boolean matches(Diagnostic d) {
      return d.line() == line
          && d.column() == column
          && d.rule().id().value().equals(rule)
          && message.map(d.message()::equals).orElse(true);
    }

    @Override
    public String toString() {
      return line + ":" + column + " " + rule + message.map(m -> " " + m).orElse("");
    }
  }

  /** The document without its markers, and what the markers expect. */
  record Case(String markdown, List<Expected> expected) {}

  /** A check that passed: which rule it was about, and whether it expected that rule to find. */
  public record Run(String rule, boolean finds) {}

  private static final ThreadLocal<java.util.function.Consumer<Run>> LISTENER =
      ThreadLocal.withInitial(() -> run -> {});

  private final List<Rule> rules;
  private final List<CrossFileRule> crossFileRules;

  /** The one rule this tester is about; empty for {@link #allRules}, which is about none. */
  private final Optional<String> subject;

  private String fileName = FILE;
  private java.nio.charset.Charset savedAs = java.nio.charset.StandardCharsets.UTF_8;
  private Optional<Schema> schema = Optional.empty();
  private LocalDate asOf = LocalDate.of(2026, 3, 14);

  private RuleTester(
      List<Rule> rules, List<CrossFileRule> crossFileRules, Optional<String> subject) {
    this.rules = rules;
    this.crossFileRules = crossFileRules;
    this.subject = subject;
  }

  public static RuleTester of(Rule rule) {
    return new RuleTester(List.of(rule), List.of(), Optional.of(rule.info().id().value()));
  }

  public static RuleTester of(CrossFileRule rule) {
    return new RuleTester(List.of(), List.of(rule), Optional.of(rule.info().id().value()));
  }

  /**
   * No rule at all: what the linter itself reports about a document, PM002 on a directive naming no
   * rule.
   */
  public static RuleTester unknownRuleNames() {
    return new RuleTester(List.of(), List.of(), Optional.of(Linter.UNKNOWN_RULE_NAME.id().value()));
  }

  public static RuleTester allRules() {
    return new RuleTester(
        BuiltInRules.fileRules(), BuiltInRules.crossFileRules(), Optional.empty());
  }

  /**
   * Runs {@code body} on this thread with every passing one-rule check told to {@code listener}.
   */
  public static void recording(java.util.function.Consumer<Run> listener, Runnable body) {
    LISTENER.set(listener);
    try {
      body.run();
    } finally {
      LISTENER.remove();
    }
  }

  /** The name the case is linted under (PM108 reads the date in it); {@code case.md} if not set. */
  public RuleTester fileName(String name) {
    RuleTester copy = copy();
    copy.fileName = name;
    return copy;
  }

  /** Writes the case to bytes in {@code charset} and reads them back as pm reads a file. */
  public RuleTester savedAs(java.nio.charset.Charset charset) {
    RuleTester copy = copy();
    copy.savedAs = charset;
    return copy;
  }

  /**
   * A copy to configure: testers are shared by a class's cases, so a setting made for one case must
   * not leak into the next.
   */
  private RuleTester copy() {
    RuleTester copy = new RuleTester(rules, crossFileRules, subject);
    copy.schema = schema;
    copy.asOf = asOf;
    copy.fileName = fileName;
    copy.savedAs = savedAs;
    return copy;
  }

  /** Checks every case against a built-in template's schema, whatever its front matter says. */
  public RuleTester schema(String template) {
    RuleTester copy = copy();
    copy.schema = Optional.of(CATALOG.find(template).orElseThrow().schema());
    return copy;
  }

  /** Checks every case against this schema ({@code schema.yaml} text). */
  public RuleTester schemaYaml(String yaml) {
    RuleTester copy = copy();
    copy.schema = Optional.of(SchemaLoader.load("schema.yaml", yaml));
    return copy;
  }

  public RuleTester asOf(LocalDate date) {
    RuleTester copy = copy();
    copy.asOf = date;
    return copy;
  }

  /** Fails unless linting {@code marked} gives exactly the findings its markers expect. */
  public void check(String marked) {
    checkFiles(fileName, marked);
  }

  /**
   * Lints several documents together ({@code name, marked, name, marked, ...}) and fails unless
   * each gives exactly the findings its own markers expect.
   */
  public void checkFiles(String... namesAndCases) {
    if (namesAndCases.length == 0 || namesAndCases.length % 2 != 0) {
      throw new IllegalArgumentException("expected file name and case pairs");
    }
    Map<String, Case> cases = new java.util.LinkedHashMap<>();
    for (int i = 0; i < namesAndCases.length; i += 2) {
      cases.put(namesAndCases[i], parse(namesAndCases[i + 1]));
    }
    List<Diagnostic> actual = lint(cases);
    StringBuilder why = new StringBuilder();
    boolean finds = false;
    for (Map.Entry<String, Case> file : cases.entrySet()) {
      Case c = file.getValue();
      finds |=
          subject.isPresent()
              && c.expected().stream().anyMatch(e -> e.rule().equals(subject.get()));
      String diffs =
          differences(
              c.expected(), actual.stream().filter(d -> d.file().equals(file.getKey())).toList());
      if (!diffs.isEmpty()) {
        why.append(diffs)
            .append("\nin ")
            .append(file.getKey())
            .append(":\n")
            .append(number(c.markdown()));
      }
    }
    if (why.length() > 0) {
      throw new AssertionError("findings differ from the markers:" + why);
    }
    boolean found = finds;
    subject.ifPresent(rule -> LISTENER.get().accept(new Run(rule, found)));
  }

  /** The expected findings that did not come and the findings that were not expected. */
  private static String differences(List<Expected> expected, List<Diagnostic> actual) {
    List<Expected> missing = new ArrayList<>(expected);
    List<Diagnostic> unexpected = new ArrayList<>();
    for (Diagnostic d : actual) {
      Optional<Expected> hit = missing.stream().filter(e -> e.matches(d)).findFirst();
      if (hit.isPresent()) {
        missing.remove(hit.get());
      } else {
        unexpected.add(d);
      }
    }
    StringBuilder why = new StringBuilder();
    missing.forEach(e -> why.append("\n  missing:    ").append(e));
    unexpected.forEach(
        d ->
            why.append("\n  unexpected: ")
                .append(d.line())
                .append(':')
                .append(d.column())
                .append(' ')
                .append(d.rule().id())
                .append(' ')
                .append(d.message()));
    return why.toString();
  }

  /** Splits marker lines from the document; markers are about the line above them. */
  static Case parse(String marked) {
    StringBuilder markdown = new StringBuilder();
    List<Expected> expected = new ArrayList<>();
    int line = 0;
    for (String text : marked.lines().toList()) {
      if (!text.startsWith("!!")) {
        markdown.append(text).append('\n');
        line++;
        continue;
      }
      Matcher m = MARKER.matcher(text.stripTrailing());
      if (!m.matches() || line == 0) {
        throw new IllegalArgumentException(
            "not a marker (!! ^ PMnnn [message] or !! @column PMnnn [message]) below a line: "
                + text);
      }
      int column = m.group(1) != null ? text.indexOf('^') + 1 : Integer.parseInt(m.group(2));
      expected.add(new Expected(line, column, m.group(3), Optional.ofNullable(m.group(4))));
    }
    return new Case(markdown.toString(), expected);
  }

  private List<Diagnostic> lint(Map<String, Case> cases) {
    SchemaResolver resolver =
        new SchemaResolver(CATALOG, schema, Map.of(), Path.of("").toAbsolutePath());
    Linter linter = new Linter(rules, crossFileRules, RuleSettings.DEFAULTS, resolver).asOf(asOf);
    PostMortemParser parser = new PostMortemParser(HangGuardLimits.LIMITS);
    List<Linter.Checked> checked = new ArrayList<>();
    for (Map.Entry<String, Case> c : cases.entrySet()) {
      byte[] bytes = c.getValue().markdown().getBytes(savedAs);
      checked.add(linter.check(parser.decode(bytes, Path.of(c.getKey()), c.getKey())));
    }
    return linter.report(checked).diagnostics();
  }

  private static String number(String markdown) {
    StringBuilder out = new StringBuilder();
    List<String> lines = markdown.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      out.append(String.format("%4d| %s%n", i + 1, lines.get(i)));
    }
    return out.toString();
  }
}
