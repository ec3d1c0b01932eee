package dev.pm.report;

import static dev.pm.report.Fixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReportFormatTest {

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void everyFormatHasAWorkingReporter(ReportFormat format) {
    Reporter reporter = format.reporter("1.2.3");
    assertThat(reporter).isNotNull();
    assertThat(render(reporter, Fixtures.report())).isNotBlank().endsWith("\n");
    assertThat(render(reporter, Fixtures.clean())).isNotBlank().endsWith("\n");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void reportersArePure(ReportFormat format) {
    Reporter reporter = format.reporter("1.2.3");
    assertThat(render(reporter, Fixtures.report()))
        .isEqualTo(render(format.reporter("1.2.3"), Fixtures.report()));
    assertThat(render(reporter, Fixtures.report())).isEqualTo(render(reporter, Fixtures.report()));
  }

  @Test
  void eachFormatHasItsOwnReporter() {
    Map<ReportFormat, Class<?>> classes = new EnumMap<>(ReportFormat.class);
    for (ReportFormat f : ReportFormat.values()) {
      classes.put(f, f.reporter("1.2.3").getClass());
    }
    assertThat(classes).hasSize(ReportFormat.values().length);
    assertThat(classes.values()).doesNotHaveDuplicates();
    assertThat(Arrays.stream(ReportFormat.values()).map(Enum::name))
        .containsExactly("TEXT", "JSON", "SARIF", "JUNIT", "GITHUB", "GITLAB", "MARKDOWN");
  }
}
