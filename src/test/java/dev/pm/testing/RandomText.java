package dev.pm.testing;

import java.util.Random;
import java.util.stream.Stream;

/** Seeded random strings over a small alphabet, for property tests of text helpers. */
public final class RandomText {

  private RandomText() {}

  /** {@code count} strings of up to {@code maxLength} characters drawn from {@code alphabet}. */
  public static Stream<String> strings(long seed, String alphabet, int maxLength, int count) {
    Random random = new Random(seed);
    return Stream.generate(
            () -> {
              StringBuilder text = new StringBuilder();
              int length = random.nextInt(maxLength + 1);
              for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
              }
              return text.toString();
            })
        .limit(count);
  }
}
