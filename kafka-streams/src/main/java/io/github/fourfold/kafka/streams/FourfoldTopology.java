package io.github.fourfold.kafka.streams;

import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.kafka.streams.internal.TopologySettings;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.kafka.streams.Topology;
import org.jspecify.annotations.Nullable;

/**
 * Builds the Kafka Streams topology that keeps every lead's qualification current: as the lead
 * changes, and as days pass.
 *
 * <pre>{@code
 * Topology topology = FourfoldTopology.builder()
 *     .inputTopic("leads")
 *     .resultsTopic("lead-results")
 *     .verdictChangesTopic("lead-verdict-changes")
 *     .deadLetterTopic("leads-dead-letters")
 *     .zone(ZoneId.of("Europe/Berlin"))
 *     .build();
 * }</pre>
 *
 * <p><b>Input.</b> Key: the lead's id (UTF-8); value: the lead's full current JSON (format version
 * 1). A tombstone ({@code null} value) deletes the lead: its state is removed and a tombstone goes
 * to the results topic.
 *
 * <p><b>Results topic.</b> The lead's {@link QualificationResult} as JSON, keyed by lead id,
 * whenever the result changes in anything but {@code asOf}: an edit that changes nothing emits
 * nothing.
 *
 * <p><b>Verdict-changes topic.</b> A {@link VerdictChange} as JSON, keyed by lead id, whenever the
 * verdict changes, the lead's first verdict included.
 *
 * <p><b>The calendar.</b> Every {@linkplain Builder#requalifyInterval(Duration) interval} of wall
 * clock time, the processor checks the date in the {@linkplain Builder#zone(ZoneId) zone}. When a
 * new day has begun, every stored lead is qualified again as of that day, and only changes are
 * emitted, so deadlines, staleness and revisit dates take effect without an input event. The pass
 * is spread over punctuations, at most {@linkplain Builder#requalifyBatchSize(int) a batch} of
 * leads each, with its position kept in a state store, so that it never stalls processing and
 * resumes where it stopped after a restart or rebalance.
 *
 * <p><b>Dead letters.</b> A value that is not a valid lead, a key that is missing or is not the
 * lead's id ({@code KEY_MISMATCH}), and a qualifier that throws or returns null
 * ({@code QUALIFIER_FAILED}) go to the dead-letter topic with the record's key and headers, as the
 * error line of the JSON format: {@code {"error":{"topic":...,"partition":...,"offset":...,
 * "id":...,"code":...,"pointer":...,"message":...}}} ({@code id} when it could be read,
 * {@code pointer} when there is one; no topic, partition and offset when a daily pass fails).
 * Processing goes on with the next record; the metrics {@code dead-letter-total} and
 * {@code dead-letter-rate} (group {@value #METRIC_GROUP}) count them.
 *
 * <p>State: two persistent key-value stores, {@code <name>-leads} (each lead's JSON and its last
 * result, keyed by lead id) and {@code <name>-requalify-pass}, each with a changelog topic. Works
 * with {@code processing.guarantee=exactly_once_v2}.
 */
public final class FourfoldTopology {
  /** The group of the topology's metrics. */
  public static final String METRIC_GROUP = "stream-" + TopologySettings.METRIC_SCOPE + "-metrics";

  /** The name of the metric that counts dead letters since the task started. */
  public static final String DEAD_LETTER_TOTAL_METRIC =
      TopologySettings.DEAD_LETTER_OPERATION + "-total";

  private FourfoldTopology() {}

  /**
   * Starts configuring the topology.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures the topology: topics, qualifier, time zone, clock and the daily pass. */
  public static final class Builder {
    /** Kafka's rule for topic names. */
    private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    private @Nullable String inputTopic;
    private @Nullable String resultsTopic;
    private @Nullable String verdictChangesTopic;
    private @Nullable String deadLetterTopic;
    private @Nullable Qualifier qualifier;
    private @Nullable QualificationPolicy policy;
    private FourfoldJson json = FourfoldJson.ofDefaults();
    private ZoneId zone = ZoneOffset.UTC;
    private Clock clock = Clock.systemUTC();
    private Duration requalifyInterval = Duration.ofSeconds(1);
    private int requalifyBatchSize = 5_000;
    private String name = "fourfold";

    private Builder() {}

    /**
     * The topic of leads, keyed by lead id; required.
     *
     * @param topic a Kafka topic name
     * @return this builder
     */
    public Builder inputTopic(String topic) {
      this.inputTopic = topic(topic, "inputTopic");
      return this;
    }

    /**
     * The topic that gets each changed result; required.
     *
     * @param topic a Kafka topic name
     * @return this builder
     */
    public Builder resultsTopic(String topic) {
      this.resultsTopic = topic(topic, "resultsTopic");
      return this;
    }

    /**
     * The topic that gets a {@link VerdictChange} for each changed verdict; required.
     *
     * @param topic a Kafka topic name
     * @return this builder
     */
    public Builder verdictChangesTopic(String topic) {
      this.verdictChangesTopic = topic(topic, "verdictChangesTopic");
      return this;
    }

    /**
     * The topic that gets the records that could not be qualified; required.
     *
     * @param topic a Kafka topic name
     * @return this builder
     */
    public Builder deadLetterTopic(String topic) {
      this.deadLetterTopic = topic(topic, "deadLetterTopic");
      return this;
    }

    /**
     * The qualifier; the default is the four-question rule with the {@linkplain
     * #policy(QualificationPolicy) policy}. It must be thread-safe and must not read the clock
     * (the topology passes the date).
     *
     * @param qualifier the qualifier
     * @return this builder
     */
    public Builder qualifier(Qualifier qualifier) {
      this.qualifier = Objects.requireNonNull(qualifier, "qualifier");
      return this;
    }

    /**
     * The policy of the default four-question rule; the rule's defaults unless set. Not allowed
     * together with {@link #qualifier(Qualifier)}: pass {@code Qualifier.fourQuestion(policy)}
     * inside your qualifier instead.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(QualificationPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The JSON reader and writer (strict mode, limits); the format's defaults unless set.
     *
     * @param json the reader and writer
     * @return this builder
     */
    public Builder json(FourfoldJson json) {
      this.json = Objects.requireNonNull(json, "json");
      return this;
    }

    /**
     * The time zone whose date is "today", the date leads are qualified as of; UTC unless set.
     *
     * @param zone the time zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * The clock that says when now is; the system clock unless set. For tests: a clock you
     * move, together with {@code TopologyTestDriver.advanceWallClockTime}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How often (in wall-clock time) the processor checks for a new day and, during a pass,
     * re-qualifies the next batch; one second unless set.
     *
     * @param interval at least one millisecond
     * @return this builder
     */
    public Builder requalifyInterval(Duration interval) {
      if (interval.compareTo(Duration.ofMillis(1)) < 0) {
        throw new IllegalArgumentException("requalifyInterval must be at least 1 ms");
      }
      this.requalifyInterval = interval;
      return this;
    }

    /**
     * The most leads one punctuation re-qualifies, per task; 5,000 unless set. It bounds how
     * long a punctuation holds up the processing of new records.
     *
     * @param leads at least 1
     * @return this builder
     */
    public Builder requalifyBatchSize(int leads) {
      if (leads < 1) {
        throw new IllegalArgumentException("requalifyBatchSize must be at least 1");
      }
      this.requalifyBatchSize = leads;
      return this;
    }

    /**
     * The prefix of the topology's node and store names, so that two of them can share one
     * topology; {@code "fourfold"} unless set. Changing it on a running application abandons
     * its state.
     *
     * @param name letters, digits, {@code .}, {@code _} and {@code -}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = topic(name, "name");
      return this;
    }

    /**
     * Builds a new topology.
     *
     * @return the topology
     * @throws IllegalStateException when a topic is not set, or two topics are the same
     */
    public Topology build() {
      return addTo(new Topology());
    }

    /**
     * Adds the nodes and stores to a topology of your own, next to your other processing.
     *
     * @param topology the topology to add to
     * @return the same topology
     * @throws IllegalStateException when a topic is not set, or two topics are the same
     */
    public Topology addTo(Topology topology) {
      return settings().addTo(topology);
    }

    /**
     * The qualifier the topology will use: the one set, else the four-question rule with the
     * policy.
     *
     * @return the qualifier
     */
    public Qualifier qualifierInUse() {
      if (qualifier != null && policy != null) {
        throw new IllegalStateException(
            "set either a qualifier or a policy for the default rule, not both");
      }
      if (qualifier != null) {
        return qualifier;
      }
      return policy == null ? Qualifier.fourQuestion() : Qualifier.fourQuestion(policy);
    }

    private TopologySettings settings() {
      String in = required(inputTopic, "inputTopic");
      String results = required(resultsTopic, "resultsTopic");
      String changes = required(verdictChangesTopic, "verdictChangesTopic");
      String dead = required(deadLetterTopic, "deadLetterTopic");
      Set<String> topics = new HashSet<>(Set.of(in));
      for (String out : new String[] {results, changes, dead}) {
        if (!topics.add(out)) {
          throw new IllegalStateException(
              "the input, results, verdict-changes and dead-letter topics must all differ");
        }
      }
      return new TopologySettings(
          name, in, results, changes, dead, qualifierInUse(), json, zone, clock,
          requalifyInterval, requalifyBatchSize);
    }

    private static String required(@Nullable String topic, String what) {
      if (topic == null) {
        throw new IllegalStateException(what + " must be set");
      }
      return topic;
    }

    private static String topic(String topic, String what) {
      if (!TOPIC.matcher(topic).matches()) {
        throw new IllegalArgumentException(
            what + " must be 1 to 249 letters, digits, '.', '_' or '-'");
      }
      return topic;
    }
  }
}
