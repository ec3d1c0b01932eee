package dev.pm.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every form of the one incident-id reader reads what the YAML parser reads. */
class IncidentIdReaderTest {

  @TempDir Path dir;

  static java.util.List<IncidentIdCases> cases() {
    return IncidentIdCases.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyFormReadsTheSameId(IncidentIdCases c) throws Exception {
    Path file = dir.resolve(c.name() + ".md");
    Files.write(file, c.bytes());
    var parsed =
        new PostMortemParser(ParseLimits.DEFAULT)
            .parse(new SourceFile(file, c.name() + ".md", c.text()));

    assertThat(IncidentIdReader.of(parsed.frontMatter())).as("parsed").isEqualTo(c.id());
    assertThat(IncidentIdReader.inText(c.text())).as("text").isEqualTo(c.id());
    assertThat(IncidentIdReader.inFile(file)).as("file").isEqualTo(c.id());
    assertThat(IncidentIdReader.quickInFile(file)).as("quick").isEqualTo(c.id());
    if (c.oneLine() && c.id().isPresent()) {
      String idLine =
          c.text()
              .lines()
              .filter(l -> l.startsWith("id") || l.startsWith("\"id"))
              .findFirst()
              .get();
      assertThat(IncidentIdReader.onLine(idLine)).as("line").isEqualTo(c.id());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void aLongFrontMatterIsReadPastTheFirstRead(IncidentIdCases c) throws Exception {
    Path file = dir.resolve(c.name() + "-long.md");
    String text = c.text();
    if (!text.startsWith("---\nid")) {
      return; // only cases whose id is the first key are moved below the padding
    }
    String padded = "---\n" + "pad: " + "x".repeat(4000) + "\n" + text.substring(4);
    Files.writeString(file, padded);
    assertThat(IncidentIdReader.quickInFile(file)).isEqualTo(IncidentIdReader.inText(padded));
  }
}
