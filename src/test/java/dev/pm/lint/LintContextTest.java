package dev.pm.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.SourceFile;
import dev.pm.parse.ParseLimits;
import dev.pm.parse.PostMortemParser;
import dev.pm.read.DocumentReader;
import dev.pm.schema.SchemaLoader;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What rules derive from a document is reached through typed accessors, computed once. */
class LintContextTest {

  private static final String SCHEMA =
      """
      name: bindings
      sections:
        - title: Summary
        - title: Analysis
          sections:
            - title: Root Cause
            - title: Trigger
        - title: Lessons
      """;

  private static final String DOC =
      """
      # Outage

      ## Analysis

      ### Root Cause

      A pool ran dry.

      ## Summary

      It broke.
      """;

  @Test
  void sectionBindingsPairSpecsWithSectionsOnceAndBelowTheirParent() {
    var doc =
        new PostMortemParser(ParseLimits.DEFAULT)
            .parse(new SourceFile(Path.of("pm.md"), "pm.md", DOC));
    var reading = DocumentReader.read(doc, SchemaLoader.load("schema.yaml", SCHEMA));
    LintContext context = new LintContext(reading, Optional.empty());

    var bindings = context.sectionBindings();
    assertThat(context.sectionBindings()).isSameAs(bindings);
    assertThat(bindings)
        .extracting(
            b -> b.spec().title(), b -> b.section().map(s -> s.heading().text()).orElse("-"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Summary", "Summary"),
            org.assertj.core.groups.Tuple.tuple("Analysis", "Analysis"),
            org.assertj.core.groups.Tuple.tuple("Lessons", "-"));
    SectionBinding analysis = bindings.get(1);
    assertThat(analysis.children())
        .extracting(b -> b.section().map(s -> s.heading().text()).orElse("-"))
        .containsExactly("Root Cause", "-");
    assertThat(analysis.children().get(0).parent()).isEqualTo(analysis.section());
    assertThat(SectionBinding.flatten(bindings)).hasSize(5);
  }
}
