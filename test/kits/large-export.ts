/**
 * A large JSONL export written on the fly (tests and bench:safety): realistic
 * trajectories — many steps, page text, element lists — each `trajectoryBytes`
 * long, until the file holds `megabytes`. Written line by line, so making a
 * 100 MB file does not itself need 100 MB.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { sampleTrajectory } from '../integration/memory-kit.js';

export interface LargeExportOptions {
  megabytes: number;
  /** Roughly, per line; default 40 KB. */
  trajectoryBytes?: number;
  /** Ids are `${prefix}-${n}`; default "bulk". */
  prefix?: string;
}

/** Writes the file; returns how many trajectories (lines) it holds. */
export function writeLargeExport(file: string, options: LargeExportOptions): number {
  const target = options.megabytes * 1024 * 1024;
  const perLine = options.trajectoryBytes ?? 40 * 1024;
  const descriptor = openSync(file, 'w');
  let written = 0;
  let count = 0;
  try {
    while (written < target) {
      const base = sampleTrajectory({
        id: `${options.prefix ?? 'bulk'}-${count}`,
        task: `Fill in form ${count} with the name "Person ${count % 997}" and press Submit ${count % 13}`,
        steps: 6,
        createdAt: 1_750_000_000_000 + count,
      });
      const line = JSON.stringify(base);
      // The page text of a busy page: pad each step's observation to reach the wanted size.
      const pad = Math.max(0, Math.floor((perLine - line.length) / base.steps.length));
      for (const step of base.steps) step.observation.text += `\n${'[9] text "lorem ipsum dolor sit amet" '.repeat(Math.ceil(pad / 36)).slice(0, pad)}`;
      const text = `${JSON.stringify(base)}\n`;
      writeSync(descriptor, text);
      written += Buffer.byteLength(text);
      count++;
    }
  } finally {
    closeSync(descriptor);
  }
  return count;
}
