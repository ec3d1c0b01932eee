package dev.pm.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pm.model.FrontMatterField;
import dev.pm.model.Location;
import dev.pm.model.YamlValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Any text through the front matter reader: it must answer with fields or problems, never throw;
 * every key and position it reports must be usable (a null key once broke the JSON reporter), and
 * the fields must be writable as JSON.
 *
 * <p>Regression inputs: {@code
 * src/test/resources/dev/pm/parse/FrontMatterFuzzTestInputs/readAnyYaml/}.
 */
class FrontMatterFuzzTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @FuzzTest
  void readAnyYaml(FuzzedDataProvider data) throws JsonProcessingException {
    int firstLine = data.consumeInt(2, 1_000);
    String yaml = data.consumeRemainingAsString();
    int lastLine = firstLine + (int) yaml.chars().filter(c -> c == '\n' || c == '\r').count() + 1;

    FrontMatterYaml.Read outcome =
        FrontMatterYaml.read(yaml, firstLine, ParseLimits.DEFAULT.maxFrontMatterBytes());

    assertThat(outcome.problems())
        .allSatisfy(
            p -> {
              assertThat(p.message()).isNotBlank();
              assertWithin(p.at(), firstLine - 1, lastLine);
            });
    Map<String, Object> plain = plain(outcome.fields(), firstLine, lastLine);
    assertThat(JSON.writeValueAsString(plain)).isNotEmpty();
  }

  private static Map<String, Object> plain(
      Map<String, FrontMatterField> fields, int firstLine, int lastLine) {
    Map<String, Object> out = new LinkedHashMap<>();
    fields.forEach(
        (key, field) -> {
          assertThat(key).isNotNull().isEqualTo(field.key());
          assertWithin(field.keyAt(), firstLine, lastLine);
          out.put(key, plain(field.value(), firstLine, lastLine));
        });
    return out;
  }

  private static Object plain(YamlValue value, int firstLine, int lastLine) {
    assertWithin(value.at(), firstLine, lastLine);
    if (value instanceof YamlValue.Scalar scalar) {
      assertThat(scalar.text()).isNotNull();
      return scalar.isNull() ? null : scalar.text();
    }
    if (value instanceof YamlValue.Sequence sequence) {
      List<Object> items = new ArrayList<>();
      sequence.items().forEach(item -> items.add(plain(item, firstLine, lastLine)));
      return items;
    }
    return plain(((YamlValue.Mapping) value).fields(), firstLine, lastLine);
  }

  private static void assertWithin(Location at, int firstLine, int lastLine) {
    assertThat(at.line()).isBetween(Math.max(1, firstLine), lastLine);
    assertThat(at.column()).isPositive();
  }
}
