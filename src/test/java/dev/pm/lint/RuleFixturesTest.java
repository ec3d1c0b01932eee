package dev.pm.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Markdown file under {@code src/test/resources/lint/<folder>/} is linted and must give
 * exactly the diagnostics in the {@code .expected} file beside it: missing and unexpected findings
 * both fail, and so does a fixture without an {@code .expected} file. Files in a folder are linted
 * together, so cross-file rules have fixtures too.
 */
class RuleFixturesTest {

  private static final Path ROOT = Path.of("src/test/resources/lint");

  @TestFactory
  Stream<DynamicTest> fixtures() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> folders;
    try (Stream<Path> dirs = Files.list(ROOT)) {
      folders = dirs.filter(Files::isDirectory).sorted().toList();
    }
    for (Path folder : folders) {
      List<Path> markdown;
      try (Stream<Path> files = Files.list(folder)) {
        markdown = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
      }
      if (markdown.isEmpty()) {
        continue;
      }
      LintReport report = LintFixtures.lint(markdown);
      for (Path file : markdown) {
        String name = folder.getFileName() + "/" + file.getFileName();
        tests.add(
            DynamicTest.dynamicTest(
                name,
                () -> {
                  Path expectedFile = Path.of(file.toString().replaceAll("\\.md$", ".expected"));
                  assertThat(expectedFile)
                      .as("%s needs an .expected file beside it", name)
                      .exists();
                  List<String> expected =
                      Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                          .filter(l -> !l.isBlank() && !l.startsWith("#"))
                          .toList();
                  assertThat(LintFixtures.lines(report, file.getFileName().toString()))
                      .as("diagnostics of %s", name)
                      .containsExactlyElementsOf(expected);
                }));
      }
    }
    return tests.stream();
  }
}
