package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionItemField;
import dev.pm.model.PostMortem;
import dev.pm.parse.ParseLimits;
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
      new PostMortemParser(ParseLimits.DEFAULT)
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
}
