package dev.pm.stats;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A compact byte encoding for the records stats hold: whole numbers as variable-length integers
 * (one byte up to 127) and texts as a length and their characters, one to three bytes each.
 *
 * <p>Rationale: a {@link String} costs about 40 bytes of headers before its first character, and a
 * record of a few strings and boxed values as much again. Held once per action item at 100,000
 * post-mortems that overhead alone was well over 100 MB. Texts are written one char at a time (the
 * "modified UTF-8" of {@link java.io.DataOutput#writeUTF}) rather than as standard UTF-8, so any
 * Java string, even one with a lone surrogate, reads back as exactly the same string.
 */
final class PackedBytes {

  private PackedBytes() {}

  /** Appends values to a growing buffer. */
  static final class Writer {

    private byte[] bytes = new byte[256];
    private int size;

    Writer unsigned(long value) {
      if (value < 0) {
        throw new IllegalArgumentException("not an unsigned value: " + value);
      }
      long rest = value;
      while (rest >= 0x80) {
        put((byte) ((rest & 0x7F) | 0x80));
        rest >>>= 7;
      }
      put((byte) rest);
      return this;
    }

    /** A value that may be negative, zig-zag coded so that small magnitudes stay short. */
    Writer signed(long value) {
      long zigzag = (value << 1) ^ (value >> 63);
      long rest = zigzag;
      while ((rest & ~0x7FL) != 0) {
        put((byte) ((rest & 0x7F) | 0x80));
        rest >>>= 7;
      }
      put((byte) rest);
      return this;
    }

    Writer text(String s) {
      int length = 0;
      for (int i = 0; i < s.length(); i++) {
        length += width(s.charAt(i));
      }
      unsigned(length);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          put((byte) c);
        } else if (c < 0x800) {
          put((byte) (0xC0 | (c >> 6)));
          put((byte) (0x80 | (c & 0x3F)));
        } else {
          put((byte) (0xE0 | (c >> 12)));
          put((byte) (0x80 | ((c >> 6) & 0x3F)));
          put((byte) (0x80 | (c & 0x3F)));
        }
      }
      return this;
    }

    /** The bytes written, in an array of exactly their length. */
    byte[] toBytes() {
      return Arrays.copyOf(bytes, size);
    }

    private static int width(char c) {
      return c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }

    private void put(byte b) {
      if (size == bytes.length) {
        bytes = Arrays.copyOf(bytes, bytes.length * 2);
      }
      bytes[size++] = b;
    }
  }

  /** Reads values back in the order they were written. */
  static final class Reader {

    private final byte[] bytes;
    private int at;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    long unsigned() {
      long value = 0;
      int shift = 0;
      while (true) {
        byte b = bytes[at++];
        value |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
        shift += 7;
      }
    }

    int unsignedInt() {
      return Math.toIntExact(unsigned());
    }

    long signed() {
      long zigzag = unsigned();
      return (zigzag >>> 1) ^ -(zigzag & 1);
    }

    String text() {
      int length = unsignedInt();
      int start = at;
      at += length;
      boolean ascii = true;
      for (int i = start; i < at && ascii; i++) {
        ascii = bytes[i] >= 0;
      }
      if (ascii) {
        return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
      }
      char[] chars = new char[length];
      int n = 0;
      int i = start;
      while (i < at) {
        int b = bytes[i++] & 0xFF;
        if (b < 0x80) {
          chars[n++] = (char) b;
        } else if (b < 0xE0) {
          chars[n++] = (char) (((b & 0x1F) << 6) | (bytes[i++] & 0x3F));
        } else {
          int second = bytes[i++] & 0x3F;
          chars[n++] = (char) (((b & 0x0F) << 12) | (second << 6) | (bytes[i++] & 0x3F));
        }
      }
      return new String(chars, 0, n);
    }

    /** Moves past a text without making a string of it. */
    void skipText() {
      int length = unsignedInt();
      at += length;
    }
  }
}
