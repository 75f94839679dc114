/** The `memory.stats` request of the API contract, served from the memory file. */
import { existsSync } from 'node:fs';
import type { RequestResult } from '../api/contract.js';
import { configuredMemoryPath, openConfiguredMemory } from '../../memory/open-configured-memory.js';

export function memoryStats(path: string = configuredMemoryPath()): RequestResult<'memory.stats'> {
  if (!existsSync(path)) return { trajectories: 0, demonstrations: 0, steps: 0, path };
  const memory = openConfiguredMemory(path, { readonly: true, allowEmbedderMismatch: true });
  try {
    const stats = memory.stats();
    return { trajectories: stats.trajectories, demonstrations: stats.bySource.demonstration ?? 0, steps: stats.steps, path };
  } finally {
    memory.close();
  }
}
