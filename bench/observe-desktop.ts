/**
 * Desktop observation figures (prints, never pass/fail), on a private
 * 1280×800 Xvfb with real Tk windows:
 *   - full observation p50 (grab + OCR of everything + layout),
 *   - incremental observation p50 when < 10% of the screen changed (a few
 *     characters typed into a field between observations),
 *   - OCR word accuracy on rendered UI text (menus, buttons, labels, list
 *     rows in two fonts at 10–14 pt): share of the shown words read exactly.
 * Targets (issue 4): full ≤ 1.0 s with ≥ 98% word accuracy; incremental ≤ 150 ms.
 * Then, with the accessibility tree (issue 14), on the same display with a
 * private accessibility bus and the GTK 3 sign-up app:
 *   - full observation p50 of the GTK app through its tree (target ≤ 150 ms),
 *     the tree read alone, and the same screen by OCR alone for comparison;
 *   - incremental observation p50 (the tree kept, AT-SPI events read again
 *     what changed; target ≤ 50 ms), with nothing changed and right after a
 *     real click changed a check box;
 *   - element recall: the controls a sign-up demonstration acts on, found
 *     with the right role and name (target 100%), by the tree and by OCR;
 *   - a huge window (1 200 generated controls): observation time within the
 *     budget and what it left out.
 * Wall times suffer when other processes share the CPU; the CPU time of the
 * observing process (all threads) is printed beside them as a load-independent figure.
 *   - clicks on target: real clicks at the centres of the app's radio buttons
 *     and check box, each proved by the app's state file (target 100% over
 *     ≥ 200 clicks); `--scale 2` runs the accessibility figures on a 2× screen
 *     (2560×1600 at 192 dpi, GTK at GDK_SCALE=2; the operator detects the scale).
 * Usage: tsx bench/observe-desktop.ts [--runs N] [--a11y-only] [--scale 2] [--clicks N]
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DesktopOperator } from '../agent/operators/desktop/desktop-operator.js';
import { OcrEngine } from '../agent/operators/desktop/ocr.js';
import { startXvfb } from '../agent/operators/desktop/xvfb.js';
import { startAccessibilitySession } from '../agent/operators/desktop/a11y/private-session.js';
import { AtspiReader } from '../agent/operators/desktop/a11y/atspi-reader.js';
import type { Observation } from '../agent/core/observation.js';
import { launchSignupApp, type SignupAppState } from '../harness/desktop-app/gtk/signup-app.js';
import { exitOnHelp } from './usage.mjs';

exitOnHelp(import.meta.url);

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 7;
const scale = Number(process.argv[process.argv.indexOf('--scale') + 1]) || 1;
// At another scale the OCR figures (measured at 1×) are not comparable: only the accessibility ones run.
const accessibilityOnly = process.argv.includes('--a11y-only') || scale !== 1;
const clicks = Number(process.argv[process.argv.indexOf('--clicks') + 1]) || 200;
const here = dirname(fileURLToPath(import.meta.url));
const script = join(here, '..', 'harness', 'desktop-app', 'ui-text.tcl');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number) => `${Math.round(value)} ms`;
/** CPU time of this process (all threads, tesseract's worker included), ms. */
const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

/** Exact word matches between the truth and what was read, as a multiset. */
function wordAccuracy(truth: string[], read: string[]): { matched: number; total: number; missed: string[] } {
  const pool = new Map<string, number>();
  for (const word of read) pool.set(word, (pool.get(word) ?? 0) + 1);
  const missed: string[] = [];
  let matched = 0;
  for (const word of truth) {
    const left = pool.get(word) ?? 0;
    if (left > 0) {
      matched++;
      pool.set(word, left - 1);
    } else {
      missed.push(word);
    }
  }
  return { matched, total: truth.length, missed };
}

async function main(): Promise<void> {
  const xvfb = await startXvfb({ width: 1280 * scale, height: 800 * scale, dpi: 96 * scale });
  const folder = mkdtempSync(join(tmpdir(), 'understudy-bench-desktop-'));
  const truthFile = join(folder, 'truth.txt');
  const app = spawn('wish', [script, truthFile], { env: { ...process.env, DISPLAY: xvfb.display }, stdio: 'ignore' });
  const ocr = await OcrEngine.create();
  try {
    if (!accessibilityOnly) await ocrFigures();
    // The Tk window must be gone: anything left on screen without a tree is read by OCR.
    const exited = new Promise((resolve) => (app.exitCode !== null || app.signalCode !== null ? resolve(undefined) : app.once('exit', resolve)));
    app.kill('SIGTERM');
    await exited;
    await accessibilityFigures(xvfb.display, ocr);
  } finally {
    await ocr.terminate();
    app.kill('SIGTERM');
    rmSync(folder, { recursive: true, force: true });
    await xvfb.stop();
  }

  async function ocrFigures(): Promise<void> {
    while (!existsSync(truthFile)) await new Promise((resolve) => setTimeout(resolve, 50));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const truth = readFileSync(truthFile, 'utf8').split('\n').flatMap((line) => line.split(/\s+/)).filter(Boolean);

    process.stdout.write(`desktop observation bench — 1280×800 Xvfb ${xvfb.display}, ${truth.length} words of UI text, ${runs} runs, load average ${loadavg()[0]!.toFixed(1)}\n`);

    // Full: every observation reads the whole screen.
    const full = await DesktopOperator.open({ display: xvfb.display, ocr, incremental: false, stopHotkey: false });
    const fullTimes: number[] = [];
    const fullCpu: number[] = [];
    const phases = { grabMs: [] as number[], controlsMs: [] as number[], ocrMs: [] as number[], layoutMs: [] as number[] };
    let readWords: string[] = [];
    await full.observe(); // warm-up: the first recognition initialises tesseract's buffers
    for (let run = 0; run < runs; run++) {
      const cpuBefore = process.cpuUsage();
      const observation = await full.observe();
      fullCpu.push(cpuMs(process.cpuUsage(cpuBefore)));
      fullTimes.push(full.lastStats!.totalMs);
      for (const phase of Object.keys(phases) as (keyof typeof phases)[]) phases[phase].push(full.lastStats![phase]);
      readWords = observation.elements.flatMap((element) => [element.text, element.value ?? ''].join(' ').split(/\s+/)).filter(Boolean);
    }
    // A field's label is repeated as its text: count words by line elements and values only once.
    const observation = await full.observe();
    const seen = observation.elements.flatMap((element) => (element.role === 'textbox' ? (element.value ?? '') : element.text).split(/\s+/)).filter(Boolean);
    readWords = seen;
    await full.close();
    const accuracy = wordAccuracy(truth, readWords);

    // Incremental: type a few characters into the Notes field between observations.
    const incremental = await DesktopOperator.open({ display: xvfb.display, ocr, stopHotkey: false });
    const first = await incremental.observe();
    const notes = first.elements.find((element) => element.role === 'textbox');
    if (notes) await incremental.execute({ type: 'click', target: { elementId: notes.id } });
    await incremental.observe();
    const incrementalTimes: number[] = [];
    const incrementalCpu: number[] = [];
    const shares: number[] = [];
    const modes = new Map<string, number>();
    for (let run = 0; run < runs; run++) {
      execFileSync('xdotool', ['type', '--delay', '0', `note${run} `], { env: { ...process.env, DISPLAY: xvfb.display } });
      await new Promise((resolve) => setTimeout(resolve, 60));
      const cpuBefore = process.cpuUsage();
      await incremental.observe();
      const cpu = cpuMs(process.cpuUsage(cpuBefore));
      const stats = incremental.lastStats!;
      modes.set(stats.mode, (modes.get(stats.mode) ?? 0) + 1);
      if (stats.mode === 'incremental') {
        incrementalTimes.push(stats.totalMs);
        incrementalCpu.push(cpu);
        shares.push(stats.changedShare);
      }
    }
    const last = await incremental.observe();
    const typed = last.elements.find((element) => element.role === 'textbox')?.value ?? '';
    await incremental.close();

    process.stdout.write(`full observation p50:        ${ms(median(fullTimes))} (min ${ms(Math.min(...fullTimes))}, max ${ms(Math.max(...fullTimes))}; target ≤ 1000 ms); CPU time p50 ${ms(median(fullCpu))}\n`);
    process.stdout.write(`  phases p50: ${Object.entries(phases).map(([phase, values]) => `${phase.replace('Ms', '')} ${ms(median(values))}`).join(', ')}\n`);
    process.stdout.write(
      `incremental observation p50: ${incrementalTimes.length ? ms(median(incrementalTimes)) : 'n/a'} with ${shares.length ? (100 * median(shares)).toFixed(1) : '?'}% of tiles changed (modes: ${[...modes].map(([mode, count]) => `${mode} ${count}`).join(', ')}; target ≤ 150 ms); CPU time p50 ${incrementalCpu.length ? ms(median(incrementalCpu)) : 'n/a'}\n`,
    );
    process.stdout.write(`OCR word accuracy:           ${(100 * accuracy.matched / accuracy.total).toFixed(1)}% (${accuracy.matched}/${accuracy.total} words exact; target ≥ 98%)\n`);
    if (accuracy.missed.length) process.stdout.write(`  missed: ${accuracy.missed.join(' ')}\n`);
    // The preprocessing choice, measured: the same screen read at 1× (no upscale).
    const plain = await OcrEngine.create({ upscale: 1 });
    try {
      const oneX = await DesktopOperator.open({ display: xvfb.display, ocr: plain, incremental: false, stopHotkey: false });
      await oneX.observe();
      const cpu: number[] = [];
      let words: string[] = [];
      for (let run = 0; run < Math.min(runs, 3); run++) {
        const before = process.cpuUsage();
        const seenAt1x = await oneX.observe();
        cpu.push(cpuMs(process.cpuUsage(before)));
        words = seenAt1x.elements.flatMap((element) => (element.role === 'textbox' ? (element.value ?? '') : element.text).split(/\s+/)).filter(Boolean);
      }
      await oneX.close();
      const at1x = wordAccuracy(truth, words);
      process.stdout.write(`  for comparison, without the 2× upscale: accuracy ${(100 * at1x.matched / at1x.total).toFixed(1)}%, CPU time p50 ${ms(median(cpu))}\n`);
    } finally {
      await plain.terminate();
    }
    process.stdout.write(`  field read back after ${runs} incremental steps: ${JSON.stringify(typed)}\n`);
  }
}

/** The controls a sign-up demonstration on the GTK app acts on (role, name). */
const DEMONSTRATION_TARGETS: [string, string][] = [
  ['textbox', 'Full name'],
  ['textbox', 'Email address'],
  ['textbox', 'Password'],
  ['checkbox', 'Send me the newsletter'],
  ['radio', 'Pro'],
  ['combobox', 'Country'],
  ['option', 'Computing'],
  ['button', 'Sign up'],
  ['menuitem', 'File'],
];

function recall(observation: Observation): { found: number; missed: string[] } {
  const missed = DEMONSTRATION_TARGETS.filter(([role, name]) => !observation.elements.some((element) => element.role === role && element.text === name)).map(
    ([role, name]) => `${role} "${name}"`,
  );
  return { found: DEMONSTRATION_TARGETS.length - missed.length, missed };
}

async function accessibilityFigures(display: string, ocr: OcrEngine): Promise<void> {
  const session = await startAccessibilitySession({ display });
  const gtk = await launchSignupApp({ env: { ...session.env, ...(scale !== 1 ? { GDK_SCALE: String(scale) } : {}) } });
  try {
    // Full: every observation reads the whole tree and the whole screen again (incremental: false).
    const fullOperator = await DesktopOperator.open({
      display,
      ocr,
      stopHotkey: false,
      incremental: false,
      accessibility: { sessionBusAddress: session.sessionBusAddress, required: true, budgetMs: 2_000 },
    });
    await fullOperator.observe(); // warm-up: the toolkit creates its accessible objects on first ask
    const times: number[] = [];
    const treeTimes: number[] = [];
    const cpu: number[] = [];
    for (let run = 0; run < runs; run++) {
      const before = process.cpuUsage();
      await fullOperator.observe();
      cpu.push(cpuMs(process.cpuUsage(before)));
      times.push(fullOperator.lastStats!.totalMs);
      treeTimes.push(fullOperator.lastStats!.accessibilityMs);
    }
    const stats = fullOperator.lastStats!;
    await fullOperator.close();
    // Incremental (the default): the tree kept between observations, brought up to date by AT-SPI events.
    const operator = await DesktopOperator.open({ display, ocr, stopHotkey: false, accessibility: { sessionBusAddress: session.sessionBusAddress, required: true, budgetMs: 2_000 } });
    let observation: Observation | undefined = await operator.observe();
    await new Promise((resolve) => setTimeout(resolve, 500)); // the events that follow the first registration
    const quietTimes: number[] = [];
    const quietCpu: number[] = [];
    for (let run = 0; run < runs; run++) {
      const before = process.cpuUsage();
      observation = await operator.observe();
      quietCpu.push(cpuMs(process.cpuUsage(before)));
      quietTimes.push(operator.lastStats!.totalMs);
    }
    // After a change: a real click toggles the check box, the app confirms it, then the observation.
    const changedTimes: number[] = [];
    const changedCpu: number[] = [];
    let refreshedNodes = 0;
    let wholeReads = 0;
    let followed = 0;
    for (let run = 0; run < runs; run++) {
      const box = observation!.elements.find((element) => element.role === 'checkbox' && element.text === 'Send me the newsletter');
      if (!box) break;
      const wanted = !gtk.readState().newsletter;
      await operator.execute({ type: 'click', target: { elementId: box.id } });
      await gtk.waitForState((state) => state.newsletter === wanted, 5_000).catch(() => undefined);
      const before = process.cpuUsage();
      observation = await operator.observe();
      changedCpu.push(cpuMs(process.cpuUsage(before)));
      changedTimes.push(operator.lastStats!.totalMs);
      refreshedNodes += operator.lastStats!.accessibilityIncremental?.nodesRefreshed ?? 0;
      wholeReads += operator.lastStats!.accessibilityIncremental?.applicationsRead ?? 1;
      const seen = observation.elements.find((element) => element.role === 'checkbox' && element.text === 'Send me the newsletter');
      if (Boolean(seen?.states.checked) === wanted) followed++;
    }
    // Clicks on target: cycle through the plans and the newsletter box; the app's state must follow every click.
    const targets = [
      ...['Pro', 'Team', 'Free'].map((plan) => ({ role: 'radio', name: plan, done: (state: SignupAppState) => state.plan === plan })),
      { role: 'checkbox', name: 'Send me the newsletter', done: undefined },
    ];
    let onTarget = 0;
    const clickStarted = performance.now();
    for (let index = 0; index < clicks; index++) {
      const target = targets[index % targets.length]!;
      const element = observation!.elements.find((candidate) => candidate.role === target.role && candidate.text === target.name);
      if (!element) continue;
      const before = gtk.readState().newsletter;
      const result = await operator.execute({ type: 'click', target: { elementId: element.id } });
      if (!result.ok) continue;
      const done = target.done ?? ((state: SignupAppState) => state.newsletter !== before);
      try {
        await gtk.waitForState(done, 5_000);
        onTarget++;
      } catch {
        // A missed click: counted as such.
      }
    }
    const clickMs = (performance.now() - clickStarted) / Math.max(1, clicks);
    await operator.close();
    // The tree read alone, by listing (Collection) and by walking level by level.
    const reader = await AtspiReader.open({ sessionBusAddress: session.sessionBusAddress, incremental: false });
    const strategyTimes = { collection: [] as number[], walk: [] as number[] };
    for (let run = 0; run < runs; run++) {
      for (const strategy of ['collection', 'walk'] as const) {
        const snapshot = await reader.read({ scale: 1, region: { x: 0, y: 0, width: 1280, height: 800 }, budgetMs: 5_000, strategy });
        strategyTimes[strategy].push(snapshot.stats.elapsedMs);
      }
    }
    reader.close();
    const byTree = recall(observation!);
    // The same screen through OCR alone, as before this issue.
    const ocrOnly = await DesktopOperator.open({ display, ocr, stopHotkey: false, accessibility: false, incremental: false });
    await ocrOnly.observe();
    const ocrObservation = await ocrOnly.observe();
    const ocrMs = ocrOnly.lastStats!.totalMs;
    await ocrOnly.close();
    const byOcr = recall(ocrObservation);
    process.stdout.write(
      `\naccessibility (GTK 3 sign-up app, private AT-SPI bus, screen scale ${scale} (detected ${operator.scaleFactor} from ${operator.scaleSource}), ${runs} runs, load average ${loadavg()[0]!.toFixed(1)})\n`,
    );
    process.stdout.write(`clicks on target:            ${onTarget}/${clicks} (${((100 * onTarget) / clicks).toFixed(1)}%; target 100%), ${ms(clickMs)} per click with its state check\n`);
    process.stdout.write(
      `full observation p50:        ${ms(median(times))} (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}; target ≤ 150 ms; whole tree and whole screen each time); tree read p50 ${ms(median(treeTimes))}; CPU time p50 ${ms(median(cpu))}; ${stats.accessibilityElements} elements from the tree, ${stats.ocrElements} by OCR, OCR ${stats.ocrSkipped ? 'skipped' : 'ran'}\n`,
    );
    process.stdout.write(`  tree read alone p50: listed (Collection) ${ms(median(strategyTimes.collection))}, walked level by level ${ms(median(strategyTimes.walk))}\n`);
    process.stdout.write(
      `incremental observation p50: ${ms(median(quietTimes))} with nothing changed (CPU ${ms(median(quietCpu))}); ${ms(median(changedTimes))} right after a real click changed a check box (CPU ${ms(median(changedCpu))}; target ≤ 50 ms); the change seen in ${followed}/${changedTimes.length}; ${refreshedNodes} nodes read again after events, ${wholeReads} whole-application reads\n`,
    );
    process.stdout.write(`  same screen by OCR alone:   ${ms(ocrMs)}\n`);
    process.stdout.write(
      `element recall (controls a sign-up demonstration acts on, right role and name): tree ${byTree.found}/${DEMONSTRATION_TARGETS.length}${byTree.missed.length ? ` (missed ${byTree.missed.join(', ')})` : ''}; OCR ${byOcr.found}/${DEMONSTRATION_TARGETS.length}${byOcr.missed.length ? ` (missed ${byOcr.missed.join(', ')})` : ''}; target 100%\n`,
    );
  } finally {
    await gtk.stop();
  }
  // A huge window: 1 200 generated cells (3 controls each), most below the screen.
  const huge = await launchSignupApp({ env: session.env, many: 1_200 });
  try {
    const reader = await AtspiReader.open({ sessionBusAddress: session.sessionBusAddress, incremental: false });
    const region = { x: 0, y: 0, width: 1280, height: 800 };
    // Warm-up without limits: the toolkit creates its ~6 000 accessible objects on the first full listing (seconds).
    await reader.read({ scale: 1, region, budgetMs: 120_000, maxNodes: 100_000 });
    const times: number[] = [];
    let snapshot = await reader.read({ scale: 1, region, budgetMs: 400 });
    for (let run = 0; run < Math.min(runs, 5); run++) {
      snapshot = await reader.read({ scale: 1, region, budgetMs: 400 });
      times.push(snapshot.stats.elapsedMs);
    }
    const onScreen = snapshot.elements.filter((element) => !element.attributes?.offscreen).length;
    reader.close();
    process.stdout.write(
      `huge window (1 200 cells, ~6 000 nodes), budget 400 ms: read p50 ${ms(median(times))} (max ${ms(Math.max(...times))}); ${snapshot.stats.nodes} nodes read, ${snapshot.elements.length} elements (${onScreen} on screen); left out: ${snapshot.notes.join('; ') || 'nothing'}\n`,
    );
  } finally {
    await huge.stop();
    await session.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`observe-desktop bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
