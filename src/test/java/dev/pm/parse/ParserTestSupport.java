package dev.pm.parse;

import dev.pm.model.PostMortem;
import dev.pm.model.SourceFile;
import java.nio.file.Path;

/** Parses text the way pm does, on a thread with a large stack. */
public final class ParserTestSupport {

  public static final PostMortemParser PARSER = new PostMortemParser(HangGuardLimits.LIMITS);

  private ParserTestSupport() {}

  /** Parses on the calling thread, for input that does not nest deeply. */
  public static PostMortem parseHere(String markdown) {
    return PARSER.parse(new SourceFile(Path.of("test.md"), "test.md", markdown));
  }

  public static PostMortem parse(String markdown) {
    PostMortem[] result = new PostMortem[1];
    Thread t =
        new Thread(
            null,
            () -> result[0] = PARSER.parse(new SourceFile(Path.of("test.md"), "test.md", markdown)),
            "parse",
            512L << 20);
    t.start();
    try {
      t.join();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    return result[0];
  }
}
