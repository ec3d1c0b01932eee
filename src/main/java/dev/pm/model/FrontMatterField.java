package dev.pm.model;

/** One key of a front matter block, with where the key and its value stand. */
public record FrontMatterField(String key, Location keyAt, YamlValue value) {}
