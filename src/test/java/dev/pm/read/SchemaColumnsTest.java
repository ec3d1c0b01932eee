package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.PostMortem;
import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import dev.pm.schema.ActionItemSpec;
import dev.pm.schema.SchemaLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Action-item columns are declared in the schema format: the general names in the built-in default
 * schema, a template's or a repository's schema adding its own. What a schema declares changes what
 * is read.
 */
class SchemaColumnsTest {

  private static final PostMortem DOC =
      new PostMortemParser(HangGuardLimits.LIMITS)
          .read(Path.of("src/test/resources/read/schema-columns/doc.md"), "doc.md");

  @Test
  void theDefaultSchemaDeclaresTheGeneralColumns() {
    assertThat(ActionItemSpec.defaults().columns().get(ActionItemField.ACTION))
        .contains("Action Item", "Action", "Task");
    assertThat(ActionItemSpec.defaults().columns().get(ActionItemField.OWNER))
        .contains("Owner", "Assignee", "Who");
    assertThat(ActionItemSpec.defaults().columns()).containsKeys(ActionItemField.values());
  }

  @Test
  void theDefaultSchemaDeclaresTheHeaderWords() {
    var words = ActionItemSpec.defaults().columnWords();
    assertThat(words.fields().get(ActionItemField.ACTION)).contains("remediation", "follow up");
    assertThat(words.means(ActionItemField.ACTION, "follow-ups (what)")).isTrue();
    assertThat(words.means(ActionItemField.OWNER, "remediation owner (dri)")).isTrue();
    assertThat(words.isNotAction("action status")).isTrue();
    assertThat(words.isNotes("comments")).isTrue();
  }

  @Test
  void withTheDefaultsATableOfUnknownColumnsHoldsNoItems() {
    assertThat(ActionItemExtractor.extract(DOC, ActionItemSpec.defaults())).isEmpty();
  }

  @Test
  void aSchemaNamingTheColumnsMakesTheTableItsActionItems() {
    ActionItemSpec spec =
        SchemaLoader.load(
                "schema.yaml",
                """
                name: ours
                actionItems:
                  columns:
                    action: [Remedy]
                    owner: [Accountable]
                """)
            .actionItems();
    List<ActionItem> items = ActionItemExtractor.extract(DOC, spec);
    assertThat(items)
        .extracting(i -> i.at().line(), i -> i.action().orElse(""), i -> i.owner().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(9, "Add jitter to cache expiry", "@ana"),
            org.assertj.core.groups.Tuple.tuple(
                10, "Warm the cache before switching traffic", "@ben"));
  }

  private static final PostMortem WORDS_DOC =
      new PostMortemParser(HangGuardLimits.LIMITS)
          .read(Path.of("src/test/resources/read/schema-column-words/doc.md"), "doc.md");

  @Test
  void withTheDefaultsHeadersOfUnknownWordsHoldNoItems() {
    assertThat(ActionItemExtractor.extract(WORDS_DOC, ActionItemSpec.defaults())).isEmpty();
  }

  @Test
  void aSchemaAddingHeaderWordsChangesWhatIsRead() {
    ActionItemSpec spec =
        SchemaLoader.load(
                "schema.yaml",
                """
                name: ours
                actionItems:
                  columnWords:
                    action: [remedy]
                    owner: accountable
                  notesWords: [verdict]
                """)
            .actionItems();
    assertThat(ActionItemExtractor.extract(WORDS_DOC, spec))
        .extracting(
            i -> i.at().line(),
            i -> i.action().orElse(""),
            i -> i.owner().orElse(""),
            i -> i.status())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                9, "Add jitter to cache expiry", "@ana", dev.pm.model.ActionStatus.DONE),
            org.assertj.core.groups.Tuple.tuple(
                10,
                "Warm the cache before switching traffic",
                "@ben",
                dev.pm.model.ActionStatus.OPEN));
  }

  @Test
  void aSchemaAddingNotActionWordsKeepsAHeaderFromBeingTheAction() {
    ActionItemSpec spec =
        SchemaLoader.load(
                "schema.yaml",
                """
                name: ours
                actionItems:
                  columnWords: {action: [remedy], owner: [accountable]}
                  notActionWords: [planned]
                """)
            .actionItems();
    assertThat(ActionItemExtractor.extract(WORDS_DOC, spec)).isEmpty();
  }
}
