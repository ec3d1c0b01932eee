package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.ActionItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One folder per reading pattern under {@code src/test/resources/read/}: {@code doc.md}, a short
 * post-mortem written in that style, and {@code expected.tsv}, its action items counted by hand
 * (line, status, owner, type, start of the text). Fails on a missed, an extra or a misread item.
 */
class ReadingFixturesTest {

  @TestFactory
  Stream<DynamicTest> everyPatternReadsAsCounted() throws IOException {
    List<Path> folders = ReadFixtures.foldersWith("doc.md");
    assertThat(folders).hasSizeGreaterThanOrEqualTo(9);
    return folders.stream()
        .map(
            folder ->
                DynamicTest.dynamicTest(
                    folder.getFileName().toString(),
                    () -> {
                      assertThat(folder.resolve("expected.tsv"))
                          .as("expected items next to " + folder)
                          .exists();
                      Reading reading = ReadFixtures.read(folder);
                      List<String> got = new ArrayList<>();
                      for (ActionItem item : reading.actionItems()) {
                        got.add(row(item));
                      }
                      List<String> want = new ArrayList<>();
                      List<String> texts = new ArrayList<>();
                      for (String line :
                          Files.readAllLines(folder.resolve("expected.tsv"))
                              .subList(
                                  1, Files.readAllLines(folder.resolve("expected.tsv")).size())) {
                        String[] f = line.split("\t", -1);
                        want.add(f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3]);
                        texts.add(f[4]);
                      }
                      assertThat(got)
                          .as("line, status, owner, type of each item")
                          .containsExactlyElementsOf(want);
                      for (int i = 0; i < texts.size(); i++) {
                        assertThat(reading.actionItems().get(i).action().orElse(""))
                            .startsWith(texts.get(i));
                      }
                    }));
  }

  private static String row(ActionItem item) {
    return item.at().line()
        + "\t"
        + item.status().name().toLowerCase(Locale.ROOT).replace('_', '-')
        + "\t"
        + item.owner().orElse("")
        + "\t"
        + item.type().orElse("");
  }
}
