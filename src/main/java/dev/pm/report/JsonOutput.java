package dev.pm.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Pretty-printed JSON shared by the JSON and SARIF reporters: two-space indent, {@code "key": value},
 * {@code \n} line ends on every platform, a trailing newline, and non-ASCII text written as is.
 */
final class JsonOutput {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private static final ObjectWriter WRITER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    WRITER = MAPPER.writer(printer);
  }

  private JsonOutput() {}

  static void write(JsonNode node, PrintWriter out) {
    String text;
    try {
      text = WRITER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serialises; this would be a bug in Jackson or here.
      throw new UncheckedIOException(e);
    }
    out.print(text);
    out.print('\n');
    out.flush();
  }
}
