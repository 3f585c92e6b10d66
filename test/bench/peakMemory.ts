import { readFileSync } from 'node:fs';

/** The peak resident memory of a process (VmHWM), from Linux's /proc, in MB. */
export const peakMb = (pid: number) =>
  Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024);
