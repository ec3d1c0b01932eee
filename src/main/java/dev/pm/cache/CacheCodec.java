package dev.pm.cache;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and reads a cache file as JSON over pm's own records, generically: a record is an object
 * of its components by name, so a field added to a cached record is carried without anyone listing
 * it here ({@link CacheShape} puts the shapes in the key). A value missing from a stored entry, an
 * unknown field or a null where no {@code Optional} is declared is an error (the file is then
 * ignored), never a field left null.
 *
 * <p>It streams with jackson-core and builds the records through their canonical constructors
 * instead of going through jackson-databind: a warm cached run of 10,000 files spent more CPU time
 * setting up databind's deserialisers for these records than in hashing the files.
 *
 * <p>A text value that is the entry's own path, as shown or absolute, is written as a {@link
 * EntryPaths reference} to the entry's {@code shown} or {@code path} field: a result names its file
 * up to three more times, and reading those copies was most of the cost of a warm run.
 */
final class CacheCodec {

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * The cache file in {@code in}; its entries are read only when it was made under {@code
   * wantedKey} (the key comes first), as the entries of another key are dropped anyway.
   */
  <T> CacheFile<T> read(InputStream in, Class<T> valueType, String wantedKey) throws IOException {
    try (JsonParser parser = JSON.createParser(in)) {
      expect(parser, parser.nextToken(), JsonToken.START_OBJECT);
      String key = null;
      List<Entry<T>> entries = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken token = parser.nextToken();
        if (field.equals("key")) {
          key = (String) readValue(parser, token, String.class, EntryPaths.NONE);
          if (!key.equals(wantedKey)) {
            return new CacheFile<>(key, List.of());
          }
        } else if (field.equals("entries")) {
          entries = readEntries(parser, token, valueType);
        } else {
          throw new IOException("unknown field \"" + field + "\"");
        }
      }
      expect(parser, parser.currentToken(), JsonToken.END_OBJECT);
      if (key == null || entries == null) {
        throw new IOException("no key or no entries");
      }
      return new CacheFile<>(key, entries);
    }
  }

  <T> void write(Writer out, CacheFile<T> file, Class<T> valueType) throws IOException {
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      generator.writeStartObject();
      generator.writeStringField("key", file.key());
      generator.writeArrayFieldStart("entries");
      for (Entry<T> entry : file.entries()) {
        generator.writeStartObject();
        generator.writeStringField("path", entry.path());
        generator.writeStringField("shown", entry.shown());
        generator.writeStringField("hash", entry.hash());
        generator.writeNumberField("size", entry.stamp().size());
        generator.writeNumberField("modified", entry.stamp().modified());
        generator.writeFieldName("value");
        writeValue(
            generator, valueType, entry.value(), new EntryPaths(entry.shown(), entry.path()));
        generator.writeEndObject();
      }
      generator.writeEndArray();
      generator.writeEndObject();
    }
  }

  /** One value through JSON and back: what a later run would read (for tests of the codec). */
  <T> T roundTrip(T value, Class<T> type) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(text)) {
      writeValue(generator, type, value, EntryPaths.NONE);
    }
    try (JsonParser parser = JSON.createParser(text.toString())) {
      return type.cast(readValue(parser, parser.nextToken(), type, EntryPaths.NONE));
    }
  }

  private <T> List<Entry<T>> readEntries(JsonParser parser, JsonToken token, Class<T> valueType)
      throws IOException {
    expect(parser, token, JsonToken.START_ARRAY);
    List<Entry<T>> entries = new ArrayList<>();
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      expect(parser, token, JsonToken.START_OBJECT);
      String path = null;
      String shown = null;
      String hash = null;
      Long size = null;
      Long modified = null;
      T value = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken next = parser.nextToken();
        switch (field) {
          case "path" -> path = (String) readValue(parser, next, String.class, EntryPaths.NONE);
          case "shown" -> shown = (String) readValue(parser, next, String.class, EntryPaths.NONE);
          case "hash" -> hash = (String) readValue(parser, next, String.class, EntryPaths.NONE);
          case "size" -> size = (Long) readValue(parser, next, Long.class, EntryPaths.NONE);
          case "modified" -> modified = (Long) readValue(parser, next, Long.class, EntryPaths.NONE);
          case "value" ->
              // The paths come before the value as written; a value first cannot resolve them.
              value =
                  valueType.cast(readValue(parser, next, valueType, new EntryPaths(shown, path)));
          default -> throw new IOException("unknown field \"" + field + "\" in an entry");
        }
      }
      if (path == null
          || shown == null
          || hash == null
          || size == null
          || modified == null
          || value == null) {
        throw new IOException("an entry without its path, shown path, hash, stamp or value");
      }
      entries.add(new Entry<>(path, shown, hash, new FileStamp(size, modified), value));
    }
    return entries;
  }

  private static void writeValue(JsonGenerator out, Type type, Object value, EntryPaths paths)
      throws IOException {
    if (value == null) {
      // Read back as an error: the entry is then not believed.
      out.writeNull();
      return;
    }
    Class<?> raw = raw(type);
    if (raw.isRecord()) {
      RecordType record = RecordType.of(raw);
      out.writeStartObject();
      for (int i = 0; i < record.size(); i++) {
        out.writeFieldName(record.name(i));
        writeValue(out, record.type(i), record.get(value, i), paths);
      }
      out.writeEndObject();
    } else if (raw.isEnum()) {
      out.writeString(((Enum<?>) value).name());
    } else if (raw == String.class) {
      paths.write(out, (String) value);
    } else if (raw == int.class || raw == Integer.class) {
      out.writeNumber((Integer) value);
    } else if (raw == long.class || raw == Long.class) {
      out.writeNumber((Long) value);
    } else if (raw == boolean.class || raw == Boolean.class) {
      out.writeBoolean((Boolean) value);
    } else if (raw == double.class || raw == Double.class) {
      out.writeNumber((Double) value);
    } else if (raw == Path.class) {
      paths.write(out, value.toString());
    } else if (raw == LocalDate.class || raw == LocalDateTime.class || raw == Duration.class) {
      out.writeString(value.toString());
    } else if (raw == Optional.class) {
      Optional<?> optional = (Optional<?>) value;
      if (optional.isEmpty()) {
        out.writeNull();
      } else {
        writeValue(out, argument(type, 0), optional.get(), paths);
      }
    } else if (raw == List.class) {
      out.writeStartArray();
      for (Object element : (List<?>) value) {
        writeValue(out, argument(type, 0), element, paths);
      }
      out.writeEndArray();
    } else if (raw == Map.class) {
      out.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        Object key = entry.getKey();
        out.writeFieldName(key instanceof Enum<?> e ? e.name() : (String) key);
        writeValue(out, argument(type, 1), entry.getValue(), paths);
      }
      out.writeEndObject();
    } else {
      throw unsupported(type);
    }
  }

  /** The value of {@code type} that starts at {@code token}. */
  private static Object readValue(JsonParser in, JsonToken token, Type type, EntryPaths paths)
      throws IOException {
    Class<?> raw = raw(type);
    if (raw == Optional.class) {
      return token == JsonToken.VALUE_NULL
          ? Optional.empty()
          : Optional.of(readValue(in, token, argument(type, 0), paths));
    }
    if (token == JsonToken.VALUE_NULL) {
      throw new IOException("null for a " + type.getTypeName() + " at " + in.currentLocation());
    }
    if (raw.isRecord()) {
      return readRecord(in, token, RecordType.of(raw), paths);
    }
    if (raw == String.class) {
      return token == JsonToken.VALUE_NUMBER_INT ? paths.read(in) : text(in, token);
    }
    if (raw.isEnum()) {
      expect(in, token, JsonToken.VALUE_STRING);
      return enumConstant(raw, in.getText());
    }
    if (raw == int.class || raw == Integer.class) {
      expect(in, token, JsonToken.VALUE_NUMBER_INT);
      return in.getIntValue();
    }
    if (raw == long.class || raw == Long.class) {
      expect(in, token, JsonToken.VALUE_NUMBER_INT);
      return in.getLongValue();
    }
    if (raw == boolean.class || raw == Boolean.class) {
      if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        throw new IOException("expected true or false at " + in.currentLocation());
      }
      return token == JsonToken.VALUE_TRUE;
    }
    if (raw == double.class || raw == Double.class) {
      expect(in, token, JsonToken.VALUE_NUMBER_FLOAT);
      return in.getDoubleValue();
    }
    if (raw == Path.class) {
      return parseText(
          raw, token == JsonToken.VALUE_NUMBER_INT ? paths.read(in) : text(in, token), in);
    }
    if (raw == LocalDate.class || raw == LocalDateTime.class || raw == Duration.class) {
      return parseText(raw, text(in, token), in);
    }
    if (raw == List.class) {
      expect(in, token, JsonToken.START_ARRAY);
      List<Object> list = new ArrayList<>();
      while ((token = in.nextToken()) != JsonToken.END_ARRAY) {
        list.add(readValue(in, token, argument(type, 0), paths));
      }
      return list;
    }
    if (raw == Map.class) {
      expect(in, token, JsonToken.START_OBJECT);
      Class<?> keyType = raw(argument(type, 0));
      // Insertion order, as written: the order the run that made the map iterated it in.
      Map<Object, Object> map = new LinkedHashMap<>();
      while ((token = in.nextToken()) == JsonToken.FIELD_NAME) {
        String name = in.currentName();
        Object key = keyType.isEnum() ? enumConstant(keyType, name) : name;
        map.put(key, readValue(in, in.nextToken(), argument(type, 1), paths));
      }
      expect(in, token, JsonToken.END_OBJECT);
      return map;
    }
    throw new IOException(unsupported(type).getMessage());
  }

  private static Object readRecord(
      JsonParser in, JsonToken token, RecordType record, EntryPaths paths) throws IOException {
    expect(in, token, JsonToken.START_OBJECT);
    Object[] values = new Object[record.size()];
    boolean[] seen = new boolean[record.size()];
    while ((token = in.nextToken()) == JsonToken.FIELD_NAME) {
      int index = record.index(in.currentName());
      if (index < 0 || seen[index]) {
        throw new IOException(
            "unexpected field \"" + in.currentName() + "\" at " + in.currentLocation());
      }
      values[index] = readValue(in, in.nextToken(), record.type(index), paths);
      seen[index] = true;
    }
    expect(in, token, JsonToken.END_OBJECT);
    for (int i = 0; i < seen.length; i++) {
      if (!seen[i]) {
        throw new IOException(
            "missing field \"" + record.name(i) + "\" at " + in.currentLocation());
      }
    }
    return record.make(values);
  }

  private static String text(JsonParser in, JsonToken token) throws IOException {
    expect(in, token, JsonToken.VALUE_STRING);
    return in.getText();
  }

  private static Object parseText(Class<?> type, String text, JsonParser in) throws IOException {
    try {
      if (type == Path.class) {
        return Path.of(text);
      }
      if (type == LocalDateTime.class) {
        return LocalDateTime.parse(text);
      }
      return type == LocalDate.class ? LocalDate.parse(text) : Duration.parse(text);
    } catch (RuntimeException e) {
      throw new IOException("not a " + type.getSimpleName() + " at " + in.currentLocation(), e);
    }
  }

  private static Object enumConstant(Class<?> type, String name) throws IOException {
    for (Object constant : type.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new IOException("no " + type.getSimpleName() + " named " + name);
  }

  private static void expect(JsonParser in, JsonToken found, JsonToken wanted) throws IOException {
    if (found != wanted) {
      throw new IOException(
          "expected " + wanted + " but found " + found + " at " + in.currentLocation());
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
      return c;
    }
    throw unsupported(type);
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    throw unsupported(type);
  }

  private static IllegalArgumentException unsupported(Type type) {
    return new IllegalArgumentException(
        "the result cache cannot carry a " + type.getTypeName() + "; add it to CacheCodec");
  }

  /**
   * What a cache file holds.
   *
   * @param key the {@link RunKey} digest its entries were made under
   * @param entries one per file
   */
  record CacheFile<T>(String key, java.util.List<Entry<T>> entries) {}

  /**
   * One file's cached result.
   *
   * @param path the file, absolute and normalised
   * @param shown the path as the run showed it (results carry it)
   * @param hash the SHA-256 of the file's bytes the result was made from
   * @param stamp the file's size and time when those bytes were read, or {@link FileStamp#NONE}
   */
  record Entry<T>(String path, String shown, String hash, FileStamp stamp, T value) {

    /** The same result for the same bytes, found with a new size and time. */
    Entry<T> stamped(FileStamp newStamp) {
      return new Entry<>(path, shown, hash, newStamp, value);
    }
  }
}
