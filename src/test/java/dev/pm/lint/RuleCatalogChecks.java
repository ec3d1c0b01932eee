package dev.pm.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The checks behind the meta-tests that keep the registry, README, rule docs and fixtures in step
 * (markdownlint's {@code readme} test, checkstyle's {@code AllChecksTest}). Each returns the drift
 * it finds as readable lines, and takes what it compares as arguments, so {@code AllRulesTest} runs
 * it on the real tree and {@code RuleCatalogChecksTest} shows it fails on a doctored copy: a
 * meta-test that cannot fail is itself a defect.
 */
final class RuleCatalogChecks {

  /** Fixture folders that are not about one rule: whole documents that must lint clean. */
  static final Set<String> INTEGRATION_FOLDERS = Set.of("clean");

  private static final Pattern TABLE_ROW =
      Pattern.compile("^\\| (PM\\d{3}) \\| `([^`]*)` \\| ([a-z]+) \\| (.*) \\| ([a-z]*) ?\\|$");
  private static final Pattern QUOTED_FINDING =
      Pattern.compile("^`([^`:]+\\.md):(\\d+):(\\d+): (\\w+) (PM\\d{3}) (.*) \\[([a-z0-9-]+)\\]`$");

  private RuleCatalogChecks() {}

  /**
   * README's rule table against the registry, both ways: id, name, default, summary, draft column.
   */
  static List<String> readmeTable(String readme, List<RuleInfo> registry) {
    List<String> drift = new ArrayList<>();
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : readme.lines().toList()) {
      if (line.startsWith("| PM")) {
        Matcher row = TABLE_ROW.matcher(line);
        if (!row.matches()) {
          drift.add(
              "README row not in the form | id | `name` | default | checks | in a draft |: "
                  + line);
          continue;
        }
        if (rows.put(row.group(1), line) != null) {
          drift.add("README lists " + row.group(1) + " twice");
        }
      }
    }
    for (RuleInfo rule : registry) {
      String expected = readmeRow(rule);
      String actual = rows.remove(rule.id().value());
      if (actual == null) {
        drift.add("README has no row for " + rule.id() + "; expected: " + expected);
      } else if (!actual.equals(expected)) {
        drift.add(
            "README row for "
                + rule.id()
                + " differs from the registry:\n  README:   "
                + actual
                + "\n  registry: "
                + expected);
      }
    }
    rows.keySet()
        .forEach(id -> drift.add("README lists " + id + ", which the registry does not have"));
    return drift;
  }

  /** The README row the registry implies for {@code rule}. */
  static String readmeRow(RuleInfo rule) {
    String draft = rule.draftLevel() == rule.level() ? "" : rule.draftLevel().wireName();
    return "| "
        + rule.id()
        + " | `"
        + rule.name()
        + "` | "
        + rule.level().wireName()
        + " | "
        + rule.summary()
        + " | "
        + (draft.isEmpty() ? "|" : draft + " |");
  }

  /**
   * A rule doc's "Bad" and "Good" examples against its fixtures: each {@code ```markdown} block is
   * an excerpt of a fixture in the rule's folder, and each finding the doc quotes ({@code
   * `file.md:line:col: severity PMnnn message [name]`}) is what linting that fixture really
   * reports. The "Bad" part must quote at least one finding; the "Good" block must come from a
   * fixture where the rule finds nothing.
   */
  static List<String> docExamples(RuleInfo rule, String doc, Path folder) {
    List<String> drift = new ArrayList<>();
    String id = rule.id().value();
    Map<String, List<String>> findings = findingsByFile(folder);
    String bad = part(doc, "## Bad");
    String good = part(doc, "## Good");
    if (bad == null || good == null) {
      return List.of(id + ".md has no \"## Bad\" or no \"## Good\" part");
    }
    List<String> quoted = bad.lines().filter(l -> l.startsWith("`") && l.contains(".md:")).toList();
    if (quoted.isEmpty()) {
      drift.add(
          id
              + ".md quotes no finding under \"## Bad\" (`file.md:line:col: severity "
              + id
              + " message ["
              + rule.name()
              + "]`)");
    }
    Set<String> badFiles = new TreeSet<>();
    for (String line : quoted) {
      Matcher m = QUOTED_FINDING.matcher(line);
      if (!m.matches()) {
        drift.add(
            id
                + ".md quotes a finding not in the form `file.md:line:col: severity "
                + id
                + " message [name]`: "
                + line);
        continue;
      }
      String file = m.group(1);
      badFiles.add(file);
      String finding = line.substring(1, line.length() - 1);
      List<String> real = findings.get(file);
      if (real == null) {
        drift.add(id + ".md quotes " + file + ", which is not a fixture in " + folder);
      } else if (!real.contains(finding)) {
        drift.add(
            id
                + ".md quotes a finding that linting "
                + file
                + " does not give:\n  doc:  "
                + finding
                + "\n  real: "
                + String.join("\n        ", real));
      }
    }
    for (String block : blocks(bad)) {
      if (badFiles.stream().noneMatch(f -> isExcerpt(block, folder.resolve(f)))) {
        drift.add(
            id
                + ".md's \"## Bad\" example is not an excerpt of the fixture it quotes ("
                + badFiles
                + "):\n"
                + block);
      }
    }
    for (String block : blocks(good)) {
      boolean fromCleanFixture =
          findings.entrySet().stream()
              .anyMatch(
                  e ->
                      e.getValue().stream().noneMatch(f -> f.contains(" " + id + " "))
                          && isExcerpt(block, folder.resolve(e.getKey())));
      if (!fromCleanFixture) {
        drift.add(
            id
                + ".md's \"## Good\" example is not an excerpt of a fixture in which "
                + id
                + " finds nothing:\n"
                + block);
      }
    }
    return drift;
  }

  /** Every rule relaxed in drafts has a {@code draft-*.md} fixture where it reports a warning. */
  static List<String> draftFixtures(List<RuleInfo> registry, Path root) {
    List<String> drift = new ArrayList<>();
    for (RuleInfo rule : registry) {
      if (rule.draftLevel() == rule.level()) {
        continue;
      }
      Path folder = root.resolve(rule.id() + "-" + rule.name());
      String warning = " " + rule.draftLevel().wireName() + " " + rule.id() + " ";
      boolean found =
          list(folder).stream()
              .filter(
                  p ->
                      p.getFileName().toString().startsWith("draft-")
                          && p.toString().endsWith(".expected"))
              .anyMatch(p -> read(p).contains(warning));
      if (!found) {
        drift.add(
            rule.id()
                + " is relaxed in drafts but "
                + folder
                + " has no draft-*.md whose .expected has a"
                + warning.stripTrailing());
      }
    }
    return drift;
  }

  /**
   * Every rule but PM000 (a bug in pm; no document triggers it on purpose) has a folder {@code
   * PMnnn-name} with a fixture that triggers it and one that does not; every folder belongs to a
   * rule or is an integration folder.
   */
  static List<String> fixtureFolders(List<RuleInfo> registry, Path root) {
    List<String> drift = new ArrayList<>();
    Set<String> folders = new TreeSet<>();
    list(root).stream()
        .filter(Files::isDirectory)
        .forEach(d -> folders.add(d.getFileName().toString()));
    for (RuleInfo rule : registry) {
      String name = rule.id() + "-" + rule.name();
      boolean present = folders.remove(name);
      if (rule.id().equals(Linter.INTERNAL_ERROR.id())) {
        continue;
      }
      if (!present) {
        drift.add(rule.id() + " has no fixture folder " + root.resolve(name));
        continue;
      }
      boolean finds = false;
      boolean clean = false;
      for (Path expected :
          list(root.resolve(name)).stream()
              .filter(p -> p.toString().endsWith(".expected"))
              .toList()) {
        boolean triggers = read(expected).lines().anyMatch(l -> l.contains(" " + rule.id() + " "));
        finds |= triggers;
        clean |= !triggers;
      }
      if (!finds) {
        drift.add(name + " has no fixture that triggers " + rule.id());
      }
      if (!clean) {
        drift.add(name + " has no fixture that " + rule.id() + " passes");
      }
    }
    folders.removeAll(INTEGRATION_FOLDERS);
    folders.forEach(f -> drift.add("fixture folder " + f + " belongs to no rule"));
    return drift;
  }

  /**
   * Lints every fixture in {@code folder} together and gives each file's findings as pm lint's text
   * reporter prints them.
   */
  static Map<String, List<String>> findingsByFile(Path folder) {
    List<Path> markdown =
        list(folder).stream().filter(p -> p.toString().endsWith(".md")).sorted().toList();
    Map<String, List<String>> byFile = new LinkedHashMap<>();
    markdown.forEach(p -> byFile.put(p.getFileName().toString(), new ArrayList<>()));
    if (markdown.isEmpty()) {
      return byFile;
    }
    for (Diagnostic d : LintFixtures.lint(markdown).diagnostics()) {
      byFile
          .get(d.file())
          .add(
              d.file()
                  + ":"
                  + d.line()
                  + ":"
                  + d.column()
                  + ": "
                  + d.severity().wireName()
                  + " "
                  + d.rule().id()
                  + " "
                  + d.message()
                  + " ["
                  + d.rule().name()
                  + "]");
    }
    return byFile;
  }

  /** The lines under {@code heading} up to the next level-2 heading outside a code fence. */
  private static String part(String doc, String heading) {
    StringBuilder part = null;
    boolean fenced = false;
    for (String line : doc.lines().toList()) {
      if (!fenced && line.startsWith("## ")) {
        if (part != null) {
          break;
        }
        if (line.equals(heading)) {
          part = new StringBuilder();
        }
        continue;
      }
      if (line.startsWith("```")) {
        fenced = !fenced;
      }
      if (part != null) {
        part.append(line).append('\n');
      }
    }
    return part == null ? null : part.toString();
  }

  private static List<String> blocks(String part) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```markdown\n(.*?)```", Pattern.DOTALL).matcher(part);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /** Whether {@code block}'s lines stand one after another in {@code file}. */
  private static boolean isExcerpt(String block, Path file) {
    if (block.strip().startsWith("(")
        && block.strip().endsWith(")")
        && block.strip().lines().count() == 1) {
      return true; // a description of what cannot be shown (bytes that are not UTF-8)
    }
    if (!Files.isRegularFile(file)) {
      return false;
    }
    List<String> lines = read(file).replace("\r\n", "\n").lines().toList();
    List<String> wanted = block.lines().toList();
    return !wanted.isEmpty() && java.util.Collections.indexOfSubList(lines, wanted) >= 0;
  }

  private static List<Path> list(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
