package dev.pm.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * Writes and reads a cache file as JSON through Jackson over pm's own records: one generic codec,
 * so a field added to a cached record is carried without anyone listing it here. A value missing
 * from a stored entry is an error (the file is then ignored), never a field left null.
 */
final class CacheCodec {

  private final ObjectMapper mapper =
      JsonMapper.builder()
          .addModule(new Jdk8Module())
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(
              com.fasterxml.jackson.databind.SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
          .build();

  <T> CacheFile<T> read(Reader in, Class<T> valueType) throws IOException {
    JavaType type = mapper.getTypeFactory().constructParametricType(CacheFile.class, valueType);
    return mapper.readValue(in, type);
  }

  <T> void write(Writer out, CacheFile<T> file, Class<T> valueType) throws IOException {
    JavaType type = mapper.getTypeFactory().constructParametricType(CacheFile.class, valueType);
    mapper.writerFor(type).writeValue(out, file);
  }

  /** One value through JSON and back: what a later run would read (for tests of the codec). */
  <T> T roundTrip(T value, Class<T> type) throws IOException {
    return mapper.readValue(mapper.writeValueAsString(value), type);
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
   */
  record Entry<T>(String path, String shown, String hash, T value) {}
}
