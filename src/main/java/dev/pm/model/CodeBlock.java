package dev.pm.model;

/** A fenced or indented code block; rules only need to know it is there. */
public record CodeBlock(String info, Location at) implements Block {}
