/**
 * `understudy demo --desktop --app gtk`: the desktop demo on a GTK 3
 * application read through its accessibility tree.
 *
 * 1. Recording: on an X display (its own Xvfb unless asked to use $DISPLAY)
 *    with a private session bus and accessibility bus, the GTK sign-up app
 *    is filled in by a "person" using real input (xdotool: the X pointer and
 *    keyboard, harness/desktop-app/gtk/signup-task.ts). The desktop
 *    recorder hears that input (uiohook), pairs each gesture with the
 *    observation before it and stores every target by role, name and
 *    accessibility path; the recording is saved as a demonstration into a
 *    fresh exemplar memory.
 * 2. Offline run: the app is started again, empty and elsewhere on the
 *    screen, and the offline exemplar policy (no model) signs up someone
 *    else on another plan from that memory alone, re-grounding each
 *    demonstrated target by role and name. The app's own state file says
 *    what was really submitted, in both phases.
 * Every observation line says where its elements came from (accessibility
 * tree or OCR).
 */
import { join, resolve } from 'node:path';
import { describeAction } from '../../agent/core/action.js';
import type { Outcome, Trajectory } from '../../agent/core/trajectory.js';
import { MemoryChecker } from '../../agent/checks/memory-checker.js';
import { startAccessibilitySession, type AccessibilitySession } from '../../agent/operators/desktop/a11y/private-session.js';
import { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import type { XvfbHandle } from '../../agent/operators/desktop/xvfb.js';
import { ExemplarPolicy } from '../../agent/policy/exemplar/exemplar-policy.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { DesktopRecorder } from '../../main/recorder/desktop/desktop-recorder.js';
import { RecordingJournal } from '../../main/recorder/recording-journal.js';
import { commitJournal } from '../../main/recorder/recording-sink.js';
import { launchSignupApp, type SignupApp, type SignupAppState } from '../../harness/desktop-app/gtk/signup-app.js';
import { SIGNUP_NEW_TASK, SIGNUP_SCRIPT, SIGNUP_TASK, doByHand } from '../../harness/desktop-app/gtk/signup-task.js';
import { cleanUp, type DemoOutput, type DemoPhase, demoLog, freshDemoMemory, observationSources, openDemoDisplay, runDemoPhase } from './demo-desktop-kit.js';

const APP_KEY = 'understudy-gtk-signup';

export interface GtkDesktopDemoOptions {
  /** Output folder: the memory and the annotated screenshots. Default ./understudy-demo-desktop-gtk. */
  out?: string;
  log?: (line: string) => void;
  /** Use $DISPLAY instead of a private Xvfb. Default false: the recording listens to every input on the display. */
  useDisplay?: boolean;
  /** The new instance for the offline run. Default SIGNUP_NEW_TASK. */
  task?: string;
}

/** A phase of the GTK demo; the recording writes no screenshots. */
export interface GtkDemoPhase extends DemoPhase<SignupAppState> {
  /** Elements per source, summed over the phase's observations. */
  sources: { a11y: number; ocr: number };
}

export interface GtkDesktopDemoResult extends DemoOutput {
  recording: GtkDemoPhase;
  /** The demonstration as saved in the memory. */
  demonstration: Trajectory;
  offline: GtkDemoPhase;
}

export async function runGtkDesktopDemo(options: GtkDesktopDemoOptions = {}): Promise<GtkDesktopDemoResult> {
  const log = demoLog(options.log);
  const outDir = resolve(options.out ?? 'understudy-demo-desktop-gtk');
  const task = options.task ?? SIGNUP_NEW_TASK;
  const memoryPath = freshDemoMemory(outDir);

  let xvfb: XvfbHandle | undefined;
  let session: AccessibilitySession | undefined;
  let app: SignupApp | undefined;
  let operator: DesktopOperator | undefined;
  let memory: ExemplarStore | undefined;
  let recorder: DesktopRecorder | undefined;
  const savedDisplay = process.env.DISPLAY;
  try {
    const opened = await openDemoDisplay({ use: options.useDisplay ? 'existing' : 'own', width: 1024, height: 700, log });
    xvfb = opened.xvfb;
    const display = opened.display;
    // uiohook reads DISPLAY when the hook starts.
    process.env.DISPLAY = display;
    session = await startAccessibilitySession({ display });
    log('started a private session bus and accessibility bus (AT-SPI)');
    log('loading the OCR model (for whatever publishes no accessibility tree)…');
    operator = await DesktopOperator.open({
      display,
      stopHotkey: false, // the recorder hears the stop chord itself
      accessibility: { sessionBusAddress: session.sessionBusAddress, required: true, budgetMs: 5_000 },
    });
    memory = ExemplarStore.open(memoryPath);

    log('');
    log('── phase 1: a person signs up Ada Lovelace with the real mouse and keyboard; the desktop recorder records it ──');
    app = await launchSignupApp({ env: session.env });
    log('opened the GTK 3 sign-up application');
    log(`task: ${SIGNUP_TASK}`);
    const journal = RecordingJournal.create(join(outDir, 'journals'), {
      trajectoryId: `gtk-demo-${Date.now()}`,
      task: SIGNUP_TASK,
      environment: 'desktop',
      appKey: APP_KEY,
      startedAt: Date.now(),
      metadata: { recorder: 'desktop', display, app: 'gtk-signup' },
    });
    const recordingSources = { a11y: 0, ocr: 0 };
    const activeOperator = operator;
    recorder = await DesktopRecorder.start({
      observer: {
        scaleFactor: operator.scaleFactor,
        observe: async (observeOptions) => {
          const observation = await activeOperator.observe(observeOptions);
          for (const element of observation.elements) recordingSources[element.source === 'a11y' ? 'a11y' : 'ocr']++;
          return observation;
        },
      },
      task: SIGNUP_TASK,
      journal,
      onStep: (step) => {
        const target = step.targets[0];
        const path = target?.attributes?.path;
        log(`  recorded step ${step.index + 1}: ${describeAction(step.action)}${target ? ` — ${target.role} "${target.text || target.label || ''}" (${path ? `accessibility path ${path}` : 'by on-screen text'})` : ''}`);
      },
      onWarning: (message) => log(`  recorder warning: ${message}`),
    });
    const activeRecorder = recorder;
    log(`  the recorder's first observation: ${observationSources(operator)}`);
    await doByHand(SIGNUP_SCRIPT, {
      display,
      // A person looks once the screen has settled after their last input.
      look: async () => {
        await activeRecorder.settled();
        return activeOperator.observe();
      },
      afterInput: () => activeRecorder.settled(),
      onStep: (step, element) =>
        log(`  the person ${step.do === 'type' ? `types "${step.text}"` : `clicks the ${step.role} "${step.name}" at its centre (${element ? `${Math.round(element.box.x + element.box.width / 2)},${Math.round(element.box.y + element.box.height / 2)}` : '?'})`}`),
    });
    const recordedState = await app.waitForState((state) => state.submitCount === 1, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await recorder.settled();
    await recorder.stop();
    recorder = undefined;
    journal.end({ status: 'success', reason: 'demonstration recorded' });
    const saved = await commitJournal(journal, memory);
    if (saved.kind !== 'saved') throw new Error(`the recording was not saved (${saved.kind})`);
    const demonstration = saved.trajectory;
    log(`  the application's own state: ${JSON.stringify(recordedState.submitted)}`);
    log(`saved the demonstration (${demonstration.steps.length} steps, targets by role and name) into the memory ${memoryPath}`);
    const recording: GtkDemoPhase = {
      task: SIGNUP_TASK,
      outcome: demonstration.outcome,
      steps: demonstration.steps.length,
      trajectoryId: demonstration.id,
      screenshots: [],
      appState: recordedState,
      sources: recordingSources,
    };
    await app.stop();
    app = undefined;

    log('');
    log('── phase 2: the agent signs up someone new from memory (offline exemplar policy, no model) ──');
    // Elsewhere on the screen: the demonstration's coordinates would miss; its targets' roles and names do not.
    app = await launchSignupApp({ env: session.env, x: 300, y: 60 });
    log('restarted the application empty, at another place on the screen');
    log(`task: ${task}`);
    const offlineSources = { a11y: 0, ocr: 0 };
    const offline = await runOffline({ operator, app, memory, task, folder: join(outDir, 'offline'), sources: offlineSources, log });
    log('');
    log(`recording: ${JSON.stringify(recordedState.submitted)}; offline run: ${offline.outcome.status} (${offline.outcome.reason})`);
    log(`elements observed — recording: ${recordingSources.a11y} from the accessibility tree, ${recordingSources.ocr} by OCR; offline run: ${offlineSources.a11y} from the accessibility tree, ${offlineSources.ocr} by OCR`);
    log(`screenshots with the actions drawn on them: ${join(outDir, 'offline')}`);
    return { outcome: offline.outcome, outDir, memoryPath, display, startedXvfb: xvfb !== undefined, recording, demonstration, offline };
  } finally {
    await cleanUp('stop the recorder', () => recorder?.stop(), log);
    await cleanUp('close the memory', () => memory?.close(), log);
    await cleanUp('close the operator', () => operator?.close(), log);
    await cleanUp('stop the GTK app', () => app?.stop(), log);
    await cleanUp('stop the accessibility session', () => session?.stop(), log);
    await cleanUp('stop Xvfb', () => xvfb?.stop(), log);
    if (savedDisplay === undefined) delete process.env.DISPLAY;
    else process.env.DISPLAY = savedDisplay;
  }
}

interface OfflineOptions {
  operator: DesktopOperator;
  app: SignupApp;
  memory: ExemplarStore;
  task: string;
  folder: string;
  sources: { a11y: number; ocr: number };
  log: (line: string) => void;
}

/** The offline policy on the fresh app: each step printed, screenshots annotated, the app's state read. */
async function runOffline(options: OfflineOptions): Promise<GtkDemoPhase> {
  const { operator, app, memory } = options;
  const phase = await runDemoPhase({
    operator,
    task: options.task,
    policy: new ExemplarPolicy({ memory }),
    checker: new MemoryChecker({ memory }),
    folder: options.folder,
    source: 'agent',
    appKey: APP_KEY,
    maxSteps: 16,
    onObservation: () => {
      const stats = operator.lastStats;
      if (stats) {
        options.sources.a11y += stats.accessibilityElements;
        options.sources.ocr += stats.ocrElements;
      }
    },
    // The app answers the click on "Sign up" with a state write; give it a moment.
    readState: () => app.waitForState((state) => state.submitCount > 0, 5_000).catch(() => app.readState()),
    shownState: (state) => state.submitted,
    log: options.log,
  });
  return { ...phase, sources: options.sources };
}
