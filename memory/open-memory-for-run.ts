/**
 * Open the configured memory for a run, with nothing in the opening that a
 * stop cannot cut: an embeddings endpoint without a configured dimension is
 * asked for it here, awaited under the signal, before the store opens (the
 * store's own synchronous probe would block Ctrl+C for up to the timeout).
 */
import { createEmbedder } from './embedders/create-embedder.js';
import { ExemplarStore } from './exemplar-store.js';
import { configuredEmbedderSettings, type MemoryConfigSource } from './open-configured-memory.js';

export async function openMemoryForRun(path: string, source: MemoryConfigSource, signal?: AbortSignal): Promise<ExemplarStore> {
  const embedder = createEmbedder(configuredEmbedderSettings(source));
  try {
    await embedder.prepare?.({ signal });
    return ExemplarStore.open(path, { embedder });
  } catch (error) {
    embedder.close?.();
    throw error;
  }
}
