/**
 * The configuration of one CLI command, resolved once at the front door:
 * `--config <file>` (else $UNDERSTUDY_CONFIG, else the XDG default) < the
 * environment < the command's flags, and the memory file (`--memory` wins over
 * the config's memory.path and $UNDERSTUDY_MEMORY). Everything below the
 * command receives these values; nothing further down reads configuration.
 */
import { resolve } from 'node:path';
import type { ConfigLayer, UnderstudyConfig } from '../agent/config/config-schema.js';
import { resolveServiceContext } from '../main/service/service-context.js';

export interface CommandSettingFlags {
  config?: string;
  memory?: string;
}

export interface CommandSettings {
  config: UnderstudyConfig;
  /** Absolute. */
  memoryPath: string;
}

export function resolveCommandSettings(flags: CommandSettingFlags, layer: ConfigLayer = {}): CommandSettings {
  const context = resolveServiceContext({ configPath: flags.config, memoryPath: flags.memory, flags: layer });
  return { config: context.config, memoryPath: resolve(context.memoryPath) };
}
