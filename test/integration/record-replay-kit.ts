/**
 * Record a person's input on a page with the browser recorder and replay the
 * recording on a fresh load of the page through the browser operator, each
 * checked by the page's own state. Input arrives through Playwright's mouse
 * and keyboard on the recorded page (trusted events, as from a real device).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { ReplayPolicy } from '../../agent/policy/replay/replay-policy.js';
import { Runner } from '../../agent/runner/runner.js';
import { BrowserRecorder } from '../../main/recorder/browser/browser-recorder.js';
import { RecordingJournal, journalToTrajectory, readJournal } from '../../main/recorder/recording-journal.js';

export const KIT_VIEWPORT = { width: 600, height: 400 };

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Recorded {
  trajectory: Trajectory;
  journalText: string;
  state: unknown;
  warnings: { step: number; message: string }[];
  problems: string[];
}

export interface RecordOptions {
  browser: Browser;
  /** Where the journals go. */
  workDir: string;
  url: string;
  task: string;
  drive: (page: Page) => Promise<void>;
  /** Read from the page once the person is done (e.g. 'window.state'). */
  stateExpression: string;
  /**
   * Watch listeners from the start of the page, as `understudy record` does (BrowserOperator attached
   * before the page loads). Default false: the page built itself before anything watched.
   */
  watchFromTheStart?: boolean;
  /** Milliseconds after the last input before the recorder observes again (BrowserRecorderOptions.settleMs): long, to stand for a machine too busy to observe between inputs. */
  settleMs?: number;
}

/** Open the page, start recording, let `drive` act as a person, stop. */
export async function recordOnPage(options: RecordOptions): Promise<Recorded> {
  const context = await options.browser.newContext({ viewport: KIT_VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
  try {
    const page = await context.newPage();
    if (options.watchFromTheStart) await BrowserOperator.attach(page);
    await page.goto(options.url);
    const journal = RecordingJournal.create(join(options.workDir, 'journals'), {
      trajectoryId: `t-${Math.random().toString(36).slice(2)}`,
      task: options.task,
      environment: 'browser',
      appKey: 'file',
      startedAt: Date.now(),
      metadata: {},
    });
    const problems: string[] = [];
    const recorder = await BrowserRecorder.start({ page, task: options.task, journal, onWarning: (message) => problems.push(message), ...(options.settleMs !== undefined ? { settleMs: options.settleMs } : {}) });
    await options.drive(page);
    await pause(100);
    await recorder.stop();
    journal.end({ status: 'success', reason: 'test' });
    const state = await page.evaluate(options.stateExpression);
    return { trajectory: journalToTrajectory(readJournal(journal.path)), journalText: readFileSync(journal.path, 'utf8'), state, warnings: recorder.warnings, problems };
  } finally {
    await context.close();
  }
}

/** Replay on a fresh load of the page through the browser operator (attached before the page loads, as `replay` does). */
export async function replayOnPage(browser: Browser, trajectory: Trajectory, url: string, stateExpression: string) {
  const context = await browser.newContext({ viewport: KIT_VIEWPORT, locale: 'en-US', timezoneId: 'UTC' });
  try {
    const page = await context.newPage();
    const operator = await BrowserOperator.attach(page);
    await operator.goto(url);
    const runner = new Runner({ operator, policy: new ReplayPolicy(trajectory), budgets: { maxSteps: ReplayPolicy.stepBudget(trajectory) } });
    const run = await runner.run(trajectory.task);
    return { run, state: await page.evaluate(stateExpression), operator };
  } finally {
    await context.close();
  }
}

/** The centre of the element an expression finds, in the top viewport (the expression may reach into frames and shadow roots). */
export async function centreOf(page: Page, elementExpression: string): Promise<{ x: number; y: number }> {
  return (await page.evaluate(`(() => {
    const el = ${elementExpression};
    const r = el.getBoundingClientRect();
    let x = r.x + r.width / 2, y = r.y + r.height / 2;
    for (let view = el.ownerDocument.defaultView; view.frameElement; view = view.parent) {
      const f = view.frameElement.getBoundingClientRect();
      x += f.x + view.frameElement.clientLeft; y += f.y + view.frameElement.clientTop;
    }
    return { x, y };
  })()`)) as { x: number; y: number };
}

/** Each step as action:role:name, to compare recordings at a glance. */
export const stepSummary = (trajectory: Trajectory) =>
  trajectory.steps.map((step) => `${step.action.type}:${step.targets[0]?.role ?? '-'}:${step.targets[0]?.text || step.targets[0]?.label || ''}`);
