package dev.pm.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Checkout API returned 502s|checkout-api-returned-502s",
        "Café à Zürich: DNS ß|cafe-a-zurich-dns-ss",
        "  --Leading & trailing!!  |leading-trailing",
        "Ошибка базы данных|''",
        "日本語のタイトル|''"
      })
  void makesAsciiSlugs(String title, String slug) {
    assertThat(Slugs.of(title)).isEqualTo(slug);
  }

  @org.junit.jupiter.api.Test
  void boundsTheLengthAtAWordBoundary() {
    String slug = Slugs.of("word ".repeat(40));
    assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
    assertThat(slug).doesNotEndWith("-").endsWith("word");
  }
}
