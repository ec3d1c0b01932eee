package dev.pm.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The placeholder bodies the build writes for the built-in templates are what JMustache renders
 * from their {@code template.md} at run time: the lint reads the former, {@code pm new} writes the
 * latter, and the template-text rules rely on the two agreeing.
 */
class PlaceholderBodiesTest {

  @Test
  void everyBuiltInBodyIsWrittenAsJMustacheRendersIt() throws Exception {
    for (String name : TemplateCatalog.builtInNames()) {
      String root = TemplateCatalog.BUILT_IN_ROOT + name + "/";
      String markdown = TemplateCatalog.resource(root + "template.md");
      String rendered = TemplateCatalog.placeholderBody(name, markdown);
      try (InputStream in =
          TemplateCatalog.class.getResourceAsStream(root + PlaceholderBodies.FILE_NAME)) {
        assertNotNull(in, name + ": the build did not write " + PlaceholderBodies.FILE_NAME);
        assertEquals(
            rendered, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), name);
      }
      assertEquals(
          rendered,
          TemplateCatalog.builtIn().find(name).orElseThrow().schema().templateBody().orElseThrow(),
          name + ": the catalog's body");
    }
  }
}
