/**
 * Open the memory for a run, with nothing in the opening that a stop cannot
 * cut: an embeddings endpoint without a configured dimension is asked for it
 * here, awaited under the signal, before the store opens (the store's own
 * synchronous probe would block Ctrl+C for up to the timeout). The front door
 * resolves the configuration and hands in the path and the embedder
 * (main/service/configured-memory.ts).
 */
import type { Embedder } from './embedders/embedder.js';
import { ExemplarStore } from './exemplar-store.js';

export async function openMemoryForRun(path: string, embedder: Embedder, signal?: AbortSignal): Promise<ExemplarStore> {
  try {
    await embedder.prepare?.({ signal });
    return ExemplarStore.open(path, { embedder });
  } catch (error) {
    embedder.close?.();
    throw error;
  }
}
