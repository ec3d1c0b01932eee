package dev.pm.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownEscapeTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      value = {
        "Checkout API returned 502s;Checkout API returned 502s",
        "a | b;a \\| b",
        "a\\|b;a\\\\\\|b",
        "# Heading;\\# Heading",
        "<!-- x;\\<!-- x",
        "12) item;12\\) item",
        "2026 outage;2026 outage",
        "  - padded;\\- padded",
        "API_GATEWAY down, 5.2% errors;API_GATEWAY down, 5.2% errors"
      })
  void escapesOnlyWhatCanChangeStructure(String value, String escaped) {
    assertThat(MarkdownEscape.text(value)).isEqualTo(escaped);
  }
}
