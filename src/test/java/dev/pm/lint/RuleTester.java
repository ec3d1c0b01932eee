package dev.pm.lint;

import dev.pm.model.SourceFile;
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
 * rule, so every finding in the document must be marked.
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

  private final List<Rule> rules;
  private final List<CrossFileRule> crossFileRules;
  private Optional<Schema> schema = Optional.empty();
  private LocalDate asOf = LocalDate.of(2026, 3, 14);

  private RuleTester(List<Rule> rules, List<CrossFileRule> crossFileRules) {
    this.rules = rules;
    this.crossFileRules = crossFileRules;
  }

  public static RuleTester of(Rule rule) {
    return new RuleTester(List.of(rule), List.of());
  }

  public static RuleTester allRules() {
    return new RuleTester(BuiltInRules.fileRules(), BuiltInRules.crossFileRules());
  }

  /** Checks every case against a built-in template's schema, whatever its front matter says. */
  public RuleTester schema(String template) {
    this.schema = Optional.of(CATALOG.find(template).orElseThrow().schema());
    return this;
  }

  /** Checks every case against this schema ({@code schema.yaml} text). */
  public RuleTester schemaYaml(String yaml) {
    this.schema = Optional.of(SchemaLoader.load("schema.yaml", yaml));
    return this;
  }

  public RuleTester asOf(LocalDate date) {
    this.asOf = date;
    return this;
  }

  /** Fails unless linting {@code marked} gives exactly the findings its markers expect. */
  public void check(String marked) {
    Case c = parse(marked);
    List<Diagnostic> actual = lint(c.markdown());
    List<Expected> missing = new ArrayList<>(c.expected());
    List<Diagnostic> unexpected = new ArrayList<>();
    for (Diagnostic d : actual) {
      Optional<Expected> hit = missing.stream().filter(e -> e.matches(d)).findFirst();
      if (hit.isPresent()) {
        missing.remove(hit.get());
      } else {
        unexpected.add(d);
      }
    }
    if (!missing.isEmpty() || !unexpected.isEmpty()) {
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
      throw new AssertionError(
          "findings differ from the markers:" + why + "\nin:\n" + number(c.markdown()));
    }
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

  private List<Diagnostic> lint(String markdown) {
    SchemaResolver resolver =
        new SchemaResolver(CATALOG, schema, Map.of(), Path.of("").toAbsolutePath());
    Linter linter = new Linter(rules, crossFileRules, RuleSettings.DEFAULTS, resolver).asOf(asOf);
    var doc =
        new PostMortemParser(HangGuardLimits.LIMITS)
            .parse(new SourceFile(Path.of(FILE), FILE, markdown));
    return linter.report(List.of(linter.check(doc))).diagnostics();
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
