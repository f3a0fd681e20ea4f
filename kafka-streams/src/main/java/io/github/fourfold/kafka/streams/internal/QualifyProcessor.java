package io.github.fourfold.kafka.streams.internal;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.QualifierFailedException;
import io.github.fourfold.Verdict;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.jackson.FourfoldJsonException;
import io.github.fourfold.kafka.streams.VerdictChange;
import io.github.fourfold.model.Lead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.Cancellable;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jspecify.annotations.Nullable;

/**
 * Qualifies each lead that arrives, keeps it, and re-qualifies every kept lead when the day
 * changes: the one processor of the topology. One instance per task (partition), on one thread.
 */
final class QualifyProcessor implements Processor<byte[], byte[], byte[], byte[]> {
  /** The key of the pass state under which the day of the current (or last) pass is kept. */
  static final String PASS_DAY = "day";

  /** The key of the pass state under which the last lead id done in the current pass is kept. */
  static final String PASS_AFTER = "after";

  private static final byte[] NO_BYTES = new byte[0];

  private final TopologySettings settings;
  private final FourfoldJson json;
  private final Qualifier qualifier;
  /** Each new result as of a fixed date, to compare with the stored one; reused for every lead. */
  private final WriteBuffer normalized = new WriteBuffer();
  private @Nullable ProcessorContext<byte[], byte[]> context;
  private @Nullable KeyValueStore<String, byte[]> leads;
  private @Nullable KeyValueStore<String, String> pass;
  private @Nullable Sensor deadLetters;
  private @Nullable Cancellable punctuation;

  QualifyProcessor(TopologySettings settings) {
    this.settings = settings;
    this.json = settings.json();
    this.qualifier = settings.qualifier();
  }

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
    this.leads = context.getStateStore(settings.leadStore());
    this.pass = context.getStateStore(settings.passStore());
    this.deadLetters =
        context
            .metrics()
            .addRateTotalSensor(
                TopologySettings.METRIC_SCOPE,
                settings.name() + "-" + context.taskId(),
                TopologySettings.DEAD_LETTER_OPERATION,
                Sensor.RecordingLevel.INFO);
    this.punctuation =
        context.schedule(
            settings.requalifyInterval(), PunctuationType.WALL_CLOCK_TIME, this::requalify);
  }

  @Override
  public void close() {
    Cancellable scheduled = punctuation;
    if (scheduled != null) {
      scheduled.cancel();
    }
    Sensor sensor = deadLetters;
    if (sensor != null && context != null) {
      context.metrics().removeSensor(sensor);
    }
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    ProcessorContext<byte[], byte[]> ctx = ready(context);
    KeyValueStore<String, byte[]> store = ready(leads);
    Optional<RecordMetadata> meta = ctx.recordMetadata();
    String topic = meta.map(RecordMetadata::topic).orElse(settings.inputTopic());
    int partition = meta.map(RecordMetadata::partition).orElse(-1);
    long offset = meta.map(RecordMetadata::offset).orElse(-1L);
    byte[] key = record.key();
    byte[] value = record.value();
    if (key == null) {
      deadLetter(record, topic, partition, offset, null, DeadLetter.KEY_MISMATCH, null,
          "expected a key: the lead's id");
      return;
    }
    String leadId = new String(key, StandardCharsets.UTF_8);
    if (value == null) {
      store.delete(leadId);
      ctx.forward(new Record<>(key, null, record.timestamp()), settings.resultsSink());
      return;
    }
    Lead lead;
    try {
      lead = json.readLead(value);
    } catch (FourfoldJsonException e) {
      deadLetter(record, topic, partition, offset, e.leadId(), e.code().name(), e.pointer(),
          e.getMessage());
      return;
    }
    if (!lead.id().equals(leadId)) {
      deadLetter(record, topic, partition, offset, lead.id(), DeadLetter.KEY_MISMATCH, "/id",
          "expected the record's key to be the lead's id");
      return;
    }
    byte[] stored = store.get(leadId);
    StoredLead before = stored == null ? null : StoredLead.from(stored);
    QualificationResult result;
    try {
      result = qualify(lead, today());
    } catch (RuntimeException e) {
      // Keep the new lead (with the last result) so that the next pass tries it again.
      store.put(leadId, before == null
          ? StoredLead.of(value, null, NO_BYTES).bytes()
          : before.withLead(value).bytes());
      deadLetter(record, topic, partition, offset, lead.id(), DeadLetter.QUALIFIER_FAILED, null,
          failure(e));
      return;
    }
    StoredLead after = emitIfChanged(key, before, value, false, result, record.timestamp());
    if (after != null) {
      store.put(leadId, after.bytes());
    }
  }

  /**
   * Emits the result (and the verdict change) when it differs from the last one in anything but
   * {@code asOf}; returns what to store, or null when the stored entry is already right.
   * {@code stored} says that {@code lead} is the stored lead itself (a daily pass), so it need not
   * be compared.
   */
  private @Nullable StoredLead emitIfChanged(
      byte[] key, @Nullable StoredLead before, byte[] lead, boolean stored,
      QualificationResult result, long timestamp) {
    ProcessorContext<byte[], byte[]> ctx = ready(context);
    writeNormalized(result);
    Verdict previous = before == null ? null : before.verdict();
    if (before != null && previous != null && before.resultEquals(normalized)) {
      return stored || before.leadEquals(lead) ? null : before.withLead(lead);
    }
    ctx.forward(new Record<>(key, write(result), timestamp), settings.resultsSink());
    if (previous != result.verdict()) {
      ctx.forward(
          new Record<>(key, VerdictChange.of(previous, result).toJson(), timestamp),
          settings.verdictChangesSink());
    }
    return StoredLead.of(lead, result.verdict(), normalized);
  }

  /** The punctuation: continues (or starts) today's pass over the stored leads, one batch. */
  void requalify(long timestamp) {
    KeyValueStore<String, byte[]> store = ready(leads);
    KeyValueStore<String, String> state = ready(pass);
    LocalDate today = today();
    String day = state.get(PASS_DAY);
    String after = state.get(PASS_AFTER);
    if (day == null || LocalDate.parse(day).isBefore(today)) {
      // A new day: start over, as of today, also when yesterday's pass did not finish.
      state.put(PASS_DAY, today.toString());
      after = null;
    } else if (after == null) {
      return; // today's pass is done
    } else {
      today = LocalDate.parse(day);
    }
    List<KeyValue<String, byte[]>> batch = new ArrayList<>(settings.requalifyBatchSize());
    boolean more;
    // Read the batch first and close the iterator before writing to the store.
    try (KeyValueIterator<String, byte[]> it =
        after == null ? store.all() : store.range(after, null)) {
      while (it.hasNext() && batch.size() < settings.requalifyBatchSize()) {
        KeyValue<String, byte[]> entry = it.next();
        if (!entry.key.equals(after)) {
          batch.add(entry);
        }
      }
      more = it.hasNext();
    }
    for (KeyValue<String, byte[]> entry : batch) {
      requalify(store, entry.key, StoredLead.from(entry.value), today, timestamp);
    }
    if (more && !batch.isEmpty()) {
      state.put(PASS_AFTER, batch.get(batch.size() - 1).key);
    } else {
      state.delete(PASS_AFTER);
    }
  }

  private void requalify(
      KeyValueStore<String, byte[]> store, String leadId, StoredLead stored, LocalDate day,
      long timestamp) {
    byte[] key = leadId.getBytes(StandardCharsets.UTF_8);
    byte[] value = stored.lead();
    Lead lead;
    QualificationResult result;
    try {
      lead = json.readLead(value);
    } catch (FourfoldJsonException e) {
      // Only when the reader was made stricter since the lead was stored.
      deadLetter(new Record<>(key, value, timestamp), null, -1, -1, leadId, e.code().name(),
          e.pointer(), e.getMessage());
      return;
    }
    try {
      result = qualify(lead, day);
    } catch (RuntimeException e) {
      deadLetter(new Record<>(key, value, timestamp), null, -1, -1, leadId,
          DeadLetter.QUALIFIER_FAILED, null, failure(e));
      return;
    }
    StoredLead after = emitIfChanged(key, stored, value, true, result, timestamp);
    if (after != null) {
      store.put(leadId, after.bytes());
    }
  }

  private QualificationResult qualify(Lead lead, LocalDate asOf) {
    QualificationResult result = qualifier.qualify(lead, asOf);
    if (result == null) {
      throw new QualifierReturnedNothing();
    }
    return result;
  }

  private String failure(RuntimeException e) {
    if (e instanceof QualifierFailedException) {
      // Says which qualifier failed and how, in words that never quote the lead.
      return String.valueOf(e.getMessage());
    }
    // Any other exception's message may quote the lead: name its class only.
    String what = e instanceof QualifierReturnedNothing ? "returned no result" : "threw " + e.getClass().getName();
    return String.valueOf(new QualifierFailedException(qualifier.id(), what, null).getMessage());
  }

  private void deadLetter(
      Record<byte[], byte[]> record, @Nullable String topic, int partition, long offset,
      @Nullable String id, String code, @Nullable String pointer, String message) {
    byte[] line = DeadLetter.line(topic, partition, offset, id, code, pointer, message);
    ready(context).forward(record.withValue(line), settings.deadLetterSink());
    ready(deadLetters).record();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(settings.clock().instant(), settings.zone());
  }

  /**
   * Writes the result as of a fixed date into {@link #normalized}, for comparing two results
   * ignoring {@code asOf}.
   */
  private void writeNormalized(QualificationResult result) {
    QualificationResult asOfEpoch = result;
    if (!result.asOf().equals(LocalDate.EPOCH)) {
      QualificationResult.Builder copy = QualificationResult.builder();
      copy.from(result);
      copy.asOf(LocalDate.EPOCH);
      asOfEpoch = copy.build();
    }
    normalized.clear();
    write(asOfEpoch, normalized);
  }

  private byte[] write(QualificationResult result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    write(result, out);
    return out.toByteArray();
  }

  private void write(QualificationResult result, ByteArrayOutputStream out) {
    try {
      json.writeResult(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> T ready(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("the processor is used before init");
    }
    return value;
  }

  /** A qualifier returned null. */
  private static final class QualifierReturnedNothing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    QualifierReturnedNothing() {
      super(null, null, false, false);
    }
  }
}
