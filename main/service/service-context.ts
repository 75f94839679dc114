/**
 * What every service function needs, resolved once at the front door (`serve`,
 * the Electron app): the configuration (file < environment < flags), the
 * config file it came from, and the memory file. Settings changes replace it.
 */
import { loadConfig, type ConfigSource } from '../../agent/config/load-config.js';
import type { ConfigLayer, UnderstudyConfig } from '../../agent/config/config-schema.js';
import { configuredMemoryPath } from './configured-memory.js';

export interface ServiceContext {
  config: UnderstudyConfig;
  sources: Record<string, ConfigSource>;
  /** The config file settings are read from and written to. */
  configFile: { path: string; found: boolean };
  memoryPath: string;
}

export interface ResolveContextOptions {
  configPath?: string;
  /** A --memory flag: wins over the config. */
  memoryPath?: string;
  env?: NodeJS.ProcessEnv;
  flags?: ConfigLayer;
}

export function resolveServiceContext(options: ResolveContextOptions = {}): ServiceContext {
  const env = options.env ?? process.env;
  const flags: ConfigLayer = { ...options.flags, ...(options.memoryPath ? { memory: { path: options.memoryPath } } : {}) };
  const loaded = loadConfig({ configPath: options.configPath, env, flags });
  return {
    config: loaded.config,
    sources: loaded.sources,
    configFile: { path: loaded.file.path, found: loaded.file.found },
    memoryPath: configuredMemoryPath(loaded.config, env),
  };
}
