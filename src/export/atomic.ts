import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

let sequence = 0;

/**
 * Runs `write` on a hidden temporary file beside `outFile`, then renames it over `outFile`, so a
 * reader never sees a half-written dataset and a failed export leaves any earlier one in place.
 * The temporary name starts with '.', which the record reader skips, so exporting into the
 * records folder itself is harmless.
 */
export async function writeFileAtomically<T>(outFile: string, write: (handle: FileHandle) => Promise<T>): Promise<T> {
  const folder = path.dirname(outFile);
  await mkdir(folder, { recursive: true });
  const temporary = path.join(folder, `.${path.basename(outFile)}.${process.pid}.${sequence++}.tmp`);
  const handle = await open(temporary, 'w');
  try {
    const result = await write(handle);
    await handle.sync();
    await handle.close();
    await rename(temporary, outFile);
    return result;
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}
