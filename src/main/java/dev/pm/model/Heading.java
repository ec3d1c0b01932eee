package dev.pm.model;

/**
 * A heading as written.
 *
 * @param level 1 to 6 for ATX/setext headings; 0 for a bold label standing as a heading
 * @param text plain text, Markdown removed
 * @param key the text normalised for matching (see {@code HeadingNormalizer})
 */
public record Heading(int level, String text, String key, Location at) {}
