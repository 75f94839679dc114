/**
 * The crash-safe record of a recording in progress: one JSON-lines file per
 * recording, written next to the memory database. The first line is the
 * header (task, environment, app), then one line per completed step, then an
 * `end` line with the outcome. Every line is written with one write() and
 * fsync'd before the recorder goes on, so a SIGKILL loses at most the step
 * being captured; a torn last line (killed mid-write) is dropped on read.
 *
 * When the recorder finishes normally it saves the trajectory to the memory
 * and deletes the journal. A journal still on disk therefore means an
 * interrupted recording: `understudy record --recover` assembles it (with the
 * outcome "stopped: recovered after an interruption") and saves it then.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { EnvironmentKindSchema } from '../../agent/core/observation.js';
import {
  OutcomeSchema,
  StepSchema,
  TRAJECTORY_FORMAT_VERSION,
  parseTrajectory,
  type Outcome,
  type Step,
  type Trajectory,
} from '../../agent/core/trajectory.js';
import { screenshotKey } from '../../agent/core/screenshot-key.js';

/** Bump when the journal's line shapes change. */
export const JOURNAL_FORMAT_VERSION = 1;

const JOURNAL_SUFFIX = '.recording.jsonl';
const SCREENSHOTS_SUFFIX = '.recording-screenshots';

/** The folder holding a journal's screenshots (PNG files named by their sha256). */
export function screenshotDirectoryOf(journalPath: string): string {
  return journalPath.endsWith(JOURNAL_SUFFIX) ? journalPath.slice(0, -JOURNAL_SUFFIX.length) + SCREENSHOTS_SUFFIX : `${journalPath}${SCREENSHOTS_SUFFIX}`;
}

export const JournalHeaderSchema = z.object({
  kind: z.literal('header'),
  journalVersion: z.literal(JOURNAL_FORMAT_VERSION),
  trajectoryId: z.string().min(1),
  task: z.string(),
  environment: EnvironmentKindSchema,
  appKey: z.string().default(''),
  /** ms since the epoch. */
  startedAt: z.number(),
  metadata: z.record(z.unknown()).default({}),
  /** The recording process and its host: `--recover` leaves the journal of a recorder still running alone. Absent in older journals. */
  pid: z.number().int().positive().optional(),
  host: z.string().optional(),
});
export type JournalHeader = z.infer<typeof JournalHeaderSchema>;

const JournalStepLineSchema = z.object({ kind: z.literal('step'), step: StepSchema });
const JournalEndLineSchema = z.object({
  kind: z.literal('end'),
  outcome: OutcomeSchema,
  /** Merged into the trajectory's metadata (e.g. the MiniWoB utterance and seed). */
  metadata: z.record(z.unknown()).default({}),
  discard: z.boolean().default(false),
});
const JournalLineSchema = z.discriminatedUnion('kind', [JournalHeaderSchema, JournalStepLineSchema, JournalEndLineSchema]);

/** The folder of journals for a memory database: `<db>.recordings/`. */
export function journalDirectoryFor(databasePath: string): string {
  return join(dirname(databasePath), `${basename(databasePath)}.recordings`);
}

export class RecordingJournal {
  private fd: number | undefined;
  private stepCount = 0;

  private constructor(
    /** Absolute path of the journal file. */
    readonly path: string,
    readonly header: JournalHeader,
  ) {}

  /**
   * Create the journal file (and its folder) and durably write the header.
   * The header names this process (pid, host) as the owner unless `header` says otherwise.
   */
  static create(directory: string, header: Omit<JournalHeader, 'kind' | 'journalVersion'>): RecordingJournal {
    mkdirSync(directory, { recursive: true });
    const full = JournalHeaderSchema.parse({ kind: 'header', journalVersion: JOURNAL_FORMAT_VERSION, pid: process.pid, host: hostname(), ...header });
    const path = join(directory, `${full.trajectoryId}${JOURNAL_SUFFIX}`);
    if (existsSync(path)) throw new Error(`a recording journal already exists at ${path}`);
    const journal = new RecordingJournal(path, full);
    journal.fd = openSync(path, 'a', 0o600);
    journal.writeLine(full);
    return journal;
  }

  /** Steps written so far. */
  get steps(): number {
    return this.stepCount;
  }

  /** Durably append one completed step. */
  appendStep(step: Step): void {
    this.writeLine({ kind: 'step', step: StepSchema.parse(step) });
    this.stepCount += 1;
  }

  /** Durably write the outcome; after this the journal is complete (but still on disk). */
  end(outcome: Outcome, metadata: Record<string, unknown> = {}, discard = false): void {
    this.writeLine({ kind: 'end', outcome: OutcomeSchema.parse(outcome), metadata, discard });
    this.close();
  }

  /**
   * Keep a screenshot for the steps (once per distinct image) and return its
   * sha256. Written before the step that names it, and renamed into place, so
   * a step never refers to a half-written file.
   */
  saveScreenshot(png: Uint8Array): string {
    const sha256 = screenshotKey(png);
    const directory = screenshotDirectoryOf(this.path);
    const file = join(directory, `${sha256}.png`);
    if (!existsSync(file)) {
      mkdirSync(directory, { recursive: true });
      writeFileSync(`${file}.tmp`, png);
      renameSync(`${file}.tmp`, file);
    }
    return sha256;
  }

  /** Close the file without writing an end line (the journal stays recoverable). */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /** Delete the journal file (after its trajectory was saved, or on discard). */
  remove(): void {
    this.close();
    removeJournalFiles(this.path);
  }

  private writeLine(value: unknown): void {
    if (this.fd === undefined) throw new Error(`the recording journal ${this.path} is closed`);
    // One write() per line, then fsync: a crash leaves whole lines plus at most one torn tail.
    writeSync(this.fd, `${JSON.stringify(value)}\n`);
    fsyncSync(this.fd);
  }
}

/** What a journal file holds, read back. */
export interface JournalContents {
  path: string;
  header: JournalHeader;
  steps: Step[];
  /** Present when the recorder finished (normally or by Ctrl+C) and wrote the outcome. */
  end?: { outcome: Outcome; metadata: Record<string, unknown>; discard: boolean };
  /** Lines that could not be read (a torn tail after a kill), dropped. */
  droppedLines: number;
}

/**
 * Read a journal, keeping every whole, valid line. A torn or invalid line is
 * dropped (and counted); a missing or unreadable header is an error, since
 * without it there is no task to save the steps under.
 */
export function readJournal(path: string): JournalContents {
  const lines = readFileSync(path, 'utf8').split('\n');
  let header: JournalHeader | undefined;
  const steps: Step[] = [];
  let end: JournalContents['end'];
  let droppedLines = 0;
  for (const line of lines) {
    if (line.trim() === '') continue;
    let parsed: z.infer<typeof JournalLineSchema>;
    try {
      parsed = JournalLineSchema.parse(JSON.parse(line));
    } catch {
      droppedLines += 1;
      continue;
    }
    if (parsed.kind === 'header') header ??= parsed;
    else if (parsed.kind === 'step') steps.push({ ...parsed.step, index: steps.length });
    else end = { outcome: parsed.outcome, metadata: parsed.metadata, discard: parsed.discard };
  }
  if (!header) throw new Error(`${path} is not a readable recording journal (no header line)`);
  return { path, header, steps, end, droppedLines };
}

/** Delete a journal and its screenshots. */
export function removeJournalFiles(journalPath: string): void {
  rmSync(screenshotDirectoryOf(journalPath), { recursive: true, force: true });
  rmSync(journalPath, { force: true });
}

/** The screenshots a journal's steps name that are on disk, by sha256 (for ExemplarStore.add). */
export function journalScreenshots(contents: JournalContents): Map<string, Uint8Array> {
  const directory = screenshotDirectoryOf(contents.path);
  const screenshots = new Map<string, Uint8Array>();
  for (const step of contents.steps) {
    const sha256 = step.observation.screenshotSha256;
    if (!sha256 || screenshots.has(sha256) || !/^[0-9a-f]{64}$/.test(sha256)) continue;
    const file = join(directory, `${sha256}.png`);
    if (existsSync(file)) screenshots.set(sha256, new Uint8Array(readFileSync(file)));
  }
  return screenshots;
}

/** Journal files in a folder (none if the folder does not exist), oldest first. */
export function listJournals(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith(JOURNAL_SUFFIX))
    .sort()
    .map((name) => join(directory, name));
}

/**
 * Whether the recorder that wrote this header is still running: same host
 * and its pid alive. A journal from another host (or from before owners were
 * written) cannot be checked and counts as abandoned — host names change
 * between containers, and a pid means nothing on another machine.
 * A recycled pid makes a dead recorder look alive; the journal then waits.
 */
export function journalOwnerAlive(header: Pick<JournalHeader, 'pid' | 'host'>): boolean {
  if (header.pid === undefined || header.host !== hostname()) return false;
  if (header.pid === process.pid) return true;
  try {
    process.kill(header.pid, 0);
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(header.pid);
}

/**
 * A killed recorder whose parent has not reaped it (common in containers,
 * where pid 1 may not reap orphans) still answers kill(pid, 0). Linux only;
 * elsewhere nothing is a zombie.
 */
function isZombie(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  // "pid (command) state …": the command may hold spaces and parentheses, so read after the last ')'.
  return stat.slice(stat.lastIndexOf(')') + 1).trim().startsWith('Z');
}

/** The outcome given to a recording that was interrupted before it could write one. */
export function interruptedOutcome(steps: number): Outcome {
  return {
    status: 'stopped',
    reason: `recovered after an interruption: ${steps} step(s) were captured before the recorder stopped`,
  };
}

/** Turn a journal's contents into a validated trajectory (a demonstration). */
export function journalToTrajectory(contents: JournalContents): Trajectory {
  const { header, steps, end } = contents;
  return parseTrajectory({
    formatVersion: TRAJECTORY_FORMAT_VERSION,
    id: header.trajectoryId,
    task: header.task,
    environment: header.environment,
    appKey: header.appKey,
    source: 'demonstration',
    outcome: end?.outcome ?? interruptedOutcome(steps.length),
    createdAt: header.startedAt,
    steps,
    metadata: {
      ...header.metadata,
      ...(end?.metadata ?? {}),
      recorded: true,
      ...(end ? {} : { recovered: true, droppedJournalLines: contents.droppedLines }),
    },
  });
}
