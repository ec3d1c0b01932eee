package dev.pm.parse;

import java.util.OptionalInt;

/**
 * Where a file's YAML front matter ends, found in its undecoded bytes: pre-commit's {@code pm lint
 * FILE} reads the id of every post-mortem in the folder, and decoding and splitting each file's
 * whole first read into lines cost more than reading it (the block is a few hundred bytes of a 2
 * KiB read).
 *
 * <p>Only UTF-8 (with or without a byte order mark) is read here: there a line break byte ({@code
 * \n}, {@code \r}) is never part of a longer character, so lines split in bytes are the lines of
 * the decoded text. UTF-16, and every case where a line may be cut by the end of the read, are left
 * to the reader of decoded text.
 */
final class FrontMatterBytes {

  private FrontMatterBytes() {}

  /**
   * The length of the prefix of {@code head} that settles its front matter: through line 1 when
   * that line does not open a block, or through the line that closes the block. Empty when the
   * bytes cannot say (UTF-16, no closing line in the read, or a line the read may have cut short:
   * {@code complete} says whether {@code head} is the whole file).
   */
  static OptionalInt settlingPrefix(byte[] head, boolean complete) {
    if (head.length >= 2
        && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
            || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
      return OptionalInt.empty();
    }
    int end = lineEnd(head, 0);
    int next = afterBreak(head, end);
    if (!whole(head, next, complete)) {
      return OptionalInt.empty();
    }
    if (!IncidentIdReader.opensBlock(1, text(head, 0, end))) {
      return OptionalInt.of(next);
    }
    for (int start = next; start < head.length; start = next) {
      end = lineEnd(head, start);
      next = afterBreak(head, end);
      if (!whole(head, next, complete)) {
        return OptionalInt.empty();
      }
      if (mayClose(head, start) && IncidentIdReader.closesBlock(text(head, start, end))) {
        return OptionalInt.of(next);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Whether a line ending before {@code next} is whole: more bytes follow it, or the read is the
   * whole file. (A line that ends the read may go on, and a {@code \r} there may have its {@code
   * \n} after.)
   */
  private static boolean whole(byte[] head, int next, boolean complete) {
    return complete || next < head.length;
  }

  /** Only a line that starts with {@code ---} or {@code ...} can close a block. */
  private static boolean mayClose(byte[] head, int start) {
    if (start + 3 > head.length) {
      return false;
    }
    byte b = head[start];
    return (b == '-' || b == '.') && head[start + 1] == b && head[start + 2] == b;
  }

  private static int lineEnd(byte[] head, int from) {
    int i = from;
    while (i < head.length && head[i] != '\n' && head[i] != '\r') {
      i++;
    }
    return i;
  }

  /** Past the break at {@code end}: one of \n, \r or \r\n, as {@link String#lines} splits. */
  private static int afterBreak(byte[] head, int end) {
    if (end >= head.length) {
      return end;
    }
    if (head[end] == '\r' && end + 1 < head.length && head[end + 1] == '\n') {
      return end + 2;
    }
    return end + 1;
  }

  private static String text(byte[] head, int from, int to) {
    return IncidentIdReader.decode(java.util.Arrays.copyOfRange(head, from, to));
  }
}
