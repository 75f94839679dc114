/**
 * `understudy demo --desktop`: the desktop half of the main job. Opens the
 * project's small form application on an X display (its own Xvfb when there
 * is no usable display), then performs a demonstrated task on it through OCR
 * observations and the real mouse and keyboard, printing each step and saving
 * the screenshots with the actions drawn on them.
 *
 * The policy replays a fixed demonstration by on-screen text
 * (test/fixtures/desktop-app/form-task.ts): no model, fully offline.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeAction, actionElementIds, type Action } from '../../agent/core/action.js';
import { errorMessage } from '../../agent/core/errors.js';
import { boxCentre } from '../../agent/core/observation.js';
import type { Outcome } from '../../agent/core/trajectory.js';
import { Runner } from '../../agent/runner/runner.js';
import { annotateScreenshot } from '../../agent/operators/desktop/annotate-screenshot.js';
import { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import { assertDisplay } from '../../agent/operators/desktop/display.js';
import { startXvfb, type XvfbHandle } from '../../agent/operators/desktop/xvfb.js';
import { launchFormApp, type FormApp, type FormAppState } from '../../test/fixtures/desktop-app/form-app.js';
import { DemonstratedScriptPolicy, FORM_TASK, FORM_TASK_SCRIPT } from '../../test/fixtures/desktop-app/form-task.js';

export interface DesktopDemoOptions {
  /** Folder for the annotated screenshots. Default ./understudy-demo-desktop. */
  out?: string;
  /** Where progress lines go. Default: stdout. */
  log?: (line: string) => void;
  /** Always use a private Xvfb, even when DISPLAY works. Default false. */
  ownDisplay?: boolean;
  /** Display number for the private Xvfb. Default: the first free of 91–95. */
  xvfbDisplay?: number;
}

export interface DesktopDemoResult {
  outcome: Outcome;
  /** Actions executed. */
  steps: number;
  /** Absolute path of the output folder. */
  outDir: string;
  /** Annotated screenshots written, in order. */
  screenshots: string[];
  /** The form application's own state at the end. */
  appState: FormAppState;
  /** The X display used, and whether the demo started it. */
  display: string;
  startedXvfb: boolean;
}

export async function runDesktopDemo(options: DesktopDemoOptions = {}): Promise<DesktopDemoResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const outDir = resolve(options.out ?? 'understudy-demo-desktop');
  mkdirSync(outDir, { recursive: true });

  let xvfb: XvfbHandle | undefined;
  let app: FormApp | undefined;
  let operator: DesktopOperator | undefined;
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
    app = await launchFormApp({ display });
    log('opened the form application (Tk)');
    log('loading the OCR model…');
    operator = await DesktopOperator.open({ display });
    log(`task: ${FORM_TASK}`);
    log('policy: a demonstration replayed by on-screen text (no model)');

    const runner = new Runner({
      operator,
      policy: new DemonstratedScriptPolicy(FORM_TASK_SCRIPT),
      screenshots: true,
      budgets: { maxSteps: 12, maxWallTimeMs: 120_000 },
    });
    const activeOperator = operator;
    const result = await runner.run(FORM_TASK, {
      signal: operator.stopSignal,
      onEvent: (event) => {
        if (event.type === 'observation') {
          const stats = activeOperator.lastStats;
          log(`step ${event.step + 1}: observed ${event.elementCount} elements by OCR in ${Math.round(event.observeMs)} ms${stats ? ` (${stats.mode})` : ''}`);
        } else if (event.type === 'action') {
          log(`step ${event.step + 1}: ${describeAction(event.action)}${event.result.ok ? '' : ` — failed: ${event.result.error}`}`);
        }
      },
    });

    const screenshots: string[] = [];
    for (const step of result.trajectory.steps) {
      const png = step.observation.screenshotSha256 ? result.screenshots.get(step.observation.screenshotSha256) : undefined;
      if (!png) continue;
      const targets = actionElementIds(step.action)
        .map((id) => step.observation.elements.find((element) => element.id === id))
        .filter((element) => element !== undefined);
      const file = join(outDir, `step-${String(step.index + 1).padStart(2, '0')}-${step.action.type}.png`);
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
    const final = await operator.observe({ screenshot: true });
    if (final.screenshot?.png) {
      const file = join(outDir, 'final.png');
      writeFileSync(file, annotateScreenshot(final.screenshot.png, { elements: final.elements }));
      screenshots.push(file);
    }

    const appState = app.readState();
    log(`outcome: ${result.outcome.status} (${result.outcome.reason})`);
    log(`the application's own state: ${JSON.stringify(appState.submitted)}`);
    log(`screenshots with the actions drawn on them: ${outDir}`);
    return {
      outcome: result.outcome,
      steps: result.trajectory.steps.length,
      outDir,
      screenshots,
      appState,
      display,
      startedXvfb: xvfb !== undefined,
    };
  } finally {
    await operator?.close().catch((error: unknown) => log(`could not close the operator: ${errorMessage(error)}`));
    await app?.stop();
    await xvfb?.stop();
  }
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
