package dev.pm.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule settings speak in levels (off or a severity); findings only ever carry a severity. */
class RuleSettingsTest {

  private static final RuleInfo RELAXED =
      RuleInfo.relaxedInDraft("PM998", "test-relaxed", Severity.ERROR, "A test rule");

  @Test
  void offIsALevelNotASeverity() {
    assertThat(RuleLevel.fromWireName(" Off ")).isEqualTo(RuleLevel.OFF);
    assertThat(RuleLevel.fromWireName("none").severity()).isEmpty();
    assertThat(RuleLevel.fromWireName("warn").severity()).contains(Severity.WARNING);
    assertThatThrownBy(() -> Severity.fromWireName("off"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RuleLevel.fromWireName("loud"))
        .hasMessageContaining("expected error, warning, info or off");
    for (Severity s : Severity.values()) {
      assertThat(RuleLevel.of(s).severity()).contains(s);
    }
  }

  @Test
  void overridesWinOverTemplateDefaultsAndDraftsRelax() {
    RuleSettings none = RuleSettings.DEFAULTS;
    assertThat(none.level(RELAXED, false)).isEqualTo(RuleLevel.ERROR);
    assertThat(none.level(RELAXED, true)).isEqualTo(RuleLevel.WARNING);
    assertThat(none.level(RELAXED, true, Map.of("test-relaxed", "error")))
        .isEqualTo(RuleLevel.WARNING);
    assertThat(none.level(RELAXED, false, Map.of("PM998", "off"))).isEqualTo(RuleLevel.OFF);

    RuleSettings off = new RuleSettings(Map.of("test-relaxed", RuleLevel.OFF));
    assertThat(off.level(RELAXED, false, Map.of("PM998", "error"))).isEqualTo(RuleLevel.OFF);
    assertThat(off.isSetOff(RELAXED)).isTrue();
    assertThat(off.isOff(RELAXED)).isTrue();
    assertThat(none.isOff(RELAXED)).isFalse();
  }
}
