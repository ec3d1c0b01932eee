package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.ActionItem;
import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * pm's reading of every document in {@code corpus/real} against the hand count in {@code
 * read/corpus-count/<organisation>.tsv} (the counting rule is at the top of its README).
 *
 * <p>Each item pm misses, each extra item and each wrong status is a difference. The differences pm
 * still has are listed, each with its reason, in {@code known-differences.tsv}; the test fails on a
 * difference not listed there (a regression) and on a listed one that is gone (fixed: take it off
 * the list), so the list can only shrink.
 */
class CorpusCountTest {

  private static final Path COUNTS = Path.of("src/test/resources/read/corpus-count");
  private static final Path CORPUS = Path.of("src/test/resources/corpus/real");

  record Counted(String file, int line, String status) {}

  @Test
  void pmReadsWhatPeopleCounted() throws IOException {
    Map<String, List<Counted>> counted = counted();
    assertThat(counted).as("hand-counted documents").hasSizeGreaterThan(100);
    PostMortemParser parser = new PostMortemParser(HangGuardLimits.LIMITS);
    DocumentReader reader = BuiltInReader.create();
    TreeSet<String> differences = new TreeSet<>();
    for (var doc : counted.entrySet()) {
      Reading reading =
          reader.read(parser.read(CORPUS.resolve(doc.getKey()), doc.getKey())).reading();
      Map<Integer, ActionItem> found = new HashMap<>();
      reading.actionItems().forEach(i -> found.put(i.at().line(), i));
      for (Counted c : doc.getValue()) {
        ActionItem item = found.remove(c.line());
        if (item == null) {
          differences.add(doc.getKey() + "\t" + c.line() + "\tmissed");
        } else if (!status(item).equals(c.status())) {
          differences.add(
              doc.getKey() + "\t" + c.line() + "\tstatus " + status(item) + " not " + c.status());
        }
      }
      found.keySet().forEach(line -> differences.add(doc.getKey() + "\t" + line + "\textra"));
    }
    TreeSet<String> known = new TreeSet<>();
    for (String line : Files.readAllLines(COUNTS.resolve("known-differences.tsv"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t", -1);
        known.add(f[0] + "\t" + f[1] + "\t" + f[2]);
      }
    }
    TreeSet<String> fresh = new TreeSet<>(differences);
    fresh.removeAll(known);
    TreeSet<String> fixed = new TreeSet<>(known);
    fixed.removeAll(differences);
    assertThat(fresh)
        .as("differences from the hand count not listed in known-differences.tsv")
        .isEmpty();
    assertThat(fixed)
        .as("listed differences that are gone: take them off known-differences.tsv")
        .isEmpty();
  }

  private static String status(ActionItem item) {
    return item.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Counted items by file; a document counted as having none maps to an empty list. */
  private static Map<String, List<Counted>> counted() throws IOException {
    Map<String, List<Counted>> all = new TreeMap<>();
    try (Stream<Path> files = Files.list(COUNTS)) {
      for (Path tsv : files.filter(p -> p.toString().endsWith(".tsv")).toList()) {
        String name = tsv.getFileName().toString();
        if (name.endsWith("-durations.tsv") || name.equals("known-differences.tsv")) {
          continue;
        }
        List<String> lines = Files.readAllLines(tsv);
        assertThat(lines.get(0)).startsWith("file\tline\tstatus");
        for (String row : lines.subList(1, lines.size())) {
          String[] f = row.split("\t", -1);
          List<Counted> items = all.computeIfAbsent(f[0], k -> new ArrayList<>());
          if (!f[1].equals("0")) {
            items.add(new Counted(f[0], Integer.parseInt(f[1]), f[2]));
          }
        }
      }
    }
    return all;
  }
}
