import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../kits/cli-process.js';

describe('understudy CLI', () => {
  it('lists its commands in --help', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: understudy/);
    expect(result.stdout).toMatch(/^\s+demo\b/m);
  });

  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  it('rejects an unknown command with one line and a non-zero exit', async () => {
    const result = await runCli(['frobnicate']);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^understudy: unknown command 'frobnicate'/);
  });

  it('rejects an unknown flag with one line and a non-zero exit', async () => {
    const result = await runCli(['--frobnicate']);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/unknown option '--frobnicate'/);
  });
});
