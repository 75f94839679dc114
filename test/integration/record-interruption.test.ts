/**
 * Interruption safety of `understudy record` as a real process: a SIGKILL
 * mid-recording leaves every completed step in the journal, and `record
 * --recover` saves them as one valid trajectory; Ctrl+C (SIGINT, as a
 * terminal sends it) ends the recording and saves it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startXvfb, type XvfbHandle } from '../../agent/operators/desktop/xvfb.js';
import { journalDirectoryFor, listJournals, readJournal } from '../../main/recorder/recording-journal.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { cliNodeArguments, projectRoot, runCli } from '../kits/cli-process.js';
import { pause, waitFor, xdotool } from './record-input.js';

const FORM = `<!DOCTYPE html><html><head><title>Form</title></head><body>
  <input id="first" placeholder="First" autofocus><input id="second" placeholder="Second"><input id="third" placeholder="Third">
</body></html>`;

let xvfb: XvfbHandle;
let workDir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  xvfb = await startXvfb({ width: 1280, height: 800 });
  workDir = mkdtempSync(join(tmpdir(), 'understudy-record-interrupt-'));
  writeFileSync(join(workDir, 'form.html'), FORM);
});

afterAll(async () => {
  for (const child of children) if (child.pid) killGroup(child.pid, 'SIGKILL');
  await xvfb?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Start `understudy record --url form.html` in its own process group; resolves once it records. */
async function startRecorder(db: string, task: string) {
  // One process, as the installed `understudy` is (node running dist/): tsx's command-line wrapper would stand between
  // the signal and the recorder, relay it, and SIGKILL the recorder when it does not acknowledge within 30 ms — which a
  // busy event loop on a loaded machine does not (DEVELOPERS.md, "Signals and the tsx wrapper").
  const child = spawn(
    process.execPath,
    cliNodeArguments(['record', '--url', join(workDir, 'form.html'), '--task', task, '--memory', db]),
    { cwd: projectRoot, env: { ...process.env, DISPLAY: xvfb.display }, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  children.push(child);
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  await waitFor('the recorder to start', () => /^recording /m.test(output.stdout) || child.exitCode !== null, 60_000);
  expect(child.exitCode, output.stderr).toBeNull();
  // No window manager: keyboard focus follows the pointer, so rest it on the browser window.
  xdotool(xvfb.display, 'mousemove', '500', '400');
  await pause(500);
  return { child, output, exited };
}

/** Type into the autofocused field, Tab, type into the next, Tab: four completed steps. */
async function fillTwoFields(): Promise<void> {
  xdotool(xvfb.display, 'type', '--delay', '50', 'hello');
  await pause(500);
  xdotool(xvfb.display, 'key', 'Tab');
  await pause(500);
  xdotool(xvfb.display, 'type', '--delay', '50', 'world');
  await pause(500);
  xdotool(xvfb.display, 'key', 'Tab');
  await pause(500);
}

// A hang guard, not a speed target: these start the CLI and a browser or an app as processes,
// which takes long on a busy 2-core machine.
describe('understudy record interruption safety', { timeout: 180_000 }, () => {
  it('keeps the completed steps through a SIGKILL, and --recover saves them as a valid trajectory', async () => {
    const db = join(workDir, 'killed.db');
    const { child, exited } = await startRecorder(db, 'fill in the form');
    await fillTwoFields();
    const journalDirectory = journalDirectoryFor(db);
    const [journalPath] = await waitFor('four journalled steps', () => {
      const paths = listJournals(journalDirectory);
      return paths.length === 1 && readJournal(paths[0]!).steps.length >= 4 ? paths : undefined;
    });
    // An edit in progress (not a completed step) when the kill comes.
    xdotool(xvfb.display, 'type', '--delay', '50', 'unfinished');
    killGroup(child.pid!, 'SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');

    const left = readJournal(journalPath!);
    expect(left.end).toBeUndefined();
    expect(left.steps.map((step) => step.action)).toEqual([
      { type: 'type', text: 'hello', target: expect.objectContaining({ elementId: expect.any(Number) }) },
      { type: 'press', keys: 'Tab' },
      { type: 'type', text: 'world', target: expect.objectContaining({ elementId: expect.any(Number) }) },
      { type: 'press', keys: 'Tab' },
    ]);

    const recovered = await runCli(['record', '--recover', '--memory', db]);
    expect(recovered.code, recovered.stderr).toBe(0);
    expect(recovered.stdout).toMatch(/recovered t\S+: "fill in the form", 4 step\(s\)/);
    expect(readdirSync(journalDirectory)).toEqual([]); // journal and screenshots both gone
    const again = await runCli(['record', '--recover', '--memory', db]);
    expect(again.stdout).toMatch(/nothing to recover/);

    const store = ExemplarStore.open(db);
    try {
      expect(store.integrityCheck()).toEqual(['ok']);
      const ids = store.ids();
      expect(ids).toHaveLength(1);
      const trajectory = store.get(ids[0]!)!;
      expect(trajectory.outcome.status).toBe('stopped');
      expect(trajectory.metadata).toMatchObject({ recovered: true });
      expect(trajectory.steps).toHaveLength(4);
      expect(store.screenshot(trajectory.steps[0]!.observation.screenshotSha256!)?.length).toBeGreaterThan(100);
      expect(trajectory.steps[0]!.targets[0]).toMatchObject({ role: 'textbox', label: 'First', value: '' });
      expect(trajectory.steps[2]!.targets[0]).toMatchObject({ role: 'textbox', label: 'Second' });
    } finally {
      store.close();
    }
  });

  it('saves the recording on Ctrl+C', async () => {
    const db = join(workDir, 'interrupted.db');
    const { child, output, exited } = await startRecorder(db, 'fill in the form politely');
    await fillTwoFields();
    await waitFor('four journalled steps', () => {
      const paths = listJournals(journalDirectoryFor(db));
      return paths.length === 1 && readJournal(paths[0]!).steps.length >= 4;
    });
    process.kill(child.pid!, 'SIGINT');
    const { code } = await Promise.race([exited, pause(30_000).then(() => ({ code: -1 }))]);
    expect(code, `${output.stdout}\n${output.stderr}`).toBe(0);
    expect(output.stdout).toMatch(/saved t\S+: 4 step\(s\), outcome success \(demonstration recorded; ended by Ctrl\+C\)/);
    expect(listJournals(journalDirectoryFor(db))).toEqual([]);
    expect(existsSync(db)).toBe(true);
    const store = ExemplarStore.open(db);
    try {
      expect(store.count()).toBe(1);
    } finally {
      store.close();
    }
    killGroup(child.pid!, 'SIGKILL'); // nothing should be left, but never leave a browser behind
  });
});
