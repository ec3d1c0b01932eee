package dev.pm.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes: UTF-8 (with or without a byte order mark) or UTF-16 with a byte order
 * mark. Anything else is refused with the line and column of the first bad byte, so that pm never
 * checks, or later rewrites, text it misread.
 */
public final class SourceDecoder {

  /** The decoded text, or why it could not be decoded. */
  public record Result(String text, String error, int errorLine, int errorColumn) {
    public boolean ok() {
      return error == null;
    }
  }

  /** What a file's first bytes say it is; anything that rewrites files keeps it, or refuses. */
  public enum Encoding {
    UTF_8,
    UTF_8_WITH_BOM,
    UTF_16
  }

  private SourceDecoder() {}

  public static Encoding encodingOf(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return Encoding.UTF_8_WITH_BOM;
    }
    return startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)
        ? Encoding.UTF_16
        : Encoding.UTF_8;
  }

  public static Result decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Result(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), null, 0, 0);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Result(
          new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), null, 0, 0);
    }
    return strict(bytes, 0);
  }

  /**
   * The start of a file as text, for reading its front matter only: by its byte order mark as
   * {@link #decode} does, but never refusing (a bad byte, or a prefix cut inside a character,
   * becomes U+FFFD). Numbering read UTF-16 post-mortems as UTF-8, missed their ids and handed out
   * one again.
   */
  public static String lenient(byte[] head) {
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      return new String(head, 3, head.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(head, 0xFE, 0xFF)) {
      return new String(head, 2, head.length - 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(head, 0xFF, 0xFE)) {
      return new String(head, 2, head.length - 2, StandardCharsets.UTF_16LE);
    }
    return new String(head, StandardCharsets.UTF_8);
  }

  private static Result strict(byte[] bytes, int from) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    try {
      CharBuffer out = decoder.decode(in);
      return new Result(out.toString(), null, 0, 0);
    } catch (CharacterCodingException e) {
      int bad = firstInvalidByte(bytes, from);
      int line = 1;
      int lineStart = from;
      for (int i = from; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      String prefix = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
      return new Result(
          null,
          String.format("not valid UTF-8: byte 0x%02X at offset %d", bytes[bad] & 0xFF, bad),
          line,
          prefix.length() + 1);
    }
  }

  /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  private static int firstInvalidByte(byte[] bytes, int from) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(Math.max(16, bytes.length));
    decoder.decode(in, out, true);
    return in.position();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
