package dev.pm.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.Location;
import org.junit.jupiter.api.Test;

class SafeYamlReaderTest {

  private static SafeYamlReader.Outcome read(String yaml) {
    return SafeYamlReader.read(yaml, 2, 64 * 1024);
  }

  @Test
  void keepsScalarsAsWrittenWithPositions() {
    var outcome = read("id: INC-2026-03-14-01\ndate: 2026-03-14\nflag: no\nnumber: 0123\nempty:\n");
    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.entries().get("date").value().scalarText()).isEqualTo("2026-03-14");
    assertThat(outcome.entries().get("flag").value().scalarText()).isEqualTo("no");
    assertThat(outcome.entries().get("number").value().scalarText()).isEqualTo("0123");
    assertThat(((YamlNode.Scalar) outcome.entries().get("empty").value()).isNull()).isTrue();
    assertThat(outcome.entries().get("date").keyAt()).isEqualTo(new Location(3, 1));
    assertThat(outcome.entries().get("date").value().at()).isEqualTo(new Location(3, 7));
  }

  @Test
  void countsLinesAsTheMarkdownDoesNotAsYamlDoes() {
    // Found by FrontMatterFuzzTest: SnakeYAML takes NEL (U+0085) for a line break, CommonMark does
    // not, so its line numbers ran past the end of the front matter.
    // Here YAML ends the comment at the NEL and fails on "more" + "b:"; the "b: 1" line is the
    // second of the front matter (file line 3), not the third.
    var outcome = read("# note\u0085more\nb: 1\n");
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.at()).isEqualTo(new Location(3, 2)));
  }

  @Test
  void reportsDuplicateKeysAtTheSecondOne() {
    var outcome = read("id: a\ntitle: t\nid: b\n");
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.at().line()).isEqualTo(4);
              assertThat(p.message()).contains("duplicate key \"id\"").contains("line 2");
            });
  }

  @Test
  void refusesBillionLaughs() {
    String laughs =
        """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        """;
    assertThat(read(laughs).problems()).isNotEmpty();
  }

  @Test
  void refusesAnchorsOnScalars() {
    assertThat(read("a: &x 1\nb: *x\n").problems())
        .extracting(YamlProblem::message)
        .anyMatch(m -> m.contains("anchors"));
  }

  @Test
  void refusesDeepNesting() {
    String deep = "a: " + "[".repeat(1000) + "]".repeat(1000) + "\n";
    assertThat(read(deep).problems()).isNotEmpty();
  }

  @Test
  void refusesTagsNamingJavaClasses() {
    var outcome =
        read(
            "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n");
    assertThat(outcome.problems())
        .extracting(YamlProblem::message)
        .anyMatch(m -> m.contains("not allowed"));
  }

  @Test
  void turnsIllegalArgumentFromOddTagsIntoAProblem() {
    assertThat(read("x: !%20 y\n").problems()).isNotEmpty();
  }

  @Test
  void refusesOversizedBlocksBeforeParsing() {
    var outcome = SafeYamlReader.read("a: " + "x".repeat(70_000) + "\n", 2, 64 * 1024);
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("limit"));
  }

  @Test
  void nullishComplexKeyLoadsAsTextNotNull() {
    var outcome = read(" \r\r ?");
    // An empty key set passed the old allSatisfy whatever was read: the key is the empty text.
    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.entries().keySet()).containsExactly("");
  }

  @Test
  void reportsSyntaxErrorsWithTheirLine() {
    var outcome = read("id: ok\ntitle: [unclosed\n");
    assertThat(outcome.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("invalid YAML"));
  }

  @Test
  void nonMappingIsAProblem() {
    assertThat(read("- a\n- b\n").problems())
        .extracting(YamlProblem::message)
        .anyMatch(m -> m.contains("mapping"));
  }
}
