import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Step } from '../../agent/core/trajectory.js';
import { RecordingJournal, journalDirectoryFor, journalOwnerAlive, journalScreenshots, journalToTrajectory, listJournals, readJournal, screenshotDirectoryOf } from './recording-journal.js';
import { commitJournal, recoverJournals, type RecordingSink } from './recording-sink.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'understudy-journal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function step(index: number, text: string): Step {
  return {
    index,
    observation: { text: `[1] textbox "Name"`, elements: [] },
    action: { type: 'type', text, target: { x: 10, y: 20 } },
    targets: [],
    result: { ok: true },
    timings: {},
  };
}

function header(id = 't1') {
  return { trajectoryId: id, task: 'Sign up as Ada', environment: 'browser' as const, appKey: 'http://x/', startedAt: 1_000, metadata: { recorder: 'test' } };
}

/** The pid of a process that has exited (reaped, so no process answers to it until the pid is reused). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid!;
}

class ArraySink implements RecordingSink {
  readonly saved: unknown[] = [];
  constructor(private readonly fail = false) {}
  add(trajectory: unknown): void {
    if (this.fail) throw new Error('disk full');
    this.saved.push(trajectory);
  }
}

describe('recording journal', () => {
  it('puts journals next to the database', () => {
    expect(journalDirectoryFor('/data/memory.db')).toBe('/data/memory.db.recordings');
  });

  it('reads back header, steps and outcome as a demonstration trajectory', () => {
    const journal = RecordingJournal.create(dir, header());
    journal.appendStep(step(0, 'Ada'));
    journal.appendStep(step(1, 'Lovelace'));
    journal.end({ status: 'success', reason: 'done' }, { note: 1 });
    const contents = readJournal(journal.path);
    expect(contents.steps).toHaveLength(2);
    const trajectory = journalToTrajectory(contents);
    expect(trajectory).toMatchObject({ id: 't1', task: 'Sign up as Ada', source: 'demonstration', outcome: { status: 'success' } });
    expect(trajectory.metadata).toMatchObject({ recorder: 'test', note: 1, recorded: true });
    expect(trajectory.metadata.recovered).toBeUndefined();
    expect(trajectory.steps.map((s) => s.action)).toEqual([step(0, 'Ada').action, step(1, 'Lovelace').action]);
  });

  it('drops a torn last line (a kill mid-write) and marks the trajectory recovered', () => {
    const journal = RecordingJournal.create(dir, header());
    journal.appendStep(step(0, 'Ada'));
    journal.close();
    const line = JSON.stringify({ kind: 'step', step: step(1, 'Lovelace') });
    appendFileSync(journal.path, line.slice(0, line.length / 2));
    const contents = readJournal(journal.path);
    expect(contents.steps).toHaveLength(1);
    expect(contents.droppedLines).toBe(1);
    const trajectory = journalToTrajectory(contents);
    expect(trajectory.outcome.status).toBe('stopped');
    expect(trajectory.outcome.reason).toMatch(/interruption.*1 step/);
    expect(trajectory.metadata).toMatchObject({ recovered: true, droppedJournalLines: 1 });
  });

  it('refuses a file without a header', () => {
    const path = join(dir, 'x.recording.jsonl');
    writeFileSync(path, '{"kind":"step"}\n');
    expect(() => readJournal(path)).toThrow(/no header line/);
  });

  it('keeps step screenshots by sha256 beside the journal and deletes them with it', () => {
    const journal = RecordingJournal.create(dir, header());
    const png = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
    const sha256 = journal.saveScreenshot(png);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(journal.saveScreenshot(png)).toBe(sha256);
    journal.appendStep({ ...step(0, 'Ada'), observation: { text: '', elements: [], screenshotSha256: sha256 } });
    journal.appendStep({ ...step(1, 'B'), observation: { text: '', elements: [], screenshotSha256: 'f'.repeat(64) } });
    const shots = journalScreenshots(readJournal(journal.path));
    expect([...shots.keys()]).toEqual([sha256]);
    expect([...shots.get(sha256)!]).toEqual([...png]);
    journal.remove();
    expect(existsSync(screenshotDirectoryOf(journal.path))).toBe(false);
    expect(existsSync(journal.path)).toBe(false);
  });

  it('refuses to overwrite an existing journal', () => {
    RecordingJournal.create(dir, header()).close();
    expect(() => RecordingJournal.create(dir, header())).toThrow(/already exists/);
  });
});

describe('committing and recovering journals', () => {
  it('saves a finished journal and deletes it only after the sink accepted it', async () => {
    const failing = RecordingJournal.create(dir, header('t-fail'));
    failing.appendStep(step(0, 'Ada'));
    failing.end({ status: 'success', reason: 'done' });
    await expect(commitJournal(failing, new ArraySink(true))).rejects.toThrow(/disk full/);
    expect(existsSync(failing.path)).toBe(true);

    const sink = new ArraySink();
    const saved = await commitJournal(failing, sink);
    expect(saved.kind).toBe('saved');
    expect(sink.saved).toHaveLength(1);
    expect(existsSync(failing.path)).toBe(false);
  });

  it('discards on request and does not save an empty recording', async () => {
    const discarded = RecordingJournal.create(dir, header('t-discard'));
    discarded.appendStep(step(0, 'Ada'));
    discarded.end({ status: 'success', reason: 'done' }, {}, true);
    const empty = RecordingJournal.create(dir, header('t-empty'));
    empty.end({ status: 'success', reason: 'done' });
    const sink = new ArraySink();
    expect(await commitJournal(discarded, sink)).toEqual({ kind: 'discarded', steps: 1 });
    expect(await commitJournal(empty, sink)).toEqual({ kind: 'empty' });
    expect(sink.saved).toHaveLength(0);
    expect(listJournals(dir)).toEqual([]);
  });

  it('recovers interrupted journals, leaving unreadable ones in place', async () => {
    const interrupted = RecordingJournal.create(dir, { ...header('t-a'), pid: deadPid() });
    interrupted.appendStep(step(0, 'Ada'));
    interrupted.close();
    const nothing = RecordingJournal.create(dir, { ...header('t-b'), pid: deadPid() });
    nothing.close();
    const broken = join(dir, 't-c.recording.jsonl');
    writeFileSync(broken, 'not json\n');
    const sink = new ArraySink();
    const report = await recoverJournals(dir, sink, (path) => rmSync(path));
    expect(report.saved.map((entry) => entry.trajectory.id)).toEqual(['t-a']);
    expect(report.removed.map((entry) => entry.reason)).toEqual(['no step was captured']);
    expect(report.failed).toHaveLength(1);
    expect(listJournals(dir)).toEqual([broken]);
    expect(readFileSync(broken, 'utf8')).toBe('not json\n');
  });

  it('leaves alone the journal of a recorder that is still running, screenshots and all', async () => {
    // This process is the live recorder (a second terminal would see its pid alive the same way).
    const live = RecordingJournal.create(dir, header('t-live'));
    const sha256 = live.saveScreenshot(new Uint8Array([137, 80, 78, 71, 9]));
    live.appendStep({ ...step(0, 'Ada'), observation: { text: '', elements: [], screenshotSha256: sha256 } });
    expect(live.header).toMatchObject({ pid: process.pid, host: hostname() });
    const abandoned = RecordingJournal.create(dir, { ...header('t-dead'), pid: deadPid() });
    abandoned.appendStep(step(0, 'Bea'));
    abandoned.close();
    const sink = new ArraySink();
    const report = await recoverJournals(dir, sink);
    expect(report.saved.map((entry) => entry.trajectory.id)).toEqual(['t-dead']);
    expect(report.skipped).toEqual([{ path: live.path, reason: `still being recorded by process ${process.pid} on ${hostname()}` }]);
    expect(existsSync(live.path)).toBe(true);
    expect(existsSync(join(screenshotDirectoryOf(live.path), `${sha256}.png`))).toBe(true);
    // The recorder goes on writing, then saves as usual.
    live.appendStep(step(1, 'Lovelace'));
    live.end({ status: 'success', reason: 'done' });
    expect(await commitJournal(live, sink)).toMatchObject({ kind: 'saved' });
  });
});

describe('journalOwnerAlive', () => {
  it('is true for a live pid on this host, false for a dead one, another host, or no owner', () => {
    expect(journalOwnerAlive({ pid: process.pid, host: hostname() })).toBe(true);
    expect(journalOwnerAlive({ pid: process.ppid, host: hostname() })).toBe(true);
    expect(journalOwnerAlive({ pid: deadPid(), host: hostname() })).toBe(false);
    expect(journalOwnerAlive({ pid: process.pid, host: `${hostname()}-elsewhere` })).toBe(false);
    expect(journalOwnerAlive({})).toBe(false);
  });

  it('is false for a killed recorder nobody has reaped yet (a zombie)', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      expect(journalOwnerAlive({ pid: child.pid!, host: hostname() })).toBe(true);
      // Node reaps its children only when the event loop turns: wait synchronously, and the killed child stays a zombie.
      process.kill(child.pid!, 'SIGKILL');
      const until = Date.now() + 5_000;
      while (!/\)\s+Z/.test(readFileSync(`/proc/${child.pid}/stat`, 'utf8')) && Date.now() < until);
      expect(readFileSync(`/proc/${child.pid}/stat`, 'utf8')).toMatch(/\)\s+Z/);
      expect(journalOwnerAlive({ pid: child.pid!, host: hostname() })).toBe(false);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
