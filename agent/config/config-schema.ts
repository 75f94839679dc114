/**
 * The shape of Understudy's settings, with defaults. The config file, the
 * environment and CLI flags each give a partial layer of this shape.
 */
import { z } from 'zod';

export const ConfigSchema = z
  .object({
    /** "openai:<model>", "gguf:<path to .gguf>", or "" for none (offline policies only). */
    model: z.string().default(''),
    openai: z
      .object({
        apiKey: z.string().optional(),
        /** OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 for Ollama. */
        baseUrl: z.string().url().optional(),
        /** Per-request timeout, ms. */
        timeoutMs: z.number().int().positive().default(60_000),
        /** Retries on 429 / 5xx with backoff. */
        maxRetries: z.number().int().min(0).max(10).default(3),
        /** Context window override, tokens. */
        contextTokens: z.number().int().positive().optional(),
      })
      .strict()
      .default({}),
    llamaCpp: z
      .object({
        threads: z.number().int().positive().default(1),
        gpu: z.boolean().default(false),
        /** Context size, tokens. */
        contextTokens: z.number().int().positive().default(4096),
      })
      .strict()
      .default({}),
    policy: z
      .object({
        exemplars: z.union([z.number().int().min(0), z.literal('fit')]).default('fit'),
        critiqueRounds: z.number().int().min(0).max(10).default(1),
        adaptive: z.boolean().default(true),
        maxRepairs: z.number().int().min(0).max(10).default(2),
      })
      .strict()
      .default({}),
    safety: z
      .object({
        /** Redact prompts to local models too (remote ones always are). */
        redactLocalModels: z.boolean().default(false),
        /** Extra strings that must never leave the machine. */
        secrets: z.array(z.string()).default([]),
        /** Ask before risky actions (payments, deletes, password fields, closing windows). */
        confirmRiskyActions: z.boolean().default(true),
      })
      .strict()
      .default({}),
    memory: z
      .object({
        /** The memory file; default $XDG_DATA_HOME/understudy/memory.db (~/.local/share/understudy/memory.db). */
        path: z.string().min(1).optional(),
        /** An OpenAI-compatible embeddings endpoint (OpenAI, Ollama…); default the built-in hashed n-gram embedder. */
        embeddings: z
          .object({
            /** Base URL, e.g. http://localhost:11434/v1. */
            url: z.string().url().optional(),
            model: z.string().min(1).optional(),
            /** Default openai.apiKey. */
            apiKey: z.string().optional(),
            /** Vector size; measured from the endpoint when unset. */
            dimension: z.number().int().positive().optional(),
          })
          .strict()
          .default({}),
      })
      .strict()
      .default({}),
    budgets: z
      .object({
        maxSteps: z.number().int().positive().default(50),
        /** Milliseconds. */
        maxWallTimeMs: z.number().int().positive().default(600_000),
        maxModelCalls: z.number().int().positive().default(200),
        /** Prompt + completion tokens over a run. */
        maxTokens: z.number().int().positive().default(500_000),
      })
      .strict()
      .default({}),
  })
  .strict();

export type UnderstudyConfig = z.infer<typeof ConfigSchema>;

/** A partial layer: any subset of the config, nested. */
export type ConfigLayer = {
  [K in keyof UnderstudyConfig]?: UnderstudyConfig[K] extends Record<string, unknown> ? Partial<UnderstudyConfig[K]> : UnderstudyConfig[K];
};

/** Dotted paths of values that are secrets and must be masked when shown. */
export const SECRET_PATHS = ['openai.apiKey', 'memory.embeddings.apiKey', 'safety.secrets'] as const;
