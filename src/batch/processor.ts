import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { ResolvedConfig } from '../config/index.js';
import type { DocumentInput } from '../pipeline.js';
import type { Outcome, StoreMode } from './outcome.js';
import type { Task } from './worker.js';

export interface Processor {
  process(input: DocumentInput): Promise<Outcome>;
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
 * more minor collections for ~25 MB less per thread. A 8 MB document still fits in 128 MB; 96 MB
 * leaves room under the 4 MB routing bound and kept a 100 MB run of two threads under 300 MB.
 */
const DEFAULT_BOUNDS: ThreadBounds = {
  heap: { maxOldGenerationSizeMb: 96, maxYoungGenerationSizeMb: 4 },
  roomyFromBytes: 4_000_000,
};

/**
 * One job runs documents on the main thread; more run them on a pool of worker threads. Records
 * are the same bytes either way: every job runs the same pure `processDocument`. With a pool the
 * main thread never loads the pipeline (its rule tables would cost memory for nothing).
 *
 * Pool threads have a bounded heap; a document that needs more (a very large one, or one that hit
 * the bound) runs on a single thread without a bound, started only when such a document comes.
 */
export async function createProcessor(
  resolved: ResolvedConfig,
  jobs: number,
  outDir: string,
  mode: StoreMode,
  bounds: ThreadBounds = DEFAULT_BOUNDS,
): Promise<Processor> {
  if (jobs <= 1) {
    const { processAndStore } = await import('./outcome.js');
    return { process: async (input) => processAndStore(input, resolved, outDir, mode), close: async () => {} };
  }
  const startPool = (threads: number, heap?: ThreadBounds['heap']) =>
    new Piscina<Task, Outcome>({
      filename: new URL('./worker.js', import.meta.url).href,
      workerData: { resolved, outDir, mode },
      minThreads: threads,
      maxThreads: threads,
      // Each thread holds the next document ready, so it never waits on the main thread between two.
      concurrentTasksPerWorker: 2,
      ...(heap && { resourceLimits: heap }),
    });
  const pool = startPool(jobs, bounds.heap);
  let roomy: Piscina<Task, Outcome> | undefined;
  const runRoomy = (input: DocumentInput) => (roomy ??= startPool(1)).run({ input });
  // A thread that dies with no document (out of heap while loading its tables) breaks the pool:
  // from then on, and for the documents it was holding, the roomy thread does the work.
  let poolBroken = false;
  pool.on('error', () => {
    poolBroken = true;
    void pool.destroy();
  });
  const needsRoom = (error: unknown) => poolBroken || (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
  return {
    process: (input) =>
      poolBroken || input.bytes.byteLength >= bounds.roomyFromBytes
        ? runRoomy(input)
        : pool.run({ input }).catch((error: unknown) => {
            if (needsRoom(error)) return runRoomy(input);
            throw error;
          }),
    close: async () => {
      await Promise.all([poolBroken || pool.destroy(), roomy?.destroy()]);
    },
  };
}
