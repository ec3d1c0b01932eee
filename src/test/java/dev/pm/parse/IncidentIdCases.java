package dev.pm.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Front matter whose incident id the old readers disagreed on, with the id YAML reads. Shared by
 * the reader's own test and the test that every caller agrees.
 *
 * @param name the case, also the file name stem
 * @param bytes the file
 * @param id what the YAML parser reads
 * @param misread a value some earlier reader took for the id, which no caller may find
 * @param oneLine whether the id is on one line (a {@code git grep} line can carry it)
 */
// A case is read, never compared or hashed: array equality in a record is no trap here.
@SuppressWarnings("ArrayRecordComponent")
public record IncidentIdCases(
    String name, byte[] bytes, Optional<String> id, Optional<String> misread, boolean oneLine) {

  static IncidentIdCases of(String name, String text, String id, String misread) {
    return new IncidentIdCases(
        name,
        text.getBytes(StandardCharsets.UTF_8),
        Optional.ofNullable(id),
        Optional.ofNullable(misread),
        true);
  }

  IncidentIdCases multiLine() {
    return new IncidentIdCases(name, bytes, id, misread, false);
  }

  /** The cases; {@code git grep} reads files as bytes, so all but the UTF-16 one are UTF-8. */
  public static List<IncidentIdCases> all() {
    String tail = "title: T\n---\n# T\n";
    byte[] utf16 = ("\uFEFF---\nid: INC-17\n" + tail).getBytes(StandardCharsets.UTF_16LE);
    return List.of(
        of("plain", "---\nid: INC-1\n" + tail, "INC-1", null),
        of("hash-in-quotes", "---\nid: \"INC # 2\"\n" + tail, "INC # 2", "\"INC"),
        of("comment", "---\nid: INC-3 # was INC-1\n" + tail, "INC-3", "INC-3 # was INC-1"),
        of("quoted-comment", "---\nid: \"INC-4\"  # fourth\n" + tail, "INC-4", "INC-4\"  # fourth"),
        of("single-quote-escape", "---\nid: 'it''s-5'\n" + tail, "it's-5", "it''s-5"),
        of("double-quote-escape", "---\nid: \"INC\\u002D6\"\n" + tail, "INC-6", "INC\\u002D6"),
        of("crlf", "---\r\nid: INC-7\r\ntitle: T\r\n---\r\n# T\r\n", "INC-7", null),
        of("bom", "\uFEFF---\nid: INC-8\n" + tail, "INC-8", null),
        of("space-before-colon", "---\nid :  INC-9\n" + tail, "INC-9", null),
        of("quoted-key", "---\n\"id\": INC-10\n" + tail, "INC-10", null),
        of("null", "---\nid: null\n" + tail, null, "null"),
        of("tilde", "---\nid: ~\n" + tail, null, "~"),
        of("empty", "---\nid:\n" + tail, null, null),
        of("folded", "---\nid: >-\n  INC-11\n" + tail, "INC-11", ">-").multiLine(),
        of("continued", "---\nid:\n  INC-12\n" + tail, "INC-12", null).multiLine(),
        of("nested", "---\nincident:\n  id: INC-13\n" + tail, null, "INC-13"),
        of("after-the-block", "---\ntitle: T\n---\nid: INC-14\n", null, "INC-14"),
        of("dots-close", "---\ntitle: T\n...\nid: INC-15\n---\n# T\n", null, "INC-15"),
        of("dashes-in-a-value", "---\nnote: |\n  ---\nid: INC-16\n" + tail, "INC-16", null),
        of(
            "unicode-spaces",
            "---\nid: \"\u2003INC-18\u2003\"\n" + tail,
            "INC-18",
            "\u2003INC-18\u2003"),
        of("number", "---\nid: 42\n" + tail, "42", null),
        of("no-space-after-colon", "---\ntitle: T\nid:INC-19\n---\n# T\n", null, "INC-19"),
        of("twice", "---\nid: INC-20\nid: INC-21\n" + tail, "INC-20", "INC-21"),
        of("toml", "+++\nid = \"INC-22\"\n+++\n# T\n", null, "INC-22"),
        of("none", "# T\n\nid: INC-23\n", null, "INC-23"),
        new IncidentIdCases("utf-16", utf16, Optional.of("INC-17"), Optional.empty(), false));
  }

  /** The file's text as pm decodes it. */
  public String text() {
    return SourceDecoder.decode(bytes).text();
  }

  @Override
  public String toString() {
    return name;
  }
}
