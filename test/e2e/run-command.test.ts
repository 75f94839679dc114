/**
 * `understudy run` as a real process: a demonstration recorded through the
 * browser operator is in the memory; the offline policy performs a new
 * instance of the task on a real page in Chromium, and the run is kept.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { Runner } from '../../agent/runner/runner.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { projectRoot, runCli } from '../kits/cli-process.js';
import { ScriptedPolicy } from '../kits/scripted-policy.js';

const pageUrl = pathToFileURL(join(projectRoot, 'test', 'fixtures', 'pages', 'form.html')).href;
let folder: string;
let memoryPath: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'understudy-run-'));
  memoryPath = join(folder, 'memory.db');
  // The "person" demonstrates once, through the operator.
  const operator = await BrowserOperator.launch({ url: pageUrl });
  const find = (role: string, text: string) => (context: { observation: { elements: { id: number; role: string; text: string; label?: string }[] } }) => {
    const found = context.observation.elements.find((element) => element.role === role && (element.text === text || element.label === text));
    if (!found) throw new Error(`no ${role} ${text}`);
    return found.id;
  };
  const demonstration = new ScriptedPolicy([
    (context) => ({ kind: 'act', actions: [{ type: 'type', target: { elementId: find('textbox', 'Full name')(context) }, text: 'Ada Lovelace' }] }),
    (context) => ({ kind: 'act', actions: [{ type: 'click', target: { elementId: find('button', 'Save')(context) } }] }),
    () => ({ kind: 'act', actions: [{ type: 'done', success: true }] }),
  ]);
  const memory = ExemplarStore.open(memoryPath);
  try {
    const result = await new Runner({ operator, policy: demonstration }).run('Set the full name to "Ada Lovelace" and save', { source: 'demonstration' });
    expect(result.outcome.status).toBe('success');
    memory.add(result.trajectory, result.screenshots);
  } finally {
    memory.close();
    await operator.close();
  }
}, 120_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('understudy run', () => {
  it('performs a new instance of a demonstrated task with the offline policy and keeps the run', async () => {
    const result = await runCli(['run', 'Set the full name to "Grace Hopper" and save', '--url', pageUrl, '--memory', memoryPath], { timeoutMs: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/step 1: type "Grace Hopper" into \[\d+\]/);
    expect(result.stdout).toMatch(/step 2: click \[\d+\]/);
    expect(result.stdout).toMatch(/outcome: success/);
    expect(result.code).toBe(0);

    const memory = ExemplarStore.open(memoryPath, { readonly: true });
    try {
      const runs = memory.list({ filters: { source: 'agent' } });
      expect(runs).toHaveLength(1);
      const stored = memory.get(runs[0]!.id)!;
      expect(stored.task).toBe('Set the full name to "Grace Hopper" and save');
      expect(stored.steps.map((step) => step.action.type)).toEqual(['type', 'click']);
      expect(stored.steps[1]!.targets[0]).toMatchObject({ role: 'button', text: 'Save' });
    } finally {
      memory.close();
    }
  }, 120_000);

  it('replays a stored page recording on the page it was recorded on', async () => {
    const memory = ExemplarStore.open(memoryPath, { readonly: true });
    const [demonstration] = memory.list({ filters: { source: 'demonstration' } });
    memory.close();
    const result = await runCli(['replay', demonstration!.id, '--memory', memoryPath], { timeoutMs: 120_000 });
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/step 1: type "Ada Lovelace" into \[\d+\]/);
    expect(result.stdout).toMatch(/step 2: click \[\d+\]/);
    expect(result.stdout).toMatch(/outcome: success/);
    expect(result.code).toBe(0);
  }, 120_000);

  it('needs to be told where to act', async () => {
    const result = await runCli(['run', 'do something', '--memory', memoryPath]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^understudy: say where to act: --url <url> or --desktop/);
  });

  it('refuses a model policy without a model, naming the fix', async () => {
    const result = await runCli(['run', 'do something', '--url', pageUrl, '--policy', 'llm', '--memory', memoryPath], {
      env: { UNDERSTUDY_MODEL: '', UNDERSTUDY_CONFIG: '', XDG_CONFIG_HOME: folder },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the llm policy needs a language model/);
  });
});
