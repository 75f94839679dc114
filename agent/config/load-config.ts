/**
 * The effective configuration: defaults < config file < environment < CLI
 * flags. The file lives at `$XDG_CONFIG_HOME/understudy/config.json`
 * (default `~/.config/understudy/config.json`), or where `UNDERSTUDY_CONFIG`
 * / `--config` points. Every value remembers which layer set it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UserFacingError } from '../core/errors.js';
import { ConfigSchema, type ConfigLayer, type UnderstudyConfig } from './config-schema.js';

export type ConfigSource = 'default' | 'file' | 'env' | 'flag';

export interface LoadConfigOptions {
  /** Environment to read; default process.env. */
  env?: Record<string, string | undefined>;
  /** Values from CLI flags (highest precedence). */
  flags?: ConfigLayer;
  /** Config file path from a --config flag. */
  configPath?: string;
  /** Home folder, for the default path; default os.homedir(). */
  home?: string;
}

export interface LoadedConfig {
  config: UnderstudyConfig;
  /** Which layer set each leaf value, by dotted path. */
  sources: Record<string, ConfigSource>;
  /** The config file consulted, and whether it existed. */
  file: { path: string; found: boolean };
}

/** Where the config file is by default. */
export function defaultConfigPath(env: Record<string, string | undefined> = process.env, home = homedir()): string {
  const base = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(base, 'understudy', 'config.json');
}

function readFileLayer(path: string, explicit: boolean): { layer: ConfigLayer; found: boolean } {
  if (!existsSync(path)) {
    if (explicit) throw new UserFacingError(`config file ${path} does not exist`, 'check --config / UNDERSTUDY_CONFIG');
    return { layer: {}, found: false };
  }
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UserFacingError(`config file ${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Validate the file on its own, so a mistake is blamed on the file and its key.
  const parsed = ConfigSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.') || '(top level)';
    const detail = issue.code === 'unrecognized_keys' ? `unknown setting(s) ${issue.keys.join(', ')}` : issue.message;
    throw new UserFacingError(`config file ${path}: ${where}: ${detail}`);
  }
  return { layer: value as ConfigLayer, found: true };
}

function positiveInteger(name: string, text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new UserFacingError(`${name} must be a positive whole number, got ${JSON.stringify(text)}`);
  return value;
}

/** The environment's layer. */
export function envLayer(env: Record<string, string | undefined>): ConfigLayer {
  const layer: ConfigLayer = {};
  if (env.UNDERSTUDY_MODEL) layer.model = env.UNDERSTUDY_MODEL;
  const openai: NonNullable<ConfigLayer['openai']> = {};
  if (env.OPENAI_API_KEY) openai.apiKey = env.OPENAI_API_KEY;
  if (env.OPENAI_BASE_URL) openai.baseUrl = env.OPENAI_BASE_URL;
  if (Object.keys(openai).length > 0) layer.openai = openai;
  const budgets: NonNullable<ConfigLayer['budgets']> = {};
  const maxSteps = positiveInteger('UNDERSTUDY_MAX_STEPS', env.UNDERSTUDY_MAX_STEPS);
  const maxModelCalls = positiveInteger('UNDERSTUDY_MAX_MODEL_CALLS', env.UNDERSTUDY_MAX_MODEL_CALLS);
  const maxTokens = positiveInteger('UNDERSTUDY_MAX_TOKENS', env.UNDERSTUDY_MAX_TOKENS);
  if (maxSteps) budgets.maxSteps = maxSteps;
  if (maxModelCalls) budgets.maxModelCalls = maxModelCalls;
  if (maxTokens) budgets.maxTokens = maxTokens;
  if (Object.keys(budgets).length > 0) layer.budgets = budgets;
  const embeddings: NonNullable<NonNullable<ConfigLayer['memory']>['embeddings']> = {};
  if (env.UNDERSTUDY_EMBEDDINGS_URL) embeddings.url = env.UNDERSTUDY_EMBEDDINGS_URL;
  if (env.UNDERSTUDY_EMBEDDINGS_MODEL) embeddings.model = env.UNDERSTUDY_EMBEDDINGS_MODEL;
  if (env.UNDERSTUDY_EMBEDDINGS_API_KEY) embeddings.apiKey = env.UNDERSTUDY_EMBEDDINGS_API_KEY;
  const dimension = positiveInteger('UNDERSTUDY_EMBEDDINGS_DIMENSION', env.UNDERSTUDY_EMBEDDINGS_DIMENSION);
  if (dimension) embeddings.dimension = dimension;
  const memory: NonNullable<ConfigLayer['memory']> = {};
  if (env.UNDERSTUDY_MEMORY) memory.path = env.UNDERSTUDY_MEMORY;
  if (Object.keys(embeddings).length > 0) memory.embeddings = embeddings;
  if (Object.keys(memory).length > 0) layer.memory = memory;
  return layer;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Merge `layer` into `target`, recording the source of every leaf it sets. */
function mergeLayer(target: Record<string, unknown>, layer: Record<string, unknown>, source: ConfigSource, sources: Record<string, ConfigSource>, prefix = ''): void {
  for (const [key, value] of Object.entries(layer)) {
    if (value === undefined) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (isPlainObject(value)) {
      const child = isPlainObject(target[key]) ? (target[key] as Record<string, unknown>) : {};
      target[key] = child;
      mergeLayer(child, value, source, sources, path);
    } else {
      target[key] = value;
      sources[path] = source;
    }
  }
}

function leafPaths(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return isPlainObject(child) ? leafPaths(child, path) : [path];
  });
}

export function loadConfig(options: LoadConfigOptions = {}): LoadedConfig {
  const env = options.env ?? process.env;
  const explicitPath = options.configPath ?? (env.UNDERSTUDY_CONFIG || undefined);
  const path = explicitPath ?? defaultConfigPath(env, options.home);
  const file = readFileLayer(path, explicitPath !== undefined);

  const merged: Record<string, unknown> = {};
  const sources: Record<string, ConfigSource> = {};
  mergeLayer(merged, file.layer as Record<string, unknown>, 'file', sources);
  mergeLayer(merged, envLayer(env) as Record<string, unknown>, 'env', sources);
  mergeLayer(merged, (options.flags ?? {}) as Record<string, unknown>, 'flag', sources);

  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.');
    const source = sources[where];
    throw new UserFacingError(`setting ${where || '(top level)'}${source ? ` (from ${source === 'flag' ? 'a command-line flag' : source === 'env' ? 'the environment' : 'the config file'})` : ''}: ${issue.message}`);
  }
  for (const leaf of leafPaths(parsed.data as unknown as Record<string, unknown>)) sources[leaf] ??= 'default';
  return { config: parsed.data, sources, file: { path, found: file.found } };
}
