package dev.pm.stats;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * One post-mortem's {@link IncidentRecord} as stats hold it between reading and writing the output:
 * every field in one byte array ({@link PackedBytes}), unpacked again when an output reaches it.
 *
 * <p>Rationale: the outputs list every action item with its texts, so what stats hold grows with
 * the corpus whatever they do; what they can cut is the cost around each text. Packed, an incident
 * is one small object and one array of about its texts' length, instead of a record, a list, an
 * item record per action item and a string per field; at 100,000 post-mortems that is the
 * difference between about 400 MiB and under 300 MiB resident.
 */
public final class PackedIncident {

  private static final ActionItem.Form[] FORMS = ActionItem.Form.values();
  private static final ActionStatus[] STATUSES = ActionStatus.values();
  private static final Figure[] FIGURES = Figure.values();

  private final byte[] bytes;

  private PackedIncident(byte[] bytes) {
    this.bytes = bytes;
  }

  /** The record packed; {@link #unpack()} gives back an equal one. */
  public static PackedIncident of(IncidentRecord r) {
    PackedBytes.Writer out = new PackedBytes.Writer();
    out.text(r.file()).text(r.id()).text(r.title());
    out.unsigned(r.date().isPresent() ? 1 : 0);
    r.date().ifPresent(d -> out.signed(d.toEpochDay()));
    out.text(r.severity()).text(r.status()).unsigned(r.templateItems());
    int present = 0;
    for (Figure f : r.durations().keySet()) {
      present |= 1 << code(f);
    }
    out.unsigned(present);
    for (Figure f : FIGURES) {
      Duration d = r.durations().get(f);
      if (d != null) {
        out.signed(d.getSeconds()).unsigned(d.getNano());
      }
    }
    moment(out, r.start());
    moment(out, r.end());
    out.unsigned(r.actionItems().size());
    for (ItemRecord item : r.actionItems()) {
      out.signed(item.line())
          .unsigned(code(item.form()))
          .unsigned(code(item.status()))
          .text(item.id())
          .text(item.action())
          .text(item.owner())
          .text(item.type())
          .text(item.due())
          .unsigned(item.dueIsDate() ? 1 : 0)
          .unsigned(item.links().size());
      for (String link : item.links()) {
        out.text(link);
      }
    }
    return new PackedIncident(out.toBytes());
  }

  /** The record as it was packed. */
  public IncidentRecord unpack() {
    PackedBytes.Reader in = new PackedBytes.Reader(bytes);
    String file = in.text();
    String id = in.text();
    String title = in.text();
    Optional<LocalDate> date =
        in.unsigned() == 1 ? Optional.of(LocalDate.ofEpochDay(in.signed())) : Optional.empty();
    String severity = in.text();
    String status = in.text();
    int templateItems = in.unsignedInt();
    int present = in.unsignedInt();
    Map<Figure, Duration> durations = new EnumMap<>(Figure.class);
    for (Figure f : FIGURES) {
      if ((present & (1 << code(f))) != 0) {
        durations.put(f, Duration.ofSeconds(in.signed(), in.unsigned()));
      }
    }
    Optional<LocalDateTime> start = moment(in);
    Optional<LocalDateTime> end = moment(in);
    int count = in.unsignedInt();
    List<ItemRecord> items = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      items.add(item(in));
    }
    return new IncidentRecord(
        file, id, title, date, severity, status, items, templateItems, durations, start, end);
  }

  /** A start or end: whether there is one, then its day and its time of day (local, no zone). */
  private static void moment(PackedBytes.Writer out, Optional<LocalDateTime> t) {
    out.unsigned(t.isPresent() ? 1 : 0);
    t.ifPresent(
        m -> out.signed(m.toLocalDate().toEpochDay()).unsigned(m.toLocalTime().toNanoOfDay()));
  }

  private static Optional<LocalDateTime> moment(PackedBytes.Reader in) {
    if (in.unsigned() != 1) {
      return Optional.empty();
    }
    LocalDate day = LocalDate.ofEpochDay(in.signed());
    return Optional.of(day.atTime(LocalTime.ofNanoOfDay(in.unsigned())));
  }

  private static ItemRecord item(PackedBytes.Reader in) {
    int line = Math.toIntExact(in.signed());
    ActionItem.Form form = FORMS[in.unsignedInt()];
    ActionStatus status = STATUSES[in.unsignedInt()];
    String id = in.text();
    String action = in.text();
    String owner = in.text();
    String type = in.text();
    String due = in.text();
    boolean dueIsDate = in.unsigned() == 1;
    int linkCount = in.unsignedInt();
    List<String> links = new ArrayList<>(linkCount);
    for (int i = 0; i < linkCount; i++) {
      links.add(in.text());
    }
    return new ItemRecord(line, form, status, id, action, owner, type, due, dueIsDate, links);
  }

  /**
   * An enum constant's code in the bytes. The bytes live for one run in one process and are never
   * written anywhere, so the constant's position is a stable code (the result cache stores {@link
   * IncidentRecord}, by name).
   */
  @SuppressWarnings("EnumOrdinal")
  private static int code(Enum<?> constant) {
    return constant.ordinal();
  }

  /** The file, read without unpacking the rest. */
  public String file() {
    return new PackedBytes.Reader(bytes).text();
  }

  /** How many bytes the record takes packed, headers aside. */
  int packedSize() {
    return bytes.length;
  }

  /**
   * The incidents sorted by file, as the outputs list them; each file is unpacked once for the
   * sort, not once per comparison.
   */
  static List<PackedIncident> inFileOrder(List<PackedIncident> incidents) {
    record Keyed(String file, PackedIncident incident) {}
    Keyed[] keyed = new Keyed[incidents.size()];
    for (int i = 0; i < keyed.length; i++) {
      keyed[i] = new Keyed(incidents.get(i).file(), incidents.get(i));
    }
    Arrays.sort(keyed, Comparator.comparing(Keyed::file));
    List<PackedIncident> sorted = new ArrayList<>(keyed.length);
    for (Keyed k : keyed) {
      sorted.add(k.incident());
    }
    return sorted;
  }

  /**
   * The incidents as records, each unpacked when it is asked for and not kept, so a caller going
   * through them holds one at a time.
   */
  static List<IncidentRecord> unpacking(List<PackedIncident> incidents) {
    return new Unpacking(List.copyOf(incidents));
  }

  private static final class Unpacking extends AbstractList<IncidentRecord>
      implements RandomAccess {

    private final List<PackedIncident> packed;

    Unpacking(List<PackedIncident> packed) {
      this.packed = packed;
    }

    @Override
    public IncidentRecord get(int index) {
      return packed.get(index).unpack();
    }

    @Override
    public int size() {
      return packed.size();
    }
  }
}
