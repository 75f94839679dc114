/**
 * A LanguageModel from the effective config's `model` spec:
 *   openai:<model>              any OpenAI-compatible endpoint (see openai.baseUrl)
 *   gguf:<path> | llama-cpp:<path>   a local GGUF file through node-llama-cpp
 */
import type { LanguageModel } from '../core/language-model.js';
import { UserFacingError } from '../core/errors.js';
import type { UnderstudyConfig } from './config-schema.js';
import { LlamaCppModel } from '../models/llama-cpp/llama-cpp-model.js';
import { OpenAiModel } from '../models/openai/openai-model.js';

export interface ModelSpec {
  provider: 'openai' | 'gguf';
  /** Model name (openai) or file path (gguf). */
  name: string;
}

export function parseModelSpec(spec: string): ModelSpec {
  const colon = spec.indexOf(':');
  const provider = colon === -1 ? spec : spec.slice(0, colon);
  const name = colon === -1 ? '' : spec.slice(colon + 1).trim();
  if (provider === 'openai' || provider === 'gguf' || provider === 'llama-cpp') {
    if (!name) throw new UserFacingError(`model "${spec}" names no ${provider === 'openai' ? 'model' : 'file'}`, 'e.g. openai:gpt-4o-mini or gguf:/models/model.gguf');
    return { provider: provider === 'openai' ? 'openai' : 'gguf', name };
  }
  throw new UserFacingError(`unknown model provider "${provider}" in "${spec}"`, 'use openai:<model> or gguf:<path to .gguf>');
}

export function createModel(config: UnderstudyConfig): LanguageModel {
  if (!config.model) throw new UserFacingError('no model is configured', 'set UNDERSTUDY_MODEL (e.g. openai:gpt-4o-mini), pass --model, or set "model" in the config file');
  const spec = parseModelSpec(config.model);
  if (spec.provider === 'openai') {
    return new OpenAiModel({
      model: spec.name,
      apiKey: config.openai.apiKey,
      baseUrl: config.openai.baseUrl,
      timeoutMs: config.openai.timeoutMs,
      maxRetries: config.openai.maxRetries,
      contextTokens: config.openai.contextTokens,
    });
  }
  return new LlamaCppModel({
    modelPath: spec.name,
    threads: config.llamaCpp.threads,
    gpu: config.llamaCpp.gpu,
    contextTokens: config.llamaCpp.contextTokens,
  });
}
