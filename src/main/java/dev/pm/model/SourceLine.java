package dev.pm.model;

/** One line of Markdown source as written, starting at {@code at}. */
public record SourceLine(String markdown, Location at) {}
