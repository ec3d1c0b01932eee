package dev.pm.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Pretty-printed JSON shared by the JSON and SARIF reporters: two-space indent, {@code "key": value},
 * {@code \n} line ends on every platform, a trailing newline, and non-ASCII text written as is.
 *
 * <p>Written with Jackson's streaming {@link JsonGenerator}, never a tree or one big string: a report
 * of 900,000 findings ran out of memory as a tree, while a generator holds only its small buffer.
 */
final class JsonOutput {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private static final DefaultPrettyPrinter PRINTER;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    PRINTER =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
  }

  private JsonOutput() {}

  /** What a reporter writes with the generator it is given. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  /** Streams one JSON document to {@code out}, then a newline. */
  static void write(PrintWriter out, Body body) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(PRINTER.createInstance());
      body.write(json);
    } catch (IOException e) {
      // A PrintWriter never throws; this would be a bug in Jackson or here.
      throw new UncheckedIOException(e);
    }
    out.print('\n');
    out.flush();
  }
}
