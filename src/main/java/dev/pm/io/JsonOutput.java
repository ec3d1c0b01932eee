package dev.pm.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The one way pm writes JSON (lint's JSON, SARIF and GitLab reports, stats JSON, the baseline):
 * two-space indent, {@code "key": value}, {@code \n} line ends on every platform, a trailing
 * newline, and non-ASCII text written as is. Lint and stats were formatted differently ({@code
 * "key" : value} and the platform's line ends in stats and the baseline) before issue 19.
 *
 * <p>Written with Jackson's streaming {@link JsonGenerator}, never a tree or one big string: a
 * report of 900,000 findings ran out of memory as a tree, while a generator holds only its small
 * buffer.
 */
public final class JsonOutput {

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

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

  /**
   * Loaded only where trees are read or built (the baseline): databind is hundreds of classes a
   * lint run need not load.
   */
  private static final class Trees {
    static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
  }

  /** For reading JSON and building trees written with {@link #text}. */
  public static ObjectMapper mapper() {
    return Trees.MAPPER;
  }

  private JsonOutput() {}

  /** What a reporter writes with the generator it is given. */
  @FunctionalInterface
  public interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  /** Streams one JSON document to {@code out}, then a newline. */
  public static void write(PrintWriter out, Body body) {
    try (JsonGenerator json = generator(out)) {
      body.write(json);
    } catch (IOException e) {
      // A PrintWriter never throws; this would be a bug in Jackson or here.
      throw new UncheckedIOException(e);
    }
    out.print('\n');
    out.flush();
  }

  /**
   * A generator on {@code out}, formatted as every pm JSON document is; closing it leaves {@code
   * out} open.
   */
  public static JsonGenerator generator(java.io.Writer out) throws IOException {
    JsonGenerator json = FACTORY.createGenerator(out);
    json.setPrettyPrinter(PRINTER.createInstance());
    return json;
  }

  /**
   * A generator on {@code out} with no whitespace at all, for data a page's script reads (the stats
   * page); closing it leaves {@code out} open.
   */
  public static JsonGenerator compactGenerator(java.io.Writer out) throws IOException {
    return FACTORY.createGenerator(out);
  }

  /** A tree as one JSON document, with the trailing newline. */
  public static String text(JsonNode tree) {
    java.io.StringWriter text = new java.io.StringWriter();
    write(new PrintWriter(text), json -> mapper().writeTree(json, tree));
    return text.toString();
  }
}
