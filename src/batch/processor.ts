import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ResolvedConfig } from '../config/index.js';
import type { DocumentInput } from '../pipeline.js';
import { mergeBatchOutcomes, type BatchOutcome, type StoreMode } from './outcome.js';
import type { Task } from './worker.js';

export interface Processor {
  /**
   * One outcome per document, in no set order. Never rejects for a thread lost under a document: that
   * document (and only that one) gets a failed outcome.
   */
  process(inputs: readonly DocumentInput[]): Promise<BatchOutcome>;
  close(): Promise<void>;
}

export const defaultJobs = (): number => availableParallelism();

export interface ThreadBounds {
  /** A pool thread's heap, in MB (Node's `resourceLimits`). */
  readonly heap: { readonly maxOldGenerationSizeMb: number; readonly maxYoungGenerationSizeMb: number };
  /** Documents of at least this many bytes go straight to the roomy thread: within the bound they would only thrash. */
  readonly roomyFromBytes: number;
}

/**
 * A pool thread's heap bound. V8 lets an unbounded heap grow to several times its live data before
 * it collects (a thread's rule tables and one document live in ~40 MB, yet each thread peaked near
 * 200 MB), so bounding it is what keeps a run's memory flat; a small young generation trades a few
 * more minor collections for ~25 MB less per thread. The old generation's bound also caps how far
 * V8 lets it grow while both threads warm up, when a run's memory peaks: 64 MB instead of 96 took
 * that peak from 281–297 to 263–273 MB on the 20 MB benchmark at the same speed. Documents of up
 * to ~0.25 MB fit in it; some of 0.5–2 MB ran a thread out of heap, so from 256 KB a document goes
 * straight to the roomy thread (48 MB thrashed on every document).
 */
const defaultBounds = (jobs: number): ThreadBounds => ({
  // A lone pool thread takes the young generation a second one would have had: 16 MB instead of 4
  // ran the 20 MB benchmark 6–12% faster for +17 MB (201 MB in all); with two threads it cost 40 MB.
  heap: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: jobs === 1 ? 16 : 4 },
  roomyFromBytes: 256 * 1024,
});

export interface ProcessorOptions {
  readonly resolved: ResolvedConfig;
  /** Pool threads. */
  readonly jobs: number;
  readonly outDir: string;
  readonly mode: StoreMode;
  /**
   * Run documents on the calling thread instead, with no pool: for embedding and tests, where the
   * caller owns the heap. The command line never does: a main thread's heap has no bound.
   */
  readonly inline?: boolean;
  readonly bounds?: ThreadBounds;
}

/**
 * Documents run on a pool of `jobs` worker threads, even with one job: the main thread's heap cannot
 * be bounded once the process has started (V8 ignores a heap flag set at run time), and one job on
 * the main thread took the run to ~270 MB on 20 MB of documents; the calling thread only reads,
 * hashes and keeps the books.
 * Records are the same bytes however many threads there are: each runs the same pure
 * `processDocument`.
 *
 * Pool threads have a bounded heap; a document that needs more (a very large one, or one that hit
 * the bound) runs on a single thread without a bound, started only when such a document comes.
 */
export async function createProcessor({ resolved, jobs, outDir, mode, inline = false, bounds = defaultBounds(jobs) }: ProcessorOptions): Promise<Processor> {
  if (inline) {
    const { processBatch } = await import('./store.js');
    return { process: async (inputs) => processBatch(inputs, resolved, outDir, mode), close: async () => {} };
  }
  const startPool = (threads: number, heap?: ThreadBounds['heap']) =>
    new Piscina<Task, BatchOutcome>({
      filename: new URL('./worker.js', import.meta.url).href,
      workerData: { resolved, outDir, mode },
      minThreads: threads,
      maxThreads: threads,
      // Each thread holds the next batch ready, so it never waits on the coordinating thread between two.
      concurrentTasksPerWorker: 2,
      ...(heap && { resourceLimits: heap }),
    });
  const pool = startPool(jobs, bounds.heap);
  let roomy: Piscina<Task, BatchOutcome> | undefined;
  const runRoomy = (input: DocumentInput) => (roomy ??= startPool(1)).run({ inputs: [input] });
  // A thread that dies with no document (out of heap while loading its tables) breaks the pool:
  // from then on, and for the documents it was holding, the roomy thread does the work.
  let poolBroken = false;
  pool.on('error', () => {
    poolBroken = true;
    void pool.destroy();
  });
  const needsRoom = (error: unknown) => poolBroken || (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
  const fitsPool = (input: DocumentInput) => !poolBroken && input.bytes.byteLength < bounds.roomyFromBytes;
  const runAlone = async (input: DocumentInput): Promise<BatchOutcome> => {
    try {
      if (!fitsPool(input)) return await runRoomy(input);
      try {
        return await pool.run({ inputs: [input] });
      } catch (error) {
        if (needsRoom(error)) return await runRoomy(input);
        throw error;
      }
    } catch (error) {
      return lostThread(input, error);
    }
  };
  // A thread lost under a batch may have been lost to any one of its documents: each is redone alone,
  // so only the one that kills a thread again fails (out of heap, it runs on the roomy thread instead).
  const runPooled = (inputs: readonly DocumentInput[]): Promise<BatchOutcome> =>
    pool.run({ inputs }).catch(async () => mergeBatchOutcomes(await Promise.all(inputs.map(runAlone))));
  return {
    process: async (inputs) => {
      const pooled: DocumentInput[] = [];
      const alone: DocumentInput[] = [];
      for (const input of inputs) (fitsPool(input) ? pooled : alone).push(input);
      const parts = alone.map(runAlone);
      if (pooled.length > 0) parts.push(runPooled(pooled));
      return mergeBatchOutcomes(await Promise.all(parts));
    },
    close: async () => {
      await Promise.all([poolBroken || pool.destroy(), roomy?.destroy()]);
    },
  };
}

/** A pool thread that died under a document (not the pipeline's own error) fails that document only. */
function lostThread(input: DocumentInput, error: unknown): BatchOutcome {
  const reason = `internal error: the thread processing it stopped: ${(error as Error).message ?? String(error)}`;
  return { outcomes: [{ ok: false, id: input.id, reason }], timings: {} };
}
