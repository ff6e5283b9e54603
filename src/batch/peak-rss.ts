import { readFileSync } from 'node:fs';

/**
 * This process's peak resident memory. On Linux, getrusage (`process.resourceUsage().maxRSS`)
 * carries the peak of the process that started this one across exec: a run started by a benchmark
 * that had just generated a 1 GB corpus reported the benchmark's 274 MB as its own (measured alone,
 * 154 MB). `/proc/self/status`'s VmHWM is this process's memory alone; elsewhere maxRSS is all there is.
 */
export function peakRssBytes(): number {
  const status = readProcStatus();
  const kilobytes = status === null ? null : /^VmHWM:\s+(\d+) kB$/mu.exec(status)?.[1];
  return (kilobytes ? Number(kilobytes) : process.resourceUsage().maxRSS) * 1024;
}

function readProcStatus(): string | null {
  try {
    return readFileSync('/proc/self/status', 'utf8');
  } catch {
    // Not Linux.
    return null;
  }
}
