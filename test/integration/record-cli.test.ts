/** `understudy record` refuses bad input with one clear line, before opening any browser or hook. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../kits/cli-process.js';

const workDir = mkdtempSync(join(tmpdir(), 'understudy-record-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));
const db = join(workDir, 'memory.db');

// A hang guard, not a speed target: each case starts the CLI as a process, slow on a busy 2-core machine.
describe('understudy record: bad input', { timeout: 180_000 }, () => {
  it('needs exactly one mode and a task', async () => {
    const none = await runCli(['record', '--task', 'x', '--memory', db]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/choose exactly one of --url <url>, --miniwob <pages>, --desktop or --recover/);
    const two = await runCli(['record', '--url', 'about:blank', '--desktop', '--task', 'x', '--memory', db]);
    expect(two.stderr).toMatch(/choose exactly one/);
    const noTask = await runCli(['record', '--url', 'about:blank', '--memory', db]);
    expect(noTask.code).toBe(1);
    expect(noTask.stderr).toMatch(/--task is required/);
  });

  it('says what is wrong with a MiniWoB pages folder or task name', async () => {
    const missing = await runCli(['record', '--miniwob', join(workDir, 'nowhere'), '--task', 'enter-text', '--memory', db], { env: { DISPLAY: ':173' } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
    const unknown = await runCli(['record', '--miniwob', join(process.cwd(), 'harness', 'tasks', 'html'), '--task', 'no-such-task', '--memory', db], { env: { DISPLAY: ':173' } });
    expect(unknown.stderr).toMatch(/there is no MiniWoB task "no-such-task"/);
  });

  it('refuses a missing page file, or a host without a scheme, before it opens a window', async () => {
    const missing = await runCli(['record', '--url', join(workDir, 'nowhere.html'), '--task', 'x', '--memory', db], { env: { DISPLAY: ':173' } });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such page: .*nowhere\.html/);
    const host = await runCli(['record', '--url', 'localhost:9', '--task', 'x', '--memory', db], { env: { DISPLAY: ':173' } });
    expect(host.code).toBe(1);
    expect(host.stderr).toMatch(/"localhost:9" has no URL scheme/);
    expect(host.stderr).toMatch(/http:\/\/localhost:9/);
  });

  it('refuses a browser recording on a display where no X server runs', async () => {
    const result = await runCli(['record', '--url', 'about:blank', '--task', 'x', '--memory', db], { env: { DISPLAY: ':173', WAYLAND_DISPLAY: '' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no X server is running on display :173/);
  });

  it('refuses --desktop without a display instead of crashing in the native hook', async () => {
    const result = await runCli(['record', '--desktop', '--task', 'x', '--memory', db], { env: { DISPLAY: '' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no X display/);
    expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('reports nothing to recover in a fresh memory', async () => {
    const result = await runCli(['record', '--recover', '--memory', db]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/nothing to recover/);
  });
});
