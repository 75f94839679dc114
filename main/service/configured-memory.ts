/**
 * The memory as the user configured it: the file and the embedder come from
 * the config's `memory` section (config file < environment — UNDERSTUDY_MEMORY,
 * UNDERSTUDY_EMBEDDINGS_* — < a --memory flag). The configuration is resolved
 * once at the front door (a CLI command, `serve`, the Electron app) and handed
 * in; memory/ itself only receives a path and an embedder. Every front door
 * opens the memory this way, so a memory re-embedded for an endpoint is usable
 * everywhere, not only by `understudy memory`.
 */
import type { UnderstudyConfig } from '../../agent/config/config-schema.js';
import { createEmbedder, type EmbedderSettings } from '../../memory/embedders/create-embedder.js';
import { ExemplarStore, type ExemplarStoreOptions } from '../../memory/exemplar-store.js';
import { defaultMemoryPath } from '../../memory/memory-path.js';
import { openMemoryForRun } from '../../memory/open-memory-for-run.js';

/** The memory file: `memory.path` from the config (file or UNDERSTUDY_MEMORY), else the XDG data folder. */
export function configuredMemoryPath(config: UnderstudyConfig, env: NodeJS.ProcessEnv = process.env): string {
  return config.memory.path ?? defaultMemoryPath(env);
}

/**
 * The embedder settings from the config. Each endpoint gets only its own key:
 * openai.apiKey (OPENAI_API_KEY) is lent to the embeddings endpoint only when
 * both are the same host; otherwise set memory.embeddings.apiKey
 * (UNDERSTUDY_EMBEDDINGS_API_KEY). Secrets listed in the config are redacted
 * from what a remote endpoint is sent.
 */
export function configuredEmbedderSettings(config: UnderstudyConfig): EmbedderSettings {
  const { url, model, apiKey, dimension } = config.memory.embeddings;
  const chatOrigin = originOf(config.openai.baseUrl ?? 'https://api.openai.com/v1');
  const sameHost = url !== undefined && chatOrigin !== undefined && originOf(url) === chatOrigin;
  return {
    url,
    model,
    apiKey: apiKey ?? (sameHost ? config.openai.apiKey : undefined),
    dimension,
    secrets: config.safety.secrets,
    redactLocal: config.safety.redactLocalModels,
  };
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

export function openConfiguredMemory(path: string, config: UnderstudyConfig, options: Omit<ExemplarStoreOptions, 'embedder'> = {}): ExemplarStore {
  return ExemplarStore.open(path, { embedder: createEmbedder(configuredEmbedderSettings(config)), ...options });
}

/** The configured memory for a run: an endpoint's dimension is asked under the run's signal before the store opens. */
export function openConfiguredMemoryForRun(path: string, config: UnderstudyConfig, signal?: AbortSignal): Promise<ExemplarStore> {
  return openMemoryForRun(path, createEmbedder(configuredEmbedderSettings(config)), signal);
}
