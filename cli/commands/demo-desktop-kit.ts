/**
 * What the two desktop demos (`demo-desktop.ts` on the Tk form by OCR,
 * `demo-desktop-gtk.ts` on the GTK app through its accessibility tree) share:
 * the X display they run on, a fresh memory, one Runner phase printed step by
 * step with its annotated screenshots, and cleanups that never throw.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeAction, actionElementIds, type Action } from '../../agent/core/action.js';
import type { AgentEventListener } from '../../agent/core/events.js';
import { errorMessage } from '../../agent/core/errors.js';
import { boxCentre } from '../../agent/core/observation.js';
import type { Policy } from '../../agent/core/policy.js';
import type { TaskChecker } from '../../agent/core/checks.js';
import type { Outcome } from '../../agent/core/trajectory.js';
import { Runner, type RunResult } from '../../agent/runner/runner.js';
import { annotateScreenshot } from '../../agent/operators/desktop/annotate-screenshot.js';
import type { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import { assertDisplay } from '../../agent/operators/desktop/display.js';
import { startXvfb, type XvfbHandle } from '../../agent/operators/desktop/xvfb.js';

/** One phase of a desktop demo (the demonstration, or the offline run), with the app's own state at its end. */
export interface DemoPhase<AppState> {
  task: string;
  outcome: Outcome;
  /** Actions executed. */
  steps: number;
  /** The trajectory's id (for the demonstration: its id in the memory). */
  trajectoryId: string;
  /** Annotated screenshots written, in order (one per action, then the final screen). */
  screenshots: string[];
  /** The application's own state at the end of the phase. */
  appState: AppState;
}

/** What every desktop demo ends with: the offline run's outcome (the demo's result) and where it ran. */
export interface DemoOutput {
  outcome: Outcome;
  /** Absolute path of the output folder. */
  outDir: string;
  /** The exemplar memory the demonstration was saved into (SQLite file). */
  memoryPath: string;
  /** The X display used, and whether the demo started it. */
  display: string;
  startedXvfb: boolean;
}

export type DemoLog = (line: string) => void;

/** Progress lines to stdout, unless the caller collects them. */
export function demoLog(log: DemoLog | undefined): DemoLog {
  return log ?? ((line: string) => process.stdout.write(`${line}\n`));
}

/**
 * The X display a demo runs on: `existing` insists on $DISPLAY, `own` always
 * starts an Xvfb of the given size, `prefer-existing` uses $DISPLAY when it
 * works and starts an Xvfb otherwise. The caller stops `xvfb` when it is set.
 */
export async function openDemoDisplay(options: {
  use: 'existing' | 'own' | 'prefer-existing';
  width: number;
  height: number;
  /** Display number for a private Xvfb. Default: startXvfb's choice. */
  xvfbDisplay?: number;
  log: DemoLog;
}): Promise<{ display: string; xvfb?: XvfbHandle }> {
  let display: string | undefined;
  if (options.use === 'existing') {
    display = assertDisplay();
  } else if (options.use === 'prefer-existing') {
    try {
      display = assertDisplay();
    } catch {
      display = undefined; // no usable display: start our own below
    }
  }
  if (display) {
    options.log(`using the X display ${display}`);
    return { display };
  }
  const xvfb = await startXvfb({ width: options.width, height: options.height, display: options.xvfbDisplay });
  options.log(`started a virtual X display ${xvfb.display} (${options.width}×${options.height})`);
  return { display: xvfb.display, xvfb };
}

/** Run one cleanup step; a failure is logged, never thrown, so the steps after it still run. */
export async function cleanUp(what: string, step: () => unknown, log: DemoLog): Promise<void> {
  try {
    await step();
  } catch (error) {
    log(`could not ${what}: ${errorMessage(error)}`);
  }
}

/**
 * The output folder made and a fresh memory path in it: the offline run must owe its success
 * to this demo's demonstration alone, so an earlier run's memory (and its WAL files) goes.
 */
export function freshDemoMemory(outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const memoryPath = join(outDir, 'memory.sqlite');
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${memoryPath}${suffix}`, { force: true });
  return memoryPath;
}

export interface DemoPhaseOptions<AppState> {
  operator: DesktopOperator;
  task: string;
  policy: Policy;
  checker?: TaskChecker;
  /** Folder for this phase's annotated screenshots. */
  folder: string;
  source: 'demonstration' | 'agent';
  appKey: string;
  maxSteps: number;
  save?: (trajectory: RunResult['trajectory'], screenshots: Map<string, Uint8Array>) => void;
  /** Called after each observation (before its line is printed). */
  onObservation?: () => void;
  /** The application's own state once the run has ended. */
  readState: () => AppState | Promise<AppState>;
  /** The part of that state the phase's last line shows. */
  shownState: (state: AppState) => unknown;
  log: DemoLog;
}

/** One run on the app: print each step, write the annotated screenshots, read the app's state. */
export async function runDemoPhase<AppState>(options: DemoPhaseOptions<AppState>): Promise<DemoPhase<AppState>> {
  const { operator, log } = options;
  mkdirSync(options.folder, { recursive: true });
  const runner = new Runner({
    operator,
    policy: options.policy,
    checker: options.checker,
    screenshots: true,
    save: options.save,
    // Generous: the machine may be shared, and OCR of a full screen takes seconds there.
    budgets: { maxSteps: options.maxSteps, maxWallTimeMs: 240_000 },
  });
  const onEvent = demoEventLog(operator, log, options.onObservation);
  const result = await runner.run(options.task, { signal: operator.stopSignal, onEvent, source: options.source, appKey: options.appKey });
  const screenshots = await writeAnnotatedRun(result, operator, options.folder);
  const appState = await options.readState();
  log(`  outcome: ${result.outcome.status} (${result.outcome.reason})${result.outcome.answer ? ` — answer "${result.outcome.answer}"` : ''}`);
  log(`  the application's own state: ${JSON.stringify(options.shownState(appState))}`);
  return {
    task: options.task,
    outcome: result.outcome,
    steps: result.trajectory.steps.length,
    trajectoryId: result.trajectory.id,
    screenshots,
    appState,
  };
}

/**
 * The Runner's events as the demo's lines: each observation with its sources
 * (`onObservation` runs first, to count them), recalls, checks, and each
 * action naming its targets as the compact observation showed them.
 */
export function demoEventLog(operator: DesktopOperator, log: DemoLog, onObservation?: () => void): AgentEventListener {
  // The compact observation's lines by element id ("[4] textbox \"Email\""), to name an action's target.
  let described = new Map<number, string>();
  return (event) => {
    if (event.type === 'observation') {
      described = new Map(
        event.text.split('\n').flatMap((line) => {
          const match = /^\[(\d+)\]\s+(.*)$/.exec(line.trim());
          return match ? [[Number(match[1]), match[2]!] as const] : [];
        }),
      );
      onObservation?.();
      log(`  step ${event.step + 1}: observed ${event.elementCount} elements in ${Math.round(event.observeMs)} ms (${observationSources(operator)})`);
    } else if (event.type === 'retrieval') {
      for (const exemplar of event.exemplars) log(`  recalled "${exemplar.task}" from memory (${exemplar.why})`);
    } else if (event.type === 'check') {
      log(`  ${event.check} check: ${event.verdict.ok ? 'yes' : 'no'} — ${event.verdict.reason}`);
    } else if (event.type === 'action') {
      const names = actionElementIds(event.action).flatMap((id) => (described.has(id) ? [`[${id}] = ${described.get(id)}`] : []));
      const via = event.result.ok && event.result.via ? ` — through ${event.result.via}` : '';
      log(`  step ${event.step + 1}: ${describeAction(event.action)}${names.length > 0 ? ` (${names.join(', ')})` : ''}${via}${event.result.ok ? '' : ` — failed: ${event.result.error}`}`);
    }
  };
}

/** A run's annotated step screenshots (writeAnnotatedSteps), then the screen it ended on. */
export async function writeAnnotatedRun(result: RunResult, operator: DesktopOperator, folder: string): Promise<string[]> {
  const screenshots = writeAnnotatedSteps(result, folder);
  const final = await operator.observe({ screenshot: true });
  if (final.screenshot?.png) {
    const file = join(folder, 'final.png');
    writeFileSync(file, annotateScreenshot(final.screenshot.png, { elements: final.elements }));
    screenshots.push(file);
  }
  return screenshots;
}

/** One PNG per step: its screenshot with the elements outlined and the action's target framed. */
export function writeAnnotatedSteps(result: RunResult, folder: string): string[] {
  const screenshots: string[] = [];
  for (const step of result.trajectory.steps) {
    const png = step.observation.screenshotSha256 ? result.screenshots.get(step.observation.screenshotSha256) : undefined;
    if (!png) continue;
    const targets = actionElementIds(step.action)
      .map((id) => step.observation.elements.find((element) => element.id === id))
      .filter((element) => element !== undefined);
    const file = join(folder, `step-${String(step.index + 1).padStart(2, '0')}-${step.action.type}.png`);
    writeFileSync(
      file,
      annotateScreenshot(png, {
        elements: step.observation.elements,
        targets: targets.map((element) => element.box),
        points: pointsOf(step.action, targets.map((element) => boxCentre(element.box))),
      }),
    );
    screenshots.push(file);
  }
  return screenshots;
}

/** Where the pointer went for an action, logical pixels. */
function pointsOf(action: Action, targetCentres: { x: number; y: number }[]): { x: number; y: number }[] {
  const points = [...targetCentres];
  const add = (target: unknown) => {
    if (target && typeof target === 'object' && 'x' in target && 'y' in target) points.push(target as { x: number; y: number });
  };
  if ('target' in action) add(action.target);
  if (action.type === 'drag') {
    add(action.from);
    add(action.to);
  }
  return points;
}

/** Which source the latest observation's elements came from, for the demo's lines ("29 from the accessibility tree, 0 by OCR"). */
export function observationSources(operator: DesktopOperator): string {
  const stats = operator.lastStats;
  if (!stats) return 'sources unknown';
  const ocr = stats.ocrSkipped ? 'OCR skipped: nothing on screen lacked a tree' : `OCR ${stats.mode}`;
  return `${stats.accessibilityElements} from the accessibility tree, ${stats.ocrElements} by OCR; ${ocr}`;
}
