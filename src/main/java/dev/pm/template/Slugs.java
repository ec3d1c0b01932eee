package dev.pm.template;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File-name slugs from titles: lower-case ASCII with hyphens, accents folded ({@code Café} gives
 * {@code cafe}), at most 60 characters cut at a word boundary. A title with nothing usable (one in
 * a non-Latin script) gives an empty slug, and the caller falls back to the incident id.
 */
public final class Slugs {

  static final int MAX_LENGTH = 60;

  private Slugs() {}

  public static String of(String title) {
    String folded =
        Normalizer.normalize(title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .replace("ß", "ss")
            .replace("æ", "ae")
            .replace("ø", "o")
            .replace("Æ", "AE")
            .replace("Ø", "O")
            .replace("ł", "l")
            .toLowerCase(Locale.ROOT);
    String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH).replaceAll("-+$", "");
    }
    return slug;
  }
}
