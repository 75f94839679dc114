/**
 * Open the exemplar memory with the embedder the user configured
 * (UNDERSTUDY_EMBEDDINGS_*; the built-in hashed n-gram embedder otherwise).
 * Every command that reads or writes the memory opens it this way, so a memory
 * re-embedded for an endpoint is usable everywhere, not only by `understudy memory`.
 */
import { createEmbedder, embedderSettingsFromEnv } from './embedders/embedder-from-env.js';
import { ExemplarStore, type ExemplarStoreOptions } from './exemplar-store.js';

export function openConfiguredMemory(
  path: string,
  options: Omit<ExemplarStoreOptions, 'embedder'> = {},
  env: NodeJS.ProcessEnv = process.env,
): ExemplarStore {
  return ExemplarStore.open(path, { embedder: createEmbedder(embedderSettingsFromEnv(env)), ...options });
}
