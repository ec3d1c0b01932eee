package dev.pm.model;

/** A block of a section's own content (not counting its sub-sections). */
public sealed interface Block permits Paragraph, ListBlock, Table, CodeBlock {
  Location at();
}
