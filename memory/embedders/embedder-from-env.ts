/**
 * Which embedder to use, from settings: an OpenAI-compatible endpoint when
 * one is configured, otherwise the built-in hashed n-gram embedder.
 *
 * Environment: UNDERSTUDY_EMBEDDINGS_URL (base URL, e.g. http://localhost:11434/v1),
 * UNDERSTUDY_EMBEDDINGS_MODEL, UNDERSTUDY_EMBEDDINGS_API_KEY (or OPENAI_API_KEY),
 * UNDERSTUDY_EMBEDDINGS_DIMENSION (optional; measured otherwise).
 */
import { UserFacingError } from '../../agent/core/errors.js';
import type { Embedder } from './embedder.js';
import { HashedNgramEmbedder } from './hashed-ngram-embedder.js';
import { OpenAICompatibleEmbedder } from './openai-compatible-embedder.js';

export interface EmbedderSettings {
  url?: string;
  model?: string;
  apiKey?: string;
  dimension?: number;
}

export function embedderSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): EmbedderSettings {
  const dimension = env.UNDERSTUDY_EMBEDDINGS_DIMENSION;
  return {
    url: env.UNDERSTUDY_EMBEDDINGS_URL || undefined,
    model: env.UNDERSTUDY_EMBEDDINGS_MODEL || undefined,
    apiKey: env.UNDERSTUDY_EMBEDDINGS_API_KEY || env.OPENAI_API_KEY || undefined,
    dimension: dimension ? Number(dimension) : undefined,
  };
}

export function createEmbedder(settings: EmbedderSettings = {}): Embedder {
  if (!settings.url && !settings.model) return new HashedNgramEmbedder();
  if (!settings.url || !settings.model) {
    throw new UserFacingError(
      'an embeddings endpoint needs both a URL and a model name',
      'set UNDERSTUDY_EMBEDDINGS_URL and UNDERSTUDY_EMBEDDINGS_MODEL together (or neither, for the built-in embedder)',
    );
  }
  if (settings.dimension !== undefined && (!Number.isInteger(settings.dimension) || settings.dimension <= 0)) {
    throw new UserFacingError(`embeddings dimension must be a positive integer, got ${settings.dimension}`);
  }
  return new OpenAICompatibleEmbedder({
    baseURL: settings.url,
    model: settings.model,
    apiKey: settings.apiKey,
    dimension: settings.dimension,
  });
}
