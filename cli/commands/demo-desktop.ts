/**
 * `understudy demo --desktop`: the desktop half of the main job, told as the
 * product's story — a person shows a task once, the agent does a new
 * instance of it from memory.
 *
 * 1. Demonstration: the project's small form application (Tk, on an X
 *    display — its own Xvfb when there is no usable one) is filled in by a
 *    scripted "person" (harness/desktop-app/form-task.ts) through the same
 *    DesktopOperator and Runner the agent uses; the trajectory, with its
 *    screenshots, is saved as a demonstration into a fresh exemplar memory in
 *    the output folder.
 * 2. Offline run: the app is restarted empty and the offline exemplar policy
 *    (no model) performs a NEW instance of the task from that memory alone,
 *    grounding each demonstrated step on fresh OCR observations, with the
 *    memory's completeness check. Each step is printed and the screenshots
 *    are saved with the actions drawn on them; the app's own state file says
 *    what was really submitted.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeAction, actionElementIds, type Action } from '../../agent/core/action.js';
import type { AgentEventListener } from '../../agent/core/events.js';
import { errorMessage } from '../../agent/core/errors.js';
import { boxCentre } from '../../agent/core/observation.js';
import type { Policy } from '../../agent/core/policy.js';
import type { TaskChecker } from '../../agent/core/checks.js';
import type { Outcome } from '../../agent/core/trajectory.js';
import { MemoryChecker } from '../../agent/checks/memory-checker.js';
import { Runner, type RunResult } from '../../agent/runner/runner.js';
import { annotateScreenshot } from '../../agent/operators/desktop/annotate-screenshot.js';
import { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import { assertDisplay } from '../../agent/operators/desktop/display.js';
import { startXvfb, type XvfbHandle } from '../../agent/operators/desktop/xvfb.js';
import { ExemplarPolicy } from '../../agent/policy/exemplar/exemplar-policy.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { launchFormApp, type FormApp, type FormAppState } from '../../harness/desktop-app/form-app.js';
import { DemonstratedScriptPolicy, FORM_TASK, FORM_TASK_SCRIPT } from '../../harness/desktop-app/form-task.js';

/** The new instance the agent performs from memory. */
export const DESKTOP_DEMO_NEW_TASK = 'Sign up Grace Hopper (grace@example.com) and subscribe her to the newsletter';

export interface DesktopDemoOptions {
  /** Output folder: the memory and the annotated screenshots. Default ./understudy-demo-desktop. */
  out?: string;
  /** Where progress lines go. Default: stdout. */
  log?: (line: string) => void;
  /** Always use a private Xvfb, even when DISPLAY works. Default false. */
  ownDisplay?: boolean;
  /** Display number for the private Xvfb. Default: the first free of 91–95. */
  xvfbDisplay?: number;
  /** The new instance for the offline run. Default DESKTOP_DEMO_NEW_TASK. */
  task?: string;
}

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

export type DesktopDemoPhase = DemoPhase<FormAppState>;

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

export interface DesktopDemoResult extends DemoOutput {
  /** Actions the offline run executed. */
  steps: number;
  /** The offline run's annotated screenshots. */
  screenshots: string[];
  /** The form application's own state after the offline run. */
  appState: FormAppState;
  demonstration: DesktopDemoPhase;
  offline: DesktopDemoPhase;
}

export async function runDesktopDemo(options: DesktopDemoOptions = {}): Promise<DesktopDemoResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const outDir = resolve(options.out ?? 'understudy-demo-desktop');
  const task = options.task ?? DESKTOP_DEMO_NEW_TASK;
  const memoryPath = freshDemoMemory(outDir);

  let xvfb: XvfbHandle | undefined;
  let app: FormApp | undefined;
  let operator: DesktopOperator | undefined;
  let memory: ExemplarStore | undefined;
  try {
    let display: string | undefined;
    if (!options.ownDisplay) {
      try {
        display = assertDisplay();
      } catch {
        display = undefined; // no usable display: start our own below
      }
    }
    if (!display) {
      xvfb = await startXvfb({ width: 1280, height: 800, display: options.xvfbDisplay });
      display = xvfb.display;
      log(`started a virtual X display ${display} (1280×800)`);
    } else {
      log(`using the X display ${display}`);
    }
    log('loading the OCR model…');
    operator = await DesktopOperator.open({ display });
    memory = ExemplarStore.open(memoryPath);

    log('');
    log('── phase 1: a person demonstrates the task once ──');
    app = await launchFormApp({ display });
    log('opened the form application (Tk)');
    log(`task: ${FORM_TASK}`);
    log('the demonstrator: a scripted person acting by on-screen text, through the same mouse and keyboard');
    const activeMemory = memory;
    const demonstration = await runPhase({
      operator,
      app,
      task: FORM_TASK,
      policy: new DemonstratedScriptPolicy(FORM_TASK_SCRIPT),
      folder: join(outDir, 'demonstration'),
      source: 'demonstration',
      save: (trajectory, screenshots) => activeMemory.add(trajectory, screenshots),
      log,
    });
    await app.stop();
    app = undefined;
    if (demonstration.outcome.status !== 'success') {
      throw new Error(`the demonstration did not succeed (${demonstration.outcome.status}: ${demonstration.outcome.reason})`);
    }
    log(`saved the demonstration (${demonstration.steps} actions, with screenshots) into the memory ${memoryPath}`);

    log('');
    log('── phase 2: the agent does a new instance from memory (offline exemplar policy, no model) ──');
    app = await launchFormApp({ display });
    log('restarted the form application empty');
    log(`task: ${task}`);
    const offline = await runPhase({
      operator,
      app,
      task,
      policy: new ExemplarPolicy({ memory }),
      checker: new MemoryChecker({ memory }),
      folder: join(outDir, 'offline'),
      source: 'agent',
      log,
    });
    log('');
    log(`demonstration: ${demonstration.outcome.status}; offline run on the new instance: ${offline.outcome.status} (${offline.outcome.reason})`);
    log(`screenshots with the actions drawn on them: ${join(outDir, 'demonstration')} and ${join(outDir, 'offline')}`);
    return {
      outcome: offline.outcome,
      steps: offline.steps,
      outDir,
      screenshots: offline.screenshots,
      appState: offline.appState,
      demonstration,
      offline,
      memoryPath,
      display,
      startedXvfb: xvfb !== undefined,
    };
  } finally {
    // Each cleanup on its own: one that fails must not leave the app or the X server running.
    await cleanUp('close the memory', () => memory?.close(), log);
    await cleanUp('close the operator', () => operator?.close(), log);
    await cleanUp('stop the form app', () => app?.stop(), log);
    await cleanUp('stop Xvfb', () => xvfb?.stop(), log);
  }
}

/** Run one cleanup step; a failure is logged, never thrown, so the steps after it still run. */
export async function cleanUp(what: string, step: () => unknown, log: (line: string) => void): Promise<void> {
  try {
    await step();
  } catch (error) {
    log(`could not ${what}: ${errorMessage(error)}`);
  }
}

interface PhaseOptions {
  operator: DesktopOperator;
  app: FormApp;
  task: string;
  policy: Policy;
  checker?: TaskChecker;
  /** Folder for this phase's annotated screenshots. */
  folder: string;
  source: 'demonstration' | 'agent';
  save?: (trajectory: RunResult['trajectory'], screenshots: Map<string, Uint8Array>) => void;
  log: (line: string) => void;
}

/** One run on the app: print each step, write the annotated screenshots, read the app's state. */
async function runPhase(options: PhaseOptions): Promise<DesktopDemoPhase> {
  const { operator, log } = options;
  mkdirSync(options.folder, { recursive: true });
  const runner = new Runner({
    operator,
    policy: options.policy,
    checker: options.checker,
    screenshots: true,
    save: options.save,
    // Generous: the machine may be shared, and OCR of a full screen takes seconds there.
    budgets: { maxSteps: 12, maxWallTimeMs: 240_000 },
  });
  const onEvent = demoEventLog(operator, log);
  const result = await runner.run(options.task, { signal: operator.stopSignal, onEvent, source: options.source, appKey: 'understudy-form-app' });
  const screenshots = await writeAnnotatedRun(result, operator, options.folder);
  const appState = options.app.readState();
  log(`  outcome: ${result.outcome.status} (${result.outcome.reason})${result.outcome.answer ? ` — answer "${result.outcome.answer}"` : ''}`);
  log(`  the application's own state: ${JSON.stringify(appState.submitted)}`);
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
export function demoEventLog(operator: DesktopOperator, log: (line: string) => void, onObservation?: () => void): AgentEventListener {
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

export function observationSources(operator: DesktopOperator): string {
  const stats = operator.lastStats;
  if (!stats) return 'sources unknown';
  const ocr = stats.ocrSkipped ? 'OCR skipped: nothing on screen lacked a tree' : `OCR ${stats.mode}`;
  return `${stats.accessibilityElements} from the accessibility tree, ${stats.ocrElements} by OCR; ${ocr}`;
}
