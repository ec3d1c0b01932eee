package dev.pm.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pm.error.UserError;
import dev.pm.lint.BuiltInRules;
import dev.pm.lint.Diagnostic;
import dev.pm.lint.Linter;
import dev.pm.lint.RuleSettings;
import dev.pm.model.FrontMatter;
import dev.pm.model.PostMortem;
import dev.pm.model.SourceFile;
import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import dev.pm.read.SchemaResolver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Any title, id, authors and services through {@code pm new}'s rendering and file naming. What it
 * writes must either be refused with a message, or be a post-mortem that reads back with exactly
 * the values given, in a file named inside the target folder, whose structure the values did not
 * change: it lints with the same rules firing as the same document with plain values.
 *
 * <p>Regression inputs: {@code
 * src/test/resources/dev/pm/template/NewPostMortemFuzzTestInputs/renderAnyValues/}.
 */
class NewPostMortemFuzzTest {

  private static final TemplateCatalog CATALOG = TemplateCatalog.builtIn();
  private static final PostMortemCreator CREATOR = new PostMortemCreator(CATALOG);
  private static final PostMortemParser PARSER = new PostMortemParser(HangGuardLimits.LIMITS);
  private static final Linter LINTER =
      new Linter(
          BuiltInRules.fileRules(),
          BuiltInRules.crossFileRules(),
          RuleSettings.DEFAULTS,
          new SchemaResolver(CATALOG, Optional.empty(), Map.of(), Path.of("").toAbsolutePath()));
  private static final Path FOLDER = Path.of("/nonexistent/pm-fuzz/postmortems");
  private static final Pattern SLUG = Pattern.compile("([a-z0-9]+(-[a-z0-9]+)*)?");
  private static final Pattern FILE_NAME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}-[a-z0-9]+(-[a-z0-9]+)*\\.md");

  /**
   * Rules that read the wording of a value (a title of "TODO" is template text), not the structure.
   */
  private static final Set<String> WORDING_RULES = Set.of("PM501", "PM502", "PM106");

  @FuzzTest
  void renderAnyValues(FuzzedDataProvider data) {
    List<String> names = CATALOG.names();
    String template = names.get(data.consumeInt(0, names.size() - 1));
    LocalDate date =
        LocalDate.of(data.consumeInt(1970, 2100), data.consumeInt(1, 12), data.consumeInt(1, 28));
    Optional<String> id =
        data.consumeBoolean() ? Optional.of(data.consumeString(40)) : Optional.empty();
    List<String> authors = List.of(data.consumeString(40), data.consumeString(40));
    List<String> services = List.of(data.consumeString(40));
    String title = data.consumeRemainingAsString();

    String slug = Slugs.of(title);
    assertThat(slug).matches(SLUG).hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH);

    NewRequest request = request(title, template, date, id, authors, services);
    PostMortemCreator.Created created;
    try {
      created = CREATOR.render(request);
    } catch (UserError refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    Path target = PostMortemCreator.target(request, created.id());
    assertThat(target.getParent()).isEqualTo(FOLDER);
    assertThat(target.getFileName().toString()).matches(FILE_NAME);

    PostMortem doc = PARSER.parse(new SourceFile(target, "new.md", created.text()));
    assertThat(doc.problems()).isEmpty();
    FrontMatter fm = doc.frontMatter().orElseThrow();
    assertThat(fm.text("title")).contains(title.strip());
    assertThat(fm.text("id")).contains(created.id());
    assertThat(fm.text("template")).contains(template);
    assertThat(fm.text("date")).contains(date.toString());

    String plainId = id.isPresent() ? "INC-PLAIN-01" : created.id();
    NewRequest plain =
        request(
            "Plain title",
            template,
            date,
            Optional.of(plainId),
            List.of("Ann", "Bo"),
            List.of("api"));
    String plainText = CREATOR.render(plain).text();
    assertThat(structuralRules(created.text()))
        .as("rules firing on the new document, against the same document with plain values")
        .isEqualTo(structuralRules(plainText));
  }

  private static NewRequest request(
      String title,
      String template,
      LocalDate date,
      Optional<String> id,
      List<String> authors,
      List<String> services) {
    return new NewRequest(
        title,
        template,
        Optional.empty(),
        Optional.empty(),
        date,
        id,
        authors,
        services,
        FOLDER,
        "INC",
        false);
  }

  private static Set<String> structuralRules(String text) {
    PostMortem doc = PARSER.parse(new SourceFile(Path.of("new.md"), "new.md", text));
    List<Diagnostic> diagnostics = new ArrayList<>(LINTER.check(doc).result().diagnostics());
    Set<String> rules = new TreeSet<>();
    for (Diagnostic d : diagnostics) {
      if (!WORDING_RULES.contains(d.rule().id().value())) {
        rules.add(d.rule().id().value());
      }
    }
    return rules;
  }
}
