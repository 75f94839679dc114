/**
 * `understudy config show`: the effective configuration (defaults < file <
 * environment < flags), secrets masked, with where each value came from.
 */
import type { Command } from 'commander';
import type { ConfigLayer } from '../../agent/config/config-schema.js';
import { loadConfig, type ConfigSource } from '../../agent/config/load-config.js';
import { maskConfig } from '../../agent/config/mask-secrets.js';
import { defaultMemoryPath } from '../../memory/memory-path.js';

interface ShowOptions {
  json?: boolean;
  config?: string;
  model?: string;
  baseUrl?: string;
}

/** The layer the shared model flags give. */
export function flagsLayer(options: { model?: string; baseUrl?: string }): ConfigLayer {
  const layer: ConfigLayer = {};
  if (options.model) layer.model = options.model;
  if (options.baseUrl) layer.openai = { baseUrl: options.baseUrl };
  return layer;
}

function flatten(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, value]];
}

export function registerConfigCommand(program: Command): void {
  const config = program.command('config').description('inspect the configuration');
  config
    .command('show')
    .description('print the effective configuration (secrets masked) and where each value came from')
    .option('--json', 'print JSON')
    .option('--config <path>', 'config file to read (default $XDG_CONFIG_HOME/understudy/config.json)')
    .option('--model <spec>', 'model, e.g. openai:gpt-4o-mini or gguf:/path/model.gguf')
    .option('--base-url <url>', 'OpenAI-compatible endpoint')
    .action((options: ShowOptions) => {
      const loaded = loadConfig({ configPath: options.config, flags: flagsLayer(options) });
      const masked = maskConfig(loaded.config);
      // The memory file in effect even when no layer names one.
      masked.memory = { ...masked.memory, path: masked.memory.path ?? defaultMemoryPath() };
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ config: masked, sources: loaded.sources, file: loaded.file }, null, 2)}\n`);
        return;
      }
      process.stdout.write(`config file: ${loaded.file.path}${loaded.file.found ? '' : ' (not found; defaults used)'}\n`);
      const rows = flatten(masked);
      const width = Math.max(...rows.map(([path]) => path.length));
      for (const [path, value] of rows) {
        const source: ConfigSource = loaded.sources[path] ?? 'default';
        const shown = value === undefined ? '(unset)' : JSON.stringify(value);
        process.stdout.write(`${path.padEnd(width)}  ${shown}  [${source}]\n`);
      }
    });
}
