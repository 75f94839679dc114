import { describe, expect, it } from 'vitest';
import type { EpisodeResult } from '../miniwob/episode-result.js';
import { renderHtmlReport } from './html-report.js';
import { parsePublishedNumbers, summarize } from './scoring.js';

function episode(task: string, seed: number, rawReward: number, extra: Partial<EpisodeResult> = {}): EpisodeResult {
  return {
    kind: 'agent',
    task,
    seed,
    policy: 'offline',
    utterance: `Do ${task}`,
    done: true,
    reward: rawReward,
    rawReward,
    reason: rawReward === 1 ? 'ok' : 'wrong button',
    success: rawReward === 1,
    positive: rawReward > 0,
    steps: 1,
    durationMs: 100,
    modelCalls: 0,
    tokens: 0,
    outcome: { status: 'stopped', reason: 'the page ended the episode' },
    actions: [],
    pageErrors: [],
    ...extra,
  };
}

describe('HTML report', () => {
  const episodes = [
    episode('click-button', 0, 1),
    episode('click-button', 1, -1, {
      utterance: 'Click on the "<b>Ok</b>" button.',
      actions: [
        { description: 'click [4]', ok: true, thought: 'grounded "Cancel" (score 0.7)', screenshotSha256: 'aa' },
        { description: 'click [9]', ok: false, error: 'stale-element' },
      ],
      pageErrors: ['TypeError: x is undefined'],
      finalScreenshotSha256: 'bb',
    }),
    episode('enter-text', 0, 0.5),
  ];
  const html = renderHtmlReport({
    title: 'Bench <test>',
    runId: 'run-1',
    startedAt: Date.UTC(2026, 0, 1),
    finishedAt: Date.UTC(2026, 0, 1, 0, 1),
    settings: { policy: 'offline', seeds: '0-1' },
    summary: summarize(episodes),
    episodes,
    demonstrations: [episode('click-button', 1000, 1, { kind: 'demonstration' }), episode('enter-text', 1000, 1, { kind: 'demonstration' })],
    replays: [episode('click-button', 1000, 1, { kind: 'replay' }), episode('enter-text', 1000, -1, { kind: 'replay', reason: 'cannot re-ground step 0' })],
    published: parsePublishedNumbers('task\tSynapse\nclick-button\t1.0\nenter-text\t0.96\n'),
    screenshotPaths: new Map([
      ['aa', 'screenshots/aa.png'],
      ['bb', 'screenshots/bb.png'],
    ]),
  });

  it('shows the mean, per-task bars and the published comparison', () => {
    expect(html).toContain('<title>Bench &lt;test&gt;</title>');
    expect(html).toMatch(/mean success \(raw reward = 1\)<b>25\.0%<\/b>/);
    expect(html).toMatch(/mean reward &gt; 0 \(published criterion\)<b>75\.0%<\/b>/);
    expect(html).toMatch(/<th>Synapse<\/th>/);
    expect(html).toMatch(/click-button<\/a><\/td><td class="num">2<\/td>\s*<td><span class="bar fair"><i style="width:50\.0%"><\/i><span>50\.0%/);
    expect(html).toContain('<span>98.0%</span>'); // the published mean over the two tasks
  });

  it('lists failed episodes with screenshots, actions, reasons and page errors, escaped', () => {
    expect(html).toContain('click-button · seed 1 · raw reward -1');
    expect(html).toContain('enter-text · seed 0 · raw reward 0.5');
    expect(html).not.toContain('click-button · seed 0 ·');
    expect(html).toContain('Click on the "&lt;b&gt;Ok&lt;/b&gt;" button.');
    expect(html).toContain('<img src="screenshots/aa.png"');
    expect(html).toContain('<img src="screenshots/bb.png" alt="at the end"');
    expect(html).toContain('grounded "Cancel" (score 0.7)');
    expect(html).toContain('failed: stale-element');
    expect(html).toContain('TypeError: x is undefined');
    expect(html).toContain('Failed episodes (2)');
  });

  it('checks each demonstration against its replay', () => {
    expect(html).toContain('Demonstrations and their replays (1/2 reproduced)');
    expect(html).toContain('✗ cannot re-ground step 0');
  });

  it('counts demonstrations that were not replayed apart from replays that failed', () => {
    const withUnscored = renderHtmlReport({
      title: 'Bench',
      runId: 'run-2',
      startedAt: Date.UTC(2026, 0, 1),
      finishedAt: Date.UTC(2026, 0, 1, 0, 1),
      settings: {},
      summary: summarize(episodes),
      episodes,
      demonstrations: [episode('click-button', 1000, 1, { kind: 'demonstration' }), episode('click-tab', 1000, 0, { kind: 'demonstration', done: false })],
      replays: [episode('click-button', 1000, 1, { kind: 'replay' })],
      screenshotPaths: new Map(),
    });
    expect(withUnscored).toContain('Demonstrations and their replays (1/1 reproduced; 1 of 2 demonstrations not replayed)');
  });
});
