/**
 * Which embedder to use, from settings: an OpenAI-compatible endpoint when
 * one is configured, otherwise the built-in hashed n-gram embedder. The
 * settings come from the config's `memory.embeddings` section (file, or
 * UNDERSTUDY_EMBEDDINGS_URL / _MODEL / _API_KEY / _DIMENSION).
 */
import { UserFacingError } from '../../agent/core/errors.js';
import { redactOutbound } from '../../agent/core/outbound-redaction.js';
import type { Embedder } from './embedder.js';
import { HashedNgramEmbedder } from './hashed-ngram-embedder.js';
import { OpenAICompatibleEmbedder } from './openai-compatible-embedder.js';

export interface EmbedderSettings {
  url?: string;
  model?: string;
  apiKey?: string;
  dimension?: number;
  /** Values that must never leave the machine (config safety.secrets). */
  secrets?: readonly string[];
  /** Redact for a local endpoint too (config safety.redactLocalModels). */
  redactLocal?: boolean;
}

/** Whether a URL points at this machine. */
export function isLocalEndpoint(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '::1' || host === '[::1]' || host.endsWith('.localhost');
  } catch {
    return false;
  }
}

export function createEmbedder(settings: EmbedderSettings = {}): Embedder {
  if (!settings.url && !settings.model) return new HashedNgramEmbedder();
  if (!settings.url || !settings.model) {
    throw new UserFacingError(
      'an embeddings endpoint needs both a URL and a model name',
      'set memory.embeddings.url and .model (UNDERSTUDY_EMBEDDINGS_URL and UNDERSTUDY_EMBEDDINGS_MODEL) together, or neither for the built-in embedder',
    );
  }
  if (settings.dimension !== undefined && (!Number.isInteger(settings.dimension) || settings.dimension <= 0)) {
    throw new UserFacingError(`embeddings dimension must be a positive integer, got ${settings.dimension}`);
  }
  // Texts to a remote endpoint pass the same redaction gate as prompts to a remote model.
  const secrets = settings.secrets ?? [];
  const redacts = !isLocalEndpoint(settings.url) || (settings.redactLocal ?? false);
  return new OpenAICompatibleEmbedder({
    baseURL: settings.url,
    model: settings.model,
    apiKey: settings.apiKey,
    dimension: settings.dimension,
    ...(redacts ? { redact: (text: string) => redactOutbound(text, secrets) } : {}),
  });
}
