/**
 * `understudy mcp` end to end: the SDK's own client talks to the server, a
 * child process over stdio, which attaches (--cdp) to a real Chromium showing
 * the project's MiniWoB-protocol suite pages. The test resets the pages to
 * seeds and reads their state and reward through its own DevTools connection;
 * the memory is a real SQLite file seeded with recorded demonstrations.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEvaluation } from '../../harness/evaluation.js';
import { MiniwobEnvironment } from '../../harness/miniwob/environment.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { demonstrators } from '../../harness/tasks/demonstrators/index.js';
import { elementId, launchDevtoolsBrowser, resultText, startMcpServer, type DevtoolsBrowser, type McpProcess } from './mcp-kit.js';

const folder = mkdtempSync(join(tmpdir(), 'understudy-mcp-e2e-'));
const memoryPath = join(folder, 'memory.db');
let chrome: DevtoolsBrowser;
let mcp: McpProcess;
let environment: MiniwobEnvironment;
const toolListChanges: number[] = [];

/** The page's episode at this seed, and its instruction. */
async function startEpisode(task: string, seed: number): Promise<string> {
  await environment.ensureOpen(task);
  await environment.reset(seed);
  return environment.utterance();
}

/** Limits for a loaded machine, not timing assertions. */
const SLOW = 240_000;

beforeAll(async () => {
  // Demonstrations of two suite tasks, recorded the way the harness records them.
  const recorded = await runEvaluation({
    dir: suiteDirectory(),
    tasks: ['click-button', 'login-user'],
    seeds: [],
    policy: 'offline',
    demonstrators,
    demoSeeds: [1000],
    saveAgentTrajectories: false,
    workers: 1,
    fileUrls: true,
    reportDir: join(folder, 'report'),
    memoryPath,
  });
  expect(recorded.demonstrations.every((demo) => demo.success)).toBe(true);
  chrome = await launchDevtoolsBrowser();
  environment = new MiniwobEnvironment(chrome.page, { baseUrl: `${pathToFileURL(suiteDirectory()).href}/`, maxTimeMs: 600_000 });
  mcp = await startMcpServer(['--cdp', chrome.endpoint, '--memory', memoryPath]);
  mcp.client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
    toolListChanges.push(Date.now());
  });
}, 300_000);

afterAll(async () => {
  await mcp?.close();
  await chrome?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('understudy mcp (SDK client over stdio, real Chromium)', () => {
  it('lists its tools, with one typed tool per learned task', async () => {
    const { tools } = await mcp.client.listTools();
    const names = tools.map((tool) => tool.name);
    expect(names).toEqual(expect.arrayContaining(['observe', 'act', 'recall', 'run_task', 'save_trajectory', 'task_click_button', 'task_login_user']));
    expect(names).not.toContain('task_enter_text');
    const login = tools.find((tool) => tool.name === 'task_login_user')!;
    expect(login.description).toContain('{username}');
    expect(login.description).toContain('{password}');
    expect(login.description).toMatch(/1 verified demonstration \(replayed and reproduced\)/);
    expect(login.inputSchema.required).toEqual(expect.arrayContaining(['username', 'password']));
    expect((login.inputSchema.properties as Record<string, { type: string }>).username!.type).toBe('string');
  }, SLOW);

  it('observes a suite page, acts on it (the page holds the text), and refuses stale and unknown ids', async () => {
    await startEpisode('enter-text', 3);
    const observed = await mcp.client.callTool({ name: 'observe', arguments: { screenshot: true } });
    expect(observed.isError).toBeFalsy();
    const text = resultText(observed);
    expect(text).toMatch(/textbox/);
    const image = (observed.content as { type: string; data?: string; mimeType?: string }[]).find((block) => block.type === 'image');
    expect(image?.mimeType).toBe('image/png');
    expect(Buffer.from(image!.data!, 'base64').subarray(1, 4).toString()).toBe('PNG');

    const field = elementId(text, /textbox/);
    const typed = await mcp.client.callTool({ name: 'act', arguments: { action: { type: 'type', text: 'grace', target: { elementId: field }, replace: true } } });
    expect(resultText(typed)).toMatch(/^done: type "grace"/);
    expect(await chrome.page.inputValue('#tt')).toBe('grace');

    const unknown = await mcp.client.callTool({ name: 'act', arguments: { action: { type: 'click', target: { elementId: 9999 } } } });
    expect(unknown.isError).toBe(true);
    expect(resultText(unknown)).toMatch(/element \[9999\] is not in the latest observation.*observe again/);

    // A new episode rebuilds the page: the observed field is gone.
    await startEpisode('enter-text', 4);
    const stale = await mcp.client.callTool({ name: 'act', arguments: { action: { type: 'type', text: 'x', target: { elementId: field } } } });
    expect(stale.isError).toBe(true);
    expect(resultText(stale)).toMatch(/stale/);
    expect(await chrome.page.inputValue('#tt')).toBe('');
  }, SLOW);

  it('gives a tool error naming the field for bad input, and stays healthy', async () => {
    const bad = await mcp.client.callTool({ name: 'act', arguments: { action: { type: 'click', target: { elementId: 'three' } } } });
    expect(bad.isError).toBe(true);
    expect(resultText(bad)).toMatch(/action\.target/);
    const missing = await mcp.client.callTool({ name: 'task_login_user', arguments: { username: 'ada' } });
    expect(missing.isError).toBe(true);
    expect(resultText(missing)).toMatch(/password/);
    const wrongType = await mcp.client.callTool({ name: 'recall', arguments: { task: 'x', k: 'many' } });
    expect(wrongType.isError).toBe(true);
    expect(resultText(wrongType)).toMatch(/\bk\b/);
    const { tools } = await mcp.client.listTools();
    expect(tools.length).toBeGreaterThan(5);
  }, SLOW);

  it('refuses a risky action without --auto-approve, saying it needs confirmation', async () => {
    await startEpisode('login-user', 6);
    const text = resultText(await mcp.client.callTool({ name: 'observe', arguments: {} }));
    const password = elementId(text, /textbox\S* "Password"/);
    const refused = await mcp.client.callTool({ name: 'act', arguments: { action: { type: 'type', text: 'secret', target: { elementId: password } } } });
    expect(refused.isError).toBe(true);
    expect(resultText(refused)).toMatch(/confirmation/);
    expect(resultText(refused)).toMatch(/--auto-approve/);
    expect(await chrome.page.inputValue('#password')).toBe('');
  }, SLOW);

  it('recalls similar trajectories from the seeded memory', async () => {
    const recalled = resultText(await mcp.client.callTool({ name: 'recall', arguments: { task: 'Enter the username "ada" and the password "x1" into the text fields and press login.', k: 1 } }));
    expect(recalled).toMatch(/username/);
    expect(recalled).toMatch(/type ".+" into textbox "Password"|type ".+" into textbox ""/);
    expect(recalled).toMatch(/demonstration, success/);
  }, SLOW);

  it('runs a whole task with the offline policy, with progress notifications (the page rewards it)', async () => {
    const utterance = await startEpisode('click-button', 21);
    const progress: string[] = [];
    const result = await mcp.client.callTool({ name: 'run_task', arguments: { task: utterance } }, undefined, {
      onprogress: (update) => progress.push(update.message ?? ''),
      timeout: 120_000,
    });
    expect(resultText(result)).toMatch(/outcome: success/);
    expect((await environment.waitForDone(2_000)).rawReward).toBe(1);
    expect(progress.some((message) => /^step 1: click/.test(message))).toBe(true);
  }, SLOW);

  it('saves a task the client did with act, finds it with recall, and offers it as a learned tool that works with new values', async () => {
    // save_trajectory keeps every act since the last save: the earlier tests' acts are saved first, as a failed try.
    await mcp.client.callTool({ name: 'save_trajectory', arguments: { task: 'Try out act on a few pages', success: false } });
    const utterance = await startEpisode('enter-text', 11);
    const word = utterance.match(/"([^"]+)"/)![1]!;
    const text = resultText(await mcp.client.callTool({ name: 'observe', arguments: {} }));
    await mcp.client.callTool({ name: 'act', arguments: { action: { type: 'type', text: word, target: { elementId: elementId(text, /textbox/) }, replace: true } } });
    await mcp.client.callTool({ name: 'act', arguments: { action: { type: 'click', target: { elementId: elementId(text, /button "Submit"/) } } } });
    expect((await environment.waitForDone(2_000)).rawReward).toBe(1);

    const changesBefore = toolListChanges.length;
    const saved = resultText(await mcp.client.callTool({ name: 'save_trajectory', arguments: { task: utterance, success: true, name: 'enter-text' } }));
    const id = saved.match(/saved trajectory (\S+)/)![1]!;
    expect(saved).toMatch(/learned task tool: task_enter_text\(text\)/);
    await expect.poll(() => toolListChanges.length, { timeout: 5_000 }).toBeGreaterThan(changesBefore);

    const recalled = resultText(await mcp.client.callTool({ name: 'recall', arguments: { task: utterance } }));
    expect(recalled).toContain(id);

    const { tools } = await mcp.client.listTools();
    const learned = tools.find((tool) => tool.name === 'task_enter_text');
    expect(learned?.description).toContain('Enter "{text}" into the text field and press Submit.');
    expect(learned?.inputSchema.required).toEqual(['text']);

    // A new instance, a value never demonstrated.
    const next = await startEpisode('enter-text', 12);
    const newWord = next.match(/"([^"]+)"/)![1]!;
    expect(newWord).not.toBe(word);
    const run = resultText(await mcp.client.callTool({ name: 'task_enter_text', arguments: { text: newWord } }, undefined, { timeout: 120_000 }));
    expect(run).toMatch(/outcome: success/);
    expect(run).toContain(`type "${newWord}"`);
    expect((await environment.waitForDone(2_000)).rawReward).toBe(1);
  }, SLOW);

  it('follows the memory: a demonstration another process saves becomes a tool once verified', async () => {
    const changesBefore = toolListChanges.length;
    const store = ExemplarStore.open(memoryPath);
    try {
      const original = store.list({ limit: 100, filters: { source: 'demonstration' } }).map((summary) => store.get(summary.id)!).find((trajectory) => trajectory.metadata.task === 'click-button')!;
      // As a recorder would save them: one replay-verified, one whose replay failed.
      store.add({ ...original, id: `${original.id}-verified`, metadata: { ...original.metadata, task: 'tap-button', verified: true } });
      store.add({ ...original, id: `${original.id}-unverified`, metadata: { ...original.metadata, task: 'press-button', verified: false } });
    } finally {
      store.close();
    }
    await expect.poll(() => toolListChanges.length, { timeout: 10_000 }).toBeGreaterThan(changesBefore);
    const { tools } = await mcp.client.listTools();
    const tap = tools.find((tool) => tool.name === 'task_tap_button');
    expect(tap?.description).toMatch(/1 verified demonstration \(replayed and reproduced\)/);
    expect(tools.map((tool) => tool.name)).not.toContain('task_press_button');
  }, SLOW);

  it('stops input to the page when run_task is cancelled', async () => {
    // A long form: twenty fields, demonstrated once through act.
    const page = join(folder, 'long-form.html');
    const fields = Array.from({ length: 20 }, (_, index) => `<label for="f${index}">Field ${index + 1}</label><input id="f${index}"><br>`).join('');
    // The values to copy are on the page: the offline policy types nothing that is neither in the task nor on screen.
    const values = Array.from({ length: 20 }, (_, index) => `value ${index + 1}`).join('; ');
    writeFileSync(page, `<!doctype html><html><body><p>Codes to enter: ${values}</p><form>${fields}</form></body></html>`);
    await chrome.page.goto(pathToFileURL(page).href);
    let text = resultText(await mcp.client.callTool({ name: 'observe', arguments: {} }));
    for (let index = 0; index < 20; index++) {
      await mcp.client.callTool({ name: 'act', arguments: { action: { type: 'type', text: `value ${index + 1}`, target: { elementId: elementId(text, new RegExp(`textbox "Field ${index + 1}"`)) } } } });
      text = resultText(await mcp.client.callTool({ name: 'observe', arguments: {} }));
    }
    await mcp.client.callTool({ name: 'save_trajectory', arguments: { task: 'Fill in the long form', success: true, name: 'long-form' } });

    await chrome.page.reload();
    const filled = () => chrome.page.evaluate("[...document.querySelectorAll('input')].filter((input) => input.value !== '').length") as Promise<number>;
    expect(await filled()).toBe(0);
    const controller = new AbortController();
    let steps = 0;
    const running = mcp.client.callTool({ name: 'run_task', arguments: { task: 'Fill in the long form' } }, undefined, {
      signal: controller.signal,
      timeout: 120_000,
      onprogress: (update) => {
        if (/^step/.test(update.message ?? '') && ++steps === 2) controller.abort('enough');
      },
    });
    await expect(running).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const afterCancel = await filled();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await filled()).toBe(afterCancel);
    expect(afterCancel).toBeGreaterThanOrEqual(2);
    expect(afterCancel).toBeLessThan(20);
    // The server is still serving.
    const observed = await mcp.client.callTool({ name: 'observe', arguments: {} });
    expect(observed.isError).toBeFalsy();
  }, SLOW);

  it('serves recent trajectories and the masked configuration as resources', async () => {
    const { resources } = await mcp.client.listResources();
    expect(resources.map((resource) => resource.uri)).toEqual(expect.arrayContaining(['understudy://configuration', 'understudy://trajectories/recent']));
    const recent = await mcp.client.readResource({ uri: 'understudy://trajectories/recent' });
    const list = JSON.parse((recent.contents[0] as { text: string }).text) as { task: string }[];
    expect(list.some((item) => item.task === 'Fill in the long form')).toBe(true);
    const configuration = JSON.parse(((await mcp.client.readResource({ uri: 'understudy://configuration' })).contents[0] as { text: string }).text);
    expect(configuration.autoApprove).toBe(false);
    expect(configuration.config.safety.confirmRiskyActions).toBe(true);
  }, SLOW);
});
