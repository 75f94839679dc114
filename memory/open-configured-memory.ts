/**
 * The memory as the user configured it: the file and the embedder come from
 * the config's `memory` section (config file < environment — UNDERSTUDY_MEMORY,
 * UNDERSTUDY_EMBEDDINGS_* — < a --memory flag). Every command that reads or
 * writes the memory opens it this way, so a memory re-embedded for an
 * endpoint is usable everywhere, not only by `understudy memory`.
 */
import type { UnderstudyConfig } from '../agent/config/config-schema.js';
import { loadConfig } from '../agent/config/load-config.js';
import { createEmbedder, type EmbedderSettings } from './embedders/create-embedder.js';
import { ExemplarStore, type ExemplarStoreOptions } from './exemplar-store.js';
import { defaultMemoryPath } from './memory-path.js';

/** Where the settings are read from; default process.env and its config file. */
export interface MemoryConfigSource {
  env?: NodeJS.ProcessEnv;
  /** A config file named by --config (else UNDERSTUDY_CONFIG or the XDG default). */
  configPath?: string;
  /** A configuration already loaded (then env and configPath are not read). */
  config?: UnderstudyConfig;
}

function configOf(source: MemoryConfigSource): UnderstudyConfig {
  return source.config ?? loadConfig({ env: source.env ?? process.env, configPath: source.configPath }).config;
}

/** The memory file: `memory.path` from the config (file or UNDERSTUDY_MEMORY), else the XDG data folder. */
export function configuredMemoryPath(source: MemoryConfigSource = {}): string {
  return configOf(source).memory.path ?? defaultMemoryPath(source.env ?? process.env);
}

/**
 * The embedder settings from the config. Each endpoint gets only its own key:
 * openai.apiKey (OPENAI_API_KEY) is lent to the embeddings endpoint only when
 * both are the same host; otherwise set memory.embeddings.apiKey
 * (UNDERSTUDY_EMBEDDINGS_API_KEY). Secrets listed in the config are redacted
 * from what a remote endpoint is sent.
 */
export function configuredEmbedderSettings(source: MemoryConfigSource = {}): EmbedderSettings {
  const config = configOf(source);
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

export function openConfiguredMemory(
  path: string,
  options: Omit<ExemplarStoreOptions, 'embedder'> = {},
  source: MemoryConfigSource = {},
): ExemplarStore {
  return ExemplarStore.open(path, { embedder: createEmbedder(configuredEmbedderSettings(source)), ...options });
}
