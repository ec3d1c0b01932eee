package dev.pm.parse;

/**
 * A {@link PostMortemParser} made the first time a file must really be parsed: a run whose every
 * file comes from the result cache never builds flexmark's parser and its extensions (a warm
 * 10,000-file lint spent 22 of 319 main-thread samples building it). Safe for many workers at once.
 */
public final class ParserOnDemand {

  private final ParseLimits limits;
  private PostMortemParser parser;

  public ParserOnDemand(ParseLimits limits) {
    this.limits = limits;
  }

  /** One already made: the same parser every time. */
  public static ParserOnDemand of(PostMortemParser parser) {
    ParserOnDemand made = new ParserOnDemand(parser.limits());
    made.parser = parser;
    return made;
  }

  public ParseLimits limits() {
    return limits;
  }

  /**
   * The parser, made on the first call; a lock held once per parsed file costs nothing beside it.
   */
  public synchronized PostMortemParser get() {
    if (parser == null) {
      parser = new PostMortemParser(limits);
    }
    return parser;
  }
}
