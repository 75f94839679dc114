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
import { join, resolve } from 'node:path';
import type { Policy } from '../../agent/core/policy.js';
import type { TaskChecker } from '../../agent/core/checks.js';
import { MemoryChecker } from '../../agent/checks/memory-checker.js';
import type { RunResult } from '../../agent/runner/runner.js';
import { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import type { XvfbHandle } from '../../agent/operators/desktop/xvfb.js';
import { ExemplarPolicy } from '../../agent/policy/exemplar/exemplar-policy.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { launchFormApp, type FormApp, type FormAppState } from '../../harness/desktop-app/form-app.js';
import { DemonstratedScriptPolicy, FORM_TASK, FORM_TASK_SCRIPT } from '../../harness/desktop-app/form-task.js';
import { cleanUp, type DemoOutput, type DemoPhase, demoLog, freshDemoMemory, openDemoDisplay, runDemoPhase } from './demo-desktop-kit.js';

/** The new instance the agent performs from memory. */
export const DESKTOP_DEMO_NEW_TASK = 'Sign up Grace Hopper (grace@example.com) and subscribe her to the newsletter';

export interface DesktopDemoOptions {
  /** Output folder: the memory and the annotated screenshots. Default ./understudy-demo-desktop. */
  out?: string;
  /** Where progress lines go. Default: stdout. */
  log?: (line: string) => void;
  /** Always use a private Xvfb, even when DISPLAY works. Default false. */
  ownDisplay?: boolean;
  /** Display number for the private Xvfb. Default: a free one the X server picks. */
  xvfbDisplay?: number;
  /** The new instance for the offline run. Default DESKTOP_DEMO_NEW_TASK. */
  task?: string;
}

export type DesktopDemoPhase = DemoPhase<FormAppState>;

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
  const log = demoLog(options.log);
  const outDir = resolve(options.out ?? 'understudy-demo-desktop');
  const task = options.task ?? DESKTOP_DEMO_NEW_TASK;
  const memoryPath = freshDemoMemory(outDir);

  let xvfb: XvfbHandle | undefined;
  let app: FormApp | undefined;
  let operator: DesktopOperator | undefined;
  let memory: ExemplarStore | undefined;
  try {
    const opened = await openDemoDisplay({ use: options.ownDisplay ? 'own' : 'prefer-existing', width: 1280, height: 800, xvfbDisplay: options.xvfbDisplay, log });
    xvfb = opened.xvfb;
    const display = opened.display;
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

/** One run on the form app: at most 12 actions; the app's state read as soon as the run ends. */
function runPhase(options: PhaseOptions): Promise<DesktopDemoPhase> {
  const { app, ...phase } = options;
  return runDemoPhase({ ...phase, appKey: 'understudy-form-app', maxSteps: 12, readState: () => app.readState(), shownState: (state) => state.submitted });
}
