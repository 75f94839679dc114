/**
 * The config as it may be shown: API keys and listed secrets masked, keeping
 * just enough to tell two keys apart ("sk-…9f2c").
 */
import type { UnderstudyConfig } from './config-schema.js';

export function maskSecret(value: string): string {
  if (value.length <= 8) return '****';
  return `${value.slice(0, 3)}…${value.slice(-4)}`;
}

export function maskConfig(config: UnderstudyConfig): UnderstudyConfig {
  return {
    ...config,
    openai: { ...config.openai, ...(config.openai.apiKey ? { apiKey: maskSecret(config.openai.apiKey) } : {}) },
    memory: {
      ...config.memory,
      embeddings: { ...config.memory.embeddings, ...(config.memory.embeddings.apiKey ? { apiKey: maskSecret(config.memory.embeddings.apiKey) } : {}) },
    },
    safety: { ...config.safety, secrets: config.safety.secrets.map(() => '****') },
  };
}
