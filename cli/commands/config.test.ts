/**
 * `understudy config show` as a process: precedence and masking end to end.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'understudy-cli-config-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function understudy(args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('UNDERSTUDY_') && !key.startsWith('OPENAI_')));
  return run(process.execPath, ['--import', 'tsx', join(root, 'cli', 'understudy.ts'), ...args], {
    cwd: root,
    env: { ...clean, XDG_CONFIG_HOME: join(folder, 'xdg'), ...env },
  }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe('understudy config show', () => {
  it('prints the effective config, file < env < flags, with the key masked', async () => {
    mkdirSync(join(folder, 'xdg', 'understudy'), { recursive: true });
    writeFileSync(join(folder, 'xdg', 'understudy', 'config.json'), JSON.stringify({ model: 'gguf:/m.gguf', budgets: { maxSteps: 7 } }));
    const result = await understudy(['config', 'show', '--json', '--base-url', 'http://localhost:8080/v1'], {
      UNDERSTUDY_MODEL: 'openai:gpt-4o-mini',
      OPENAI_API_KEY: 'sk-proj-SECRETSECRETSECRET9876',
    });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('SECRETSECRET');
    const shown = JSON.parse(result.stdout) as { config: { model: string; openai: { apiKey: string; baseUrl: string }; budgets: { maxSteps: number } }; sources: Record<string, string> };
    expect(shown.config.model).toBe('openai:gpt-4o-mini');
    expect(shown.config.openai).toMatchObject({ apiKey: 'sk-…9876', baseUrl: 'http://localhost:8080/v1' });
    expect(shown.config.budgets.maxSteps).toBe(7);
    expect(shown.sources).toMatchObject({ model: 'env', 'openai.baseUrl': 'flag', 'budgets.maxSteps': 'file', 'budgets.maxTokens': 'default' });

    const table = await understudy(['config', 'show'], { OPENAI_API_KEY: 'sk-proj-SECRETSECRETSECRET9876', XDG_DATA_HOME: '/data' });
    expect(table.stdout).toMatch(/openai\.apiKey\s+"sk-…9876"\s+\[env\]/);
    expect(table.stdout).toMatch(/memory\.path\s+"\/data\/understudy\/memory\.db"\s+\[default\]/);
    expect(table.stdout).not.toContain('SECRETSECRET');
  });

  it('a broken config file is a clear error, not a stack trace', async () => {
    const bad = join(folder, 'bad.json');
    writeFileSync(bad, JSON.stringify({ policy: { critiqueRounds: -1 } }));
    const result = await understudy(['config', 'show', '--config', bad], {});
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^understudy: config file .*bad\.json: policy\.critiqueRounds: /);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
