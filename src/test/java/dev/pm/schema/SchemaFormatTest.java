package dev.pm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.pm.error.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema format has two descriptions that must agree: {@link SchemaLoader} (what pm accepts)
 * and {@code templates/pm-schema.json} (what editors complete and check). Every built-in schema
 * passes both; a misspelt key fails both.
 */
class SchemaFormatTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static JsonSchema jsonSchema;

  @BeforeAll
  static void load() throws Exception {
    JsonNode node =
        new ObjectMapper().readTree(Files.readString(Path.of("templates/pm-schema.json")));
    jsonSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(node);
  }

  @ParameterizedTest
  @ValueSource(strings = {"standard", "blameless", "sre", "review", "comprehensive"})
  void builtInSchemasPassBoth(String name) throws Exception {
    String text = Files.readString(Path.of("templates", name, "schema.yaml"));
    assertThat(SchemaLoader.load(name, text).name()).isEqualTo(name);
    assertThat(validate(text)).isEmpty();
  }

  @Test
  void theBuiltInDefaultSchemaPassesBoth() throws Exception {
    String text = Files.readString(Path.of("src/main/resources/dev/pm/schema/default-schema.yaml"));
    assertThat(SchemaLoader.load("default", text).actionItems().columnWords().notes())
        .contains("comment");
    assertThat(validate(text)).isEmpty();
  }

  @Test
  void readmeExamplePassesBoth() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```yaml\nname: standard");
    String example =
        readme.substring(start + "```yaml\n".length(), readme.indexOf("```", start + 8));
    SchemaLoader.load("README example", example);
    assertThat(validate(example)).isEmpty();
  }

  @Test
  void misspeltKeysFailBoth() throws Exception {
    String text = "name: x\nsectoins: [A]\n";
    assertThat(validate(text)).isNotEmpty();
    assertThatThrownBy(() -> SchemaLoader.load("x", text))
        .isInstanceOf(UserError.class)
        .hasMessageContaining("unknown key \"sectoins\"");
    String badStatus = "name: x\nactionItems:\n  statuses: {Done: finished}\n";
    assertThat(validate(badStatus)).isNotEmpty();
    assertThatThrownBy(() -> SchemaLoader.load("x", badStatus)).isInstanceOf(UserError.class);
  }

  private static Set<ValidationMessage> validate(String yaml) throws Exception {
    return jsonSchema.validate(YAML.readTree(yaml));
  }
}
