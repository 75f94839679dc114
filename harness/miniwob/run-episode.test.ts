import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicyContext } from '../../agent/core/policy.js';
import { ScriptedPolicy } from '../../test/kits/scripted-policy.js';
import { launchHarnessBrowser } from '../browser.js';
import { browserOperatorFactory } from '../operator-factory.js';
import { serveDirectory, type StaticServer } from '../static-server.js';
import { MiniwobEnvironment, newTaskContext } from './environment.js';
import { ReplayPolicy } from '../../agent/policy/replay/replay-policy.js';
import { recordDemonstration } from './record-demonstration.js';
import { runPolicyEpisode } from './run-episode.js';
import { RESERVE_MS, withinEpisode } from './episode-watch-operator.js';
import type { Action } from '../../agent/core/action.js';
import { miniDemonstrators } from '../../test/fixtures/miniwob-mini/demonstrators.js';

const MINI = fileURLToPath(new URL('../../test/fixtures/miniwob-mini/', import.meta.url));

function button(context: PolicyContext, pick: (text: string) => boolean): number {
  const found = context.observation.elements.find((element) => element.role === 'button' && pick(element.text));
  if (!found) throw new Error('no such button');
  return found.id;
}
const target = (context: PolicyContext) => /"(\w+)"/.exec(context.task)![1]!;

describe('episodes on a protocol page through the browser operator', () => {
  let browser: Browser;
  let server: StaticServer;
  let context: BrowserContext;
  let environment: MiniwobEnvironment;
  beforeAll(async () => {
    browser = await launchHarnessBrowser();
    server = await serveDirectory(MINI);
    context = await newTaskContext(browser);
    environment = new MiniwobEnvironment(await context.newPage(), { baseUrl: server.url });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('ends the run as soon as the page reports done, and scores the raw reward', async () => {
    // A wrong click first; the script would go on clicking, but the page has ended the episode.
    const policy = new ScriptedPolicy([
      (context) => ({ kind: 'act', actions: [{ type: 'click', target: { elementId: button(context, (text) => text !== target(context)) } }] }),
      (context) => ({ kind: 'act', actions: [{ type: 'click', target: { elementId: button(context, (text) => text === target(context)) } }] }),
    ]);
    const operator = await browserOperatorFactory(environment.page);
    const { result, trajectory } = await runPolicyEpisode({ environment, operator, policy, task: 'click-button-mini', seed: 4 });
    expect(policy.contexts).toHaveLength(1);
    expect(result).toMatchObject({ kind: 'agent', done: true, rawReward: -1, success: false, positive: false, steps: 1, reason: 'wrong button' });
    expect(result.utterance).toMatch(/^Click on the "\w+" button\.$/);
    expect(trajectory?.outcome).toMatchObject({ status: 'failed', reward: -1 });
    expect(trajectory?.metadata).toMatchObject({ task: 'click-button-mini', seed: 4, agentOutcome: { status: 'stopped', reason: 'the page ended the episode' } });
    expect(result.finalScreenshotSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an agent that claims done before the page ends the episode scores 0, not success', async () => {
    const policy = new ScriptedPolicy([() => ({ kind: 'act', actions: [{ type: 'done', success: true }] })]);
    const operator = await browserOperatorFactory(environment.page);
    const { result } = await runPolicyEpisode({ environment, operator, policy, task: 'enter-text-mini', seed: 1 });
    expect(result).toMatchObject({ done: false, rawReward: 0, success: false, steps: 0 });
    expect(result.reason).toMatch(/the page did not end the episode; the agent's run ended: success/);
  });

  it('a recorded demonstration replays on its own seed to the same reward, with fresh element ids', async () => {
    const operator = await browserOperatorFactory(environment.page);
    const demo = await recordDemonstration({ environment, operator, demonstrator: miniDemonstrators['enter-text-mini']!, task: 'enter-text-mini', seed: 21 });
    expect(demo.result).toMatchObject({ kind: 'demonstration', success: true, rawReward: 1, steps: 2 });
    const stored = demo.trajectory!;
    expect(stored.source).toBe('demonstration');
    expect(stored.outcome).toMatchObject({ status: 'success', reward: 1 });
    expect(stored.steps.map((step) => step.targets[0]?.role)).toEqual(['textbox', 'button']);
    expect(stored.steps[0]!.observation.text.length).toBeGreaterThan(0);

    const replay = await runPolicyEpisode({ environment, operator, policy: new ReplayPolicy(stored), task: 'enter-text-mini', seed: 21, kind: 'replay' });
    expect(replay.result).toMatchObject({ kind: 'replay', done: true, rawReward: 1, success: true, steps: 2 });
    // On another seed the typed text is wrong for the new instance: the replay does not pass by accident.
    const elsewhere = await runPolicyEpisode({ environment, operator, policy: new ReplayPolicy(stored), task: 'enter-text-mini', seed: 22, kind: 'replay' });
    const sameWord = /"(\w+)"/.exec(elsewhere.result.utterance)![1] === /"(\w+)"/.exec(stored.task)![1];
    expect(elsewhere.result.success).toBe(sameWord);
  });

  it("keeps a wait inside the page's time limit, so the policy refuses before the page times the episode out", async () => {
    // A 5 s limit and a 20 s wait for something that never shows: the wait is cut short, the policy gets its next turn.
    const limited = new MiniwobEnvironment(await context.newPage(), { baseUrl: server.url, maxTimeMs: 5_000 });
    const policy = new ScriptedPolicy([
      () => ({ kind: 'act', actions: [{ type: 'wait-until', until: { shows: { name: 'a suggestion that never shows' } }, timeoutMs: 20_000 }] }),
      (context) => ({ kind: 'give-up', reason: `refused after: ${context.history.at(-1)?.result?.error ?? 'no error'}` }),
    ]);
    const operator = await browserOperatorFactory(limited.page);
    const { result } = await runPolicyEpisode({ environment: limited, operator, policy, task: 'enter-text-mini', seed: 2 });
    expect(policy.contexts).toHaveLength(2);
    expect(policy.contexts[1]!.history.at(-1)?.result).toMatchObject({ ok: false, error: expect.stringMatching(/^wait timed out/) });
    expect(result).toMatchObject({ done: false, rawReward: 0 });
    expect(result.reason).toMatch(/refused after: wait timed out/);
    await limited.page.close();
  });

  it('withinEpisode shortens only waits longer than the time left, less the reserve', () => {
    const wait: Action = { type: 'wait-until', until: { shows: { name: 'x' } }, timeoutMs: 10_000 };
    expect(withinEpisode(wait, undefined)).toBe(wait);
    expect(withinEpisode(wait, 60_000)).toBe(wait);
    expect(withinEpisode(wait, 8_000)).toMatchObject({ timeoutMs: 8_000 - RESERVE_MS });
    expect(withinEpisode(wait, 1_000)).toMatchObject({ timeoutMs: 0 });
    expect(withinEpisode({ type: 'wait', ms: 9_000 }, 5_000)).toEqual({ type: 'wait', ms: 5_000 - RESERVE_MS });
    const click: Action = { type: 'click', target: { elementId: 3 }, when: { until: { enabled: { elementId: 3 } }, timeoutMs: 10_000 } };
    expect(withinEpisode(click, 7_000)).toMatchObject({ when: { timeoutMs: 7_000 - RESERVE_MS } });
    const plain: Action = { type: 'click', target: { elementId: 3 } };
    expect(withinEpisode(plain, 0)).toBe(plain);
  });
});
