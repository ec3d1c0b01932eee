package dev.pm.model;

/** An HTML comment in the Markdown, as written: where {@code pm-lint-disable} directives live. */
public record HtmlComment(String text, Location at) {}
