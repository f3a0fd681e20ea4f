package io.github.fourfold.examples.qualify;

import io.github.fourfold.Verdict;
import io.github.fourfold.json.FramedRecord;
import io.github.fourfold.json.LeadReader;
import io.github.fourfold.json.LeadRecord;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The run of {@code qualify --threads N} for N of 2 or more: one thread frames the inputs (the
 * library's reader cuts lines and array elements, {@code LeadReader.frame()}) into batches; N
 * worker threads read (parse) the records of a batch, qualify the leads and format their lines
 * into bytes; the calling thread takes the batches in input order and writes them. The output is
 * byte for byte that of one thread.
 *
 * <p>Memory stays bounded whatever the input: a batch holds at most {@value #BATCH_RECORDS}
 * records and closes once {@value #BATCH_BYTES} bytes of input were read for it; at most twice as
 * many batches as workers (and no more than 32) are in flight (read, not yet written), holding together at most {@value
 * #BUDGET_BYTES} bytes of input, plus the batch being read. The reader waits for the writer, never
 * the other way round.
 *
 * <p>When writing fails (or a batch fails in a way no lead explains), the calling thread stops the
 * reader and the workers and the failure goes on to the command; nothing after the failed batch
 * is written. Every thread is a daemon, so a reader blocked on a silent standard input cannot keep
 * the JVM alive after the command has finished.
 */
final class Pipeline {
  /** The most records in a batch. */
  static final int BATCH_RECORDS = 256;
  /** A batch closes once this much input was read for it. */
  static final int BATCH_BYTES = 64 * 1024;
  /** The most input, in bytes, that the batches in flight were read from. */
  static final int BUDGET_BYTES = 2 * 1024 * 1024;
  /** The most threads {@code --threads} may ask for. */
  static final int MAX_THREADS = 256;

  /** The reader's side: the input of a record batch, and how to read an input. */
  interface Inputs {
    /** The inputs, in order. */
    List<QualifyCommand.Input> list();

    /** Opens an input. */
    InputStream open(QualifyCommand.Input input) throws IOException;

    /** The library's reader of an input, with its framing. */
    LeadReader reader(QualifyCommand.Input input, InputStream in);
  }

  /** The writer's side: called on the calling thread, for each batch, in input order. */
  interface Writer {
    /** Writes a formatted batch and records what it holds. */
    void write(Batch batch) throws IOException;
  }

  /** Records of one input, in order, and once formatted, their lines. */
  static final class Batch {
    final QualifyCommand.Input input;
    /** The records as framed by the reader thread; a worker reads (parses) them. */
    private final List<FramedRecord> framed;
    private final @Nullable LeadRecord[] records;
    /** The input failed after these records (when not null): the rest of it is not read. */
    final @Nullable IOException unread;
    /** The bytes of input charged for the batch against {@link #BUDGET_BYTES}. */
    private final int charge;
    private final ByteArrayOutputStream lines = new ByteArrayOutputStream();
    private final @Nullable Verdict[] verdicts;
    private int formatted;
    /** What stopped the formatting after {@link #formatted} records, when something did. */
    private @Nullable Throwable failure;

    Batch(QualifyCommand.Input input, List<FramedRecord> framed, int charge, @Nullable IOException unread) {
      this.input = input;
      this.framed = framed;
      this.records = new LeadRecord[framed.size()];
      this.charge = charge;
      this.unread = unread;
      this.verdicts = new Verdict[framed.size()];
    }

    /**
     * How many records, from the first, have their line: all of them, unless formatting one failed
     * in a way no lead explains (then the run stops after writing these).
     */
    int formatted() {
      return formatted;
    }

    /** How many records the batch holds. */
    int size() {
      return framed.size();
    }

    /** Each formatted record's verdict, or null for an error line. */
    @Nullable Verdict verdict(int record) {
      formattedOrThrow(record);
      return verdicts[record];
    }

    /** Each formatted record, as read. */
    LeadRecord record(int record) {
      formattedOrThrow(record);
      return Objects.requireNonNull(records[record]);
    }

    private void formattedOrThrow(int record) {
      if (record >= formatted) {
        throw new IndexOutOfBoundsException("record " + record + " of " + formatted + " formatted");
      }
    }

    /** Writes the batch's lines. */
    void writeLinesTo(OutputStream out) throws IOException {
      lines.writeTo(out);
    }

    /**
     * Reads every record and formats its line, with a formatter of its own over the batch's
     * buffer: parsing happens here, on the worker, so it is spread over the threads too.
     */
    Batch format(Function<OutputStream, LineFormatter> formatters) throws IOException {
      LineFormatter formatter = formatters.apply(lines);
      try {
        while (formatted < verdicts.length) {
          LeadRecord record = framed.get(formatted).read();
          records[formatted] = record;
          verdicts[formatted] = formatter.write(input.file, record);
          formatted++;
        }
      } catch (RuntimeException | Error e) {
        // The lines before it are kept: they are written before the failure goes on.
        failure = e;
      } finally {
        formatter.flush();
      }
      return this;
    }
  }

  private static final AtomicInteger RUNS = new AtomicInteger();

  private final Inputs inputs;
  private final Function<OutputStream, LineFormatter> formatters;
  private final ExecutorService workers;
  private final BlockingQueue<Future<Batch>> window;
  private final Semaphore budget = new Semaphore(BUDGET_BYTES);
  /** Ends the window: the reader has read every input (or failed, and said so before). */
  private final Batch end;
  private final Thread reader;
  private volatile boolean stopped;
  /** Bytes read from the inputs so far; the reader thread's own. */
  private long consumed;

  /**
   * Sets up the threads; {@link #run} starts them.
   *
   * @param threads worker threads, 2 or more
   */
  Pipeline(int threads, Inputs inputs, Function<OutputStream, LineFormatter> formatters) {
    if (threads < 2 || threads > MAX_THREADS) {
      throw new IllegalArgumentException("threads: 2 to " + MAX_THREADS);
    }
    this.inputs = inputs;
    this.formatters = formatters;
    int run = RUNS.incrementAndGet();
    AtomicInteger worker = new AtomicInteger();
    this.workers = Executors.newFixedThreadPool(threads, task -> daemon(task, "qualify-" + run + "-worker-" + worker.incrementAndGet()));
    // Two batches per worker keep each busy while the writer waits for the oldest.
    this.window = new ArrayBlockingQueue<>(Math.min(2 * threads, 32));
    this.end = new Batch(QualifyCommand.Input.standardInput(), List.of(), 0, null);
    this.reader = daemon(this::read, "qualify-" + run + "-reader");
  }

  private static Thread daemon(Runnable task, String name) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  /**
   * Reads, qualifies and writes every input; returns when all is written, or throws the first
   * failure (of the writer, or one no lead explains) after stopping every thread.
   *
   * @throws IOException when the writer fails
   */
  void run(Writer writer) throws IOException {
    reader.start();
    try {
      for (Batch batch = take(); batch != end; batch = take()) {
        writer.write(batch);
        budget.release(batch.charge);
        Throwable failure = batch.failure;
        if (failure instanceof Error) {
          throw (Error) failure;
        }
        if (failure != null) {
          throw (RuntimeException) failure;
        }
      }
    } finally {
      stop();
    }
  }

  /** The oldest batch in flight, once formatted; a failure of its worker or the reader is thrown. */
  private Batch take() {
    boolean interrupted = false;
    try {
      Future<Batch> oldest;
      while (true) {
        try {
          oldest = window.take();
          break;
        } catch (InterruptedException e) {
          // The writer's thread is the command's: it finishes what it does and passes the
          // interrupt on when it returns.
          interrupted = true;
        }
      }
      while (true) {
        try {
          return oldest.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof Error) {
            throw (Error) cause;
          }
          if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
          }
          // Formatting into memory throws no IOException; anything else is a bug.
          throw new IllegalStateException("a batch failed", cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Stops the reader and the workers, and waits a moment for them (the reader may be blocked on input). */
  private void stop() {
    stopped = true;
    workers.shutdownNow();
    reader.interrupt();
    try {
      workers.awaitTermination(2, TimeUnit.SECONDS);
      reader.join(TimeUnit.SECONDS.toMillis(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The reader thread: every input in order, then the end of the window. */
  private void read() {
    try {
      for (QualifyCommand.Input input : inputs.list()) {
        if (!read(input)) {
          return;
        }
      }
      window.put(CompletableFuture.completedFuture(end));
    } catch (InterruptedException | RejectedExecutionException e) {
      // Stopped by the writer: nobody waits for more.
    } catch (RuntimeException | Error e) {
      // Not reached by any input we know of; the writer rethrows it after what was read before.
      try {
        window.put(CompletableFuture.failedFuture(e));
      } catch (InterruptedException stoppedMeanwhile) {
        // Nobody waits for it any more.
      }
    }
  }

  /**
   * Reads one input in batches; a failure to read it ends its last batch, which says so.
   *
   * @return false when stopped
   */
  private boolean read(QualifyCommand.Input input) throws InterruptedException {
    List<FramedRecord> batch = new ArrayList<>();
    long mark = consumed;
    try (InputStream in = new CountingInputStream(inputs.open(input))) {
      LeadReader leads = inputs.reader(input, in);
      for (FramedRecord record = leads.frame(); record != null; record = leads.frame()) {
        if (stopped) {
          return false;
        }
        batch.add(record);
        if (batch.size() >= BATCH_RECORDS || consumed - mark >= BATCH_BYTES) {
          submit(input, batch, consumed - mark, null);
          batch = new ArrayList<>();
          mark = consumed;
        }
      }
    } catch (IOException e) {
      if (stopped) {
        return false;
      }
      submit(input, batch, consumed - mark, e);
      return true;
    }
    if (!batch.isEmpty()) {
      submit(input, batch, consumed - mark, null);
    }
    return !stopped;
  }

  /** Hands a batch to a worker and its future to the writer, once the budget and the window allow. */
  private void submit(QualifyCommand.Input input, List<FramedRecord> records, long read, @Nullable IOException unread)
      throws InterruptedException {
    // A batch with one record over the rest of the budget still goes, alone.
    int charge = (int) Math.min(read, BUDGET_BYTES);
    budget.acquire(charge);
    Batch batch = new Batch(input, records, charge, unread);
    window.put(records.isEmpty()
        ? CompletableFuture.completedFuture(batch)
        : workers.submit(() -> batch.format(formatters)));
  }

  /** Counts the bytes the library's reader takes from an input into {@link #consumed}. */
  private final class CountingInputStream extends FilterInputStream {
    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        consumed++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        consumed += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(n);
      consumed += Math.max(skipped, 0);
      return skipped;
    }
  }
}
