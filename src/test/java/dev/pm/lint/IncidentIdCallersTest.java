package dev.pm.lint;

import dev.pm.cli.TestGit;
import dev.pm.io.InputFile;
import dev.pm.lint.fix.DocumentLint;
import dev.pm.model.SourceFile;
import dev.pm.parse.IncidentIdCases;
import dev.pm.parse.ParseLimits;
import dev.pm.parse.PostMortemParser;
import dev.pm.read.DocumentReader;
import dev.pm.read.SchemaResolver;
import dev.pm.template.TemplateCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lint's per-file summary (PM604), the reading stats and index count, the fixer's summary, the
 * folder index and {@code lint --against}'s git reading all find the same incident id in the same
 * tricky front matter: the one {@link dev.pm.parse.IncidentIdReader}.
 */
class IncidentIdCallersTest {

  @TempDir Path repo;

  @Test
  void everyCallerReadsTheSameId() throws Exception {
    TestGit git = TestGit.init(repo);
    Path folder = Files.createDirectories(repo.resolve("postmortems"));
    List<IncidentIdCases> cases = IncidentIdCases.all();
    for (IncidentIdCases c : cases) {
      Files.write(folder.resolve(c.name() + ".md"), c.bytes());
    }
    git.commitAll("cases");

    TemplateCatalog catalog = TemplateCatalog.builtIn();
    SchemaResolver resolver = new SchemaResolver(catalog, Optional.empty(), Map.of(), repo);
    Linter linter = new Linter(List.of(), List.of(), RuleSettings.DEFAULTS, resolver);
    PostMortemParser parser = new PostMortemParser(ParseLimits.DEFAULT);
    List<InputFile> inputs =
        cases.stream()
            .map(c -> new InputFile(folder.resolve(c.name() + ".md"), c.name() + ".md"))
            .toList();
    IdsInFolder inFolder = IdsInFolder.read(inputs);
    IdsAtRef atRef = IdsAtRef.read(repo, "HEAD");

    SoftAssertions soft = new SoftAssertions();
    for (IncidentIdCases c : cases) {
      Path file = folder.resolve(c.name() + ".md");
      var doc = parser.parse(new SourceFile(file, c.name() + ".md", c.text()));
      soft.assertThat(linter.check(doc).summary().incidentId()).as(c + ": lint").isEqualTo(c.id());
      soft.assertThat(new DocumentReader(resolver).read(doc).reading().incident().id())
          .as(c + ": reading (the file name stands in for a missing id)")
          .isEqualTo(c.id().orElse(c.name()));
      soft.assertThat(DocumentLint.summaryOf(file, c.name() + ".md").incidentId())
          .as(c + ": fixer")
          .isEqualTo(c.id());
      c.id()
          .ifPresent(
              id ->
                  soft.assertThat(inFolder.filesWithId(id))
                      .as(c + ": folder")
                      .extracting(IdsInFolder.Entry::displayPath)
                      .contains(c.name() + ".md"));
      if (c.oneLine()) {
        c.id()
            .ifPresent(
                id ->
                    soft.assertThat(atRef.filesWithId(id))
                        .as(c + ": git")
                        .extracting(IdsAtRef.Entry::repoPath)
                        .contains("postmortems/" + c.name() + ".md"));
      }
      c.misread()
          .ifPresent(
              wrong -> {
                soft.assertThat(inFolder.filesWithId(wrong)).as(c + ": folder misread").isEmpty();
                soft.assertThat(atRef.filesWithId(wrong)).as(c + ": git misread").isEmpty();
              });
    }
    soft.assertAll();
  }
}
