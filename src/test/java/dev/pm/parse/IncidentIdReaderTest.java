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
        new PostMortemParser(HangGuardLimits.LIMITS)
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

  /**
   * The quick reader settles most files from their undecoded bytes ({@link FrontMatterBytes}): with
   * every line break form, and with the closing line on either side of the first read's end (where
   * a line may be cut), it reads what the YAML parser reads.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theByteScanAgreesWithTheParserWhateverTheBreaksAndWhereverTheReadEnds(IncidentIdCases c)
      throws Exception {
    String text = c.text();
    if (!text.startsWith("---\n")) {
      return; // the UTF-16 and byte order mark cases keep their own bytes (the test above)
    }
    for (String lineBreak : java.util.List.of("\n", "\r\n", "\r")) {
      String broken = text.replace("\n", lineBreak);
      // Padding before the block's keys moves its closing line across byte 2048.
      for (int pad = 1960; pad <= 2061; pad++) {
        String padded =
            pad > 2060
                ? broken
                : "---"
                    + lineBreak
                    + "pad: "
                    + "x".repeat(pad)
                    + lineBreak
                    + broken.substring(3 + lineBreak.length());
        Path file =
            dir.resolve(
                c.name() + "-" + lineBreak.length() + lineBreak.charAt(0) + "-" + pad + ".md");
        Files.writeString(file, padded);
        assertThat(IncidentIdReader.quickInFile(file))
            .as(
                "%s, break %s, pad %d",
                c.name(), lineBreak.replace("\r", "CR").replace("\n", "LF"), pad)
            .isEqualTo(IncidentIdReader.inText(padded));
      }
    }
  }
}
