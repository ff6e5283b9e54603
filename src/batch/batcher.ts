/** What one pool task carries at most. */
export interface BatchLimits {
  readonly bytes: number;
  readonly documents: number;
}

/**
 * A task's round trip between threads (copying it in and its outcome out, the queue's and the
 * pool's bookkeeping) cost ~0.1 ms of CPU, as much as processing 0.5 KB of text; 32 KB of documents
 * make it a few per cent of a task and keep a task short enough to share out between threads.
 */
export const BATCH_LIMITS: BatchLimits = { bytes: 32 * 1024, documents: 256 };

/**
 * Gathers items into batches for `send`. A batch goes when full, or on the event loop's next turn:
 * once the reader has no further item ready (a JSONL file yields every line of a chunk read within
 * one turn, a folder one file a turn), so an item never waits on a slow input. Batches are sent one
 * after another, each once the one before has been accepted: `send` applies the back-pressure.
 */
export class Batcher<T> {
  private items: T[] = [];
  private bytes = 0;
  private flushQueued = false;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly send: (items: T[]) => Promise<void>,
    private readonly limits: BatchLimits = BATCH_LIMITS,
  ) {}

  /** Resolves at once, or, when this item fills a batch, once that batch has been sent. */
  add(item: T, bytes: number): Promise<void> {
    this.items.push(item);
    this.bytes += bytes;
    if (this.bytes >= this.limits.bytes || this.items.length >= this.limits.documents) return this.flush();
    if (!this.flushQueued) {
      this.flushQueued = true;
      setImmediate(() => {
        this.flushQueued = false;
        // A failed send is not lost: it rejects every later add that fills a batch, and the last flush.
        this.flush().catch(() => undefined);
      });
    }
    return Promise.resolve();
  }

  /** Sends what is gathered; resolves once every batch so far has been sent. */
  flush(): Promise<void> {
    if (this.items.length > 0) {
      const items = this.items;
      this.items = [];
      this.bytes = 0;
      this.sending = this.sending.then(() => this.send(items));
    }
    return this.sending;
  }
}
