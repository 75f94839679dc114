import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../core/errors.js';
import { defaultConfigPath, loadConfig } from './load-config.js';
import { maskConfig, maskSecret } from './mask-secrets.js';

const folders: string[] = [];
function home(): string {
  const folder = mkdtempSync(join(tmpdir(), 'understudy-config-'));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function writeConfig(homeFolder: string, value: unknown): string {
  const path = join(homeFolder, '.config', 'understudy', 'config.json');
  mkdirSync(join(homeFolder, '.config', 'understudy'), { recursive: true });
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

describe('loadConfig', () => {
  it('layers defaults < file < env < flags and records each source', () => {
    const folder = home();
    writeConfig(folder, { model: 'gguf:/models/a.gguf', openai: { baseUrl: 'http://localhost:1234/v1' }, budgets: { maxSteps: 9 } });
    const env = { UNDERSTUDY_MODEL: 'openai:gpt-4o-mini', OPENAI_API_KEY: 'sk-test-abcdefgh1234' };
    const loaded = loadConfig({ env, home: folder, flags: { model: 'openai:gpt-4.1', budgets: { maxTokens: 999 } } });
    expect(loaded.file).toEqual({ path: join(folder, '.config', 'understudy', 'config.json'), found: true });
    expect(loaded.config.model).toBe('openai:gpt-4.1');
    expect(loaded.config.openai).toMatchObject({ apiKey: 'sk-test-abcdefgh1234', baseUrl: 'http://localhost:1234/v1', maxRetries: 3 });
    expect(loaded.config.budgets).toMatchObject({ maxSteps: 9, maxTokens: 999, maxModelCalls: 200 });
    expect(loaded.sources).toMatchObject({
      model: 'flag',
      'openai.apiKey': 'env',
      'openai.baseUrl': 'file',
      'budgets.maxSteps': 'file',
      'budgets.maxTokens': 'flag',
      'budgets.maxModelCalls': 'default',
    });
    const envWins = loadConfig({ env, home: folder });
    expect(envWins.config.model).toBe('openai:gpt-4o-mini');
    expect(envWins.sources.model).toBe('env');
  });

  it('uses $XDG_CONFIG_HOME, and works with no file at all', () => {
    expect(defaultConfigPath({ XDG_CONFIG_HOME: '/xdg' }, '/home/u')).toBe('/xdg/understudy/config.json');
    expect(defaultConfigPath({}, '/home/u')).toBe('/home/u/.config/understudy/config.json');
    const loaded = loadConfig({ env: {}, home: home() });
    expect(loaded.file.found).toBe(false);
    expect(loaded.config.model).toBe('');
    expect(loaded.config.policy).toEqual({ exemplars: 'fit', critiqueRounds: 1, adaptive: true, maxRepairs: 2 });
  });

  it('names the file and the key of a bad setting', () => {
    const folder = home();
    const path = writeConfig(folder, { budgets: { maxStepz: 3 } });
    expect(() => loadConfig({ env: {}, home: folder })).toThrow(UserFacingError);
    expect(() => loadConfig({ env: {}, home: folder })).toThrow(`config file ${path}: budgets: unknown setting(s) maxStepz`);
    writeConfig(folder, '{ "model": ');
    expect(() => loadConfig({ env: {}, home: folder })).toThrow(/is not valid JSON/);
    expect(() => loadConfig({ env: {}, configPath: join(folder, 'missing.json') })).toThrow(/does not exist/);
    expect(() => loadConfig({ env: { UNDERSTUDY_MAX_STEPS: 'lots' }, home: home() })).toThrow('UNDERSTUDY_MAX_STEPS must be a positive whole number, got "lots"');
    expect(() => loadConfig({ env: { OPENAI_BASE_URL: 'not a url' }, home: home() })).toThrow(/openai\.baseUrl \(from the environment\)/);
  });

  it('reads the memory file and embeddings endpoint from the file, the environment overriding', () => {
    const folder = home();
    writeConfig(folder, { memory: { path: '/data/m.db', embeddings: { url: 'http://localhost:11434/v1', model: 'nomic-embed-text', apiKey: 'emb-key-0123456789' } } });
    const fromFile = loadConfig({ env: {}, home: folder });
    expect(fromFile.config.memory).toEqual({ path: '/data/m.db', embeddings: { url: 'http://localhost:11434/v1', model: 'nomic-embed-text', apiKey: 'emb-key-0123456789' } });
    expect(maskConfig(fromFile.config).memory.embeddings.apiKey).toBe('emb…6789');
    const env = { UNDERSTUDY_MEMORY: '/elsewhere.db', UNDERSTUDY_EMBEDDINGS_MODEL: 'mxbai-embed-large', UNDERSTUDY_EMBEDDINGS_DIMENSION: '1024' };
    const layered = loadConfig({ env, home: folder });
    expect(layered.config.memory).toMatchObject({ path: '/elsewhere.db', embeddings: { url: 'http://localhost:11434/v1', model: 'mxbai-embed-large', dimension: 1024 } });
    expect(layered.sources).toMatchObject({ 'memory.path': 'env', 'memory.embeddings.url': 'file', 'memory.embeddings.model': 'env' });
    expect(() => loadConfig({ env: { UNDERSTUDY_EMBEDDINGS_DIMENSION: 'big' }, home: home() })).toThrow('UNDERSTUDY_EMBEDDINGS_DIMENSION must be a positive whole number');
    writeConfig(folder, { memory: { embeddings: { url: 'localhost' } } });
    expect(() => loadConfig({ env: {}, home: folder })).toThrow(/memory\.embeddings\.url/);
  });

  it("accepts the README's example config file", () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    // The README's configuration example (other JSON blocks there, e.g. an MCP client's, are not ours to load).
    const example = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]!).find((block) => block.includes('"memory"'));
    expect(example).toBeDefined();
    const folder = home();
    writeConfig(folder, example!);
    expect(loadConfig({ env: {}, home: folder }).config.memory.embeddings.model).toBe('nomic-embed-text');
  });

  it('masks secrets for display', () => {
    const { config } = loadConfig({ env: { OPENAI_API_KEY: 'sk-live-0123456789abcdef' }, home: home(), flags: { safety: { secrets: ['hunter2'] } } });
    const masked = maskConfig(config);
    expect(masked.openai.apiKey).toBe('sk-…cdef');
    expect(masked.safety.secrets).toEqual(['****']);
    expect(JSON.stringify(masked)).not.toContain('0123456789');
    expect(maskSecret('short')).toBe('****');
  });
});
