package dev.pm.model;

/**
 * A labelled value stated in the body, such as {@code | **Incident ID** | INC-... |} or {@code
 * **Severity:** P2}: what consistency rules compare with the front matter.
 *
 * @param label the label as written (plain text)
 * @param key the label normalised as headings are
 * @param value the value's plain text
 * @param at where the value stands
 */
public record MetadataEntry(String label, String key, String value, Location at) {}
