package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.ActionItem;
import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 12: a file matched to a built-in template only by resemblance is read with that
 * template's vocabulary and the general one, never with the template's alone.
 */
class GuessedTemplateTest {

  @Test
  void aGuessedTemplateWidensTheColumnVocabulary() throws Exception {
    Path file = Path.of("src/test/resources/read/guessed-template/doc.md");
    DocumentReader reader = BuiltInReader.create();
    Reading reading =
        reader.read(new PostMortemParser(HangGuardLimits.LIMITS).read(file, "doc.md")).reading();
    assertThat(reading.selection().how()).isEqualTo(SchemaSelection.How.BEST_MATCH);
    assertThat(reading.schema().name()).isEqualTo("standard");
    // 'standard' names none of "Remedy (what)", "Who (DRI)", "ETA", "Progress"; the items keep
    // every field.
    assertThat(reading.actionItems())
        .extracting(i -> i.action().orElse(""))
        .containsExactly("Check certificate chains in CI", "Alert on retry queue age");
    assertThat(reading.actionItems())
        .extracting(i -> i.owner().orElse(""))
        .containsExactly("@ines", "@omar");
    assertThat(reading.actionItems())
        .extracting(i -> i.due().map(Object::toString).orElse(""))
        .containsExactly("2026-06-01", "2026-06-15");
    assertThat(reading.actionItems()).extracting(ActionItem::status).doesNotContainNull();
  }
}
