/**
 * The one API contract between the UI and the backend. Every request has a zod
 * schema for its input (validated once, by the handler table in
 * main/api/handler-table.ts) and a result type; every pushed event is typed.
 * The Electron preload exposes only this; web mode serves the same contract
 * over a WebSocket. The renderer imports it with `import type` only.
 */
import { z } from 'zod';
import type { AgentEvent } from '../../agent/core/events.js';
import type { BoundingBox } from '../../agent/core/observation.js';
import type { Trajectory, Outcome } from '../../agent/core/trajectory.js';
import type { MemoryStats } from '../../memory/memory-stats-shape.js';

export const API_VERSION = 3;

const id = z.string().trim().min(1, 'must not be empty').max(200);
const filtersSchema = z
  .object({
    environment: z.enum(['browser', 'desktop']).optional(),
    source: z.enum(['demonstration', 'agent']).optional(),
    app: z.string().max(500).optional(),
    successOnly: z.boolean().optional(),
  })
  .strict()
  .default({});
const policySchema = z.enum(['offline', 'llm', 'hybrid']);
const suiteTaskName = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a suite task name like click-button');

/** Where a run acts: a browser page, the desktop, or a page of the MiniWoB-protocol suite (on a seed). */
export const runTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('browser'), url: z.string().trim().min(1, 'must not be empty'), headed: z.boolean().optional() }).strict(),
  z.object({ kind: z.literal('desktop'), scaleFactor: z.number().positive().max(4).optional() }).strict(),
  z.object({ kind: z.literal('suite'), task: suiteTaskName, seed: z.number().int().min(0).max(2 ** 31).optional() }).strict(),
]);

/** Where a recording happens: a browser page at a URL, a page of the MiniWoB-protocol suite (on a seed), or the desktop. */
export const recordTargetSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('browser'),
      url: z.string().trim().min(1, 'must not be empty'),
      /** What the person is doing, in their words (the name it is stored under). */
      task: z.string().trim().min(1, 'say what you are doing, e.g. "Sign up with my name"').max(2000),
    })
    .strict(),
  z.object({ kind: z.literal('suite'), task: suiteTaskName, seed: z.number().int().min(0).max(2 ** 31).optional() }).strict(),
  /** The whole desktop of the backend's display (real mouse and keyboard anywhere on it); ended with the stop chord. */
  z
    .object({
      kind: z.literal('desktop'),
      task: z.string().trim().min(1, 'say what you are doing, e.g. "Sign up with my name"').max(2000),
      /** Physical pixels per logical pixel of the screen. */
      scaleFactor: z.number().positive().max(4).optional(),
    })
    .strict(),
]);

export const requestSchemas = {
  /** Version and capabilities of the backend. */
  'app.info': z.object({}).strict(),
  /**
   * Ask the person for a path on this machine with the platform's file dialog (the Electron app only:
   * `app.info` says whether it can); answers null when they cancel.
   */
  'app.pickPath': z
    .object({
      purpose: z.enum(['open-file', 'save-file', 'folder']),
      title: z.string().max(200).optional(),
      /** e.g. [{ name: 'JSONL', extensions: ['jsonl'] }] */
      filters: z.array(z.object({ name: z.string().max(100), extensions: z.array(z.string().regex(/^[\w*]+$/, 'must be an extension like jsonl')).max(20) }).strict()).max(10).optional(),
    })
    .strict(),
  /** Stop everything going: every run, benchmark, re-embed, import and export, and end every recording (as the tray and the stop shortcut do). */
  'app.stopAll': z.object({}).strict(),
  /** Counts of what the exemplar memory holds. */
  'memory.stats': z.object({}).strict(),
  /** One page of trajectories, newest first. */
  'memory.list': z
    .object({
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(50),
      filters: filtersSchema,
    })
    .strict(),
  /** The trajectories retrieval would pick for a task. */
  'memory.search': z
    .object({
      query: z.string().trim().min(1, 'must not be empty').max(2000),
      /** A summary of the current state (e.g. the first observation), as the agent would pass it. */
      state: z.string().max(20_000).optional(),
      k: z.number().int().min(1).max(100).default(20),
      mode: z.enum(['hybrid', 'full-text', 'vector']).default('hybrid'),
      filters: filtersSchema,
    })
    .strict(),
  /** One trajectory with every step. */
  'memory.show': z.object({ id }).strict(),
  /** A stored screenshot (of the memory, or of a live run), as a data URL. */
  'screenshot.get': z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a sha256 in hex'), runId: z.string().optional() }).strict(),
  'memory.delete': z.object({ id }).strict(),
  /**
   * Add the trajectories of a JSONL file on this machine (all or nothing: one transaction); answers when done.
   * Progress arrives as `memory.progress`; `memory.stop` cancels it, leaving the memory as it was.
   */
  'memory.import': z.object({ path: z.string().trim().min(1, 'must not be empty') }).strict(),
  /**
   * Write every trajectory to a JSONL file on this machine (whole or not at all: a temporary file renamed at the end); answers when done.
   * Progress arrives as `memory.progress`; `memory.stop` cancels it, leaving the target path as it was.
   */
  'memory.export': z.object({ path: z.string().trim().min(1, 'must not be empty'), screenshots: z.boolean().default(false) }).strict(),
  /** Play a stored trajectory back as a run (events as `run.event`, end as `run.finished`): MiniWoB ones on their own seed. */
  'memory.replay': z.object({ id }).strict(),
  /**
   * Recompute every vector with the configured embedder (after changing embedders); answers when done.
   * Progress arrives as `memory.progress`; `memory.stop` cancels it, leaving the memory as it was.
   */
  'memory.reembed': z.object({}).strict(),
  /** Cancel a long memory operation still going (a re-embed, an import or an export). */
  'memory.stop': z.object({ operation: z.enum(['reembed', 'import', 'export']) }).strict(),
  /** The tasks of the project's MiniWoB-protocol suite. */
  'suite.tasks': z.object({}).strict(),
  /** The tasks of a MiniWoB++ pages folder on this machine (holding core/ and miniwob/, e.g. miniwob-plusplus's miniwob/html). */
  'suite.folder': z.object({ dir: z.string().trim().min(1, 'must not be empty').max(4096) }).strict(),
  /** Start a run; its events arrive as `run.event`, its end as `run.finished`. */
  'run.start': z
    .object({
      /** What to do, in words; suite runs take the page's own utterance and ignore it. */
      task: z.string().max(2000).default(''),
      target: runTargetSchema,
      policy: policySchema.default('offline'),
      /** e.g. openai:gpt-4o-mini or gguf:/path/model.gguf; default the configured one. */
      model: z.string().max(1000).optional(),
      maxSteps: z.number().int().min(1).max(500).optional(),
    })
    .strict(),
  'run.stop': z.object({ runId: id }).strict(),
  /** Answer a `run.confirmation`. */
  'run.confirm': z.object({ runId: id, requestId: id, approve: z.boolean() }).strict(),
  /** Runs still going (for a window that opens while one is). */
  'run.active': z.object({}).strict(),
  /**
   * Start recording a demonstration in a browser window of its own, or on the whole desktop; steps arrive as `record.step`,
   * the person ending it in the window as `record.stopped`; end it with `record.finish`.
   */
  'record.start': z
    .object({
      target: recordTargetSchema,
      /** No window (a scripted driver does the task through `remoteDebuggingPort`). */
      headless: z.boolean().default(false),
      /** Expose the recording browser's DevTools protocol on 127.0.0.1:<port> for a scripted driver. */
      remoteDebuggingPort: z.number().int().min(1024).max(65535).optional(),
      /** Keep text typed into password-like fields instead of a placeholder. */
      allowSecrets: z.boolean().default(false),
    })
    .strict(),
  /** End a recording: stop capturing, then verify and save it (under `name`; not suite pages) or discard it; the verdict arrives as `record.finished`. */
  'record.finish': z
    .object({ recordingId: id, save: z.boolean(), name: z.string().trim().min(1, 'must not be empty').max(2000).optional() })
    .strict(),
  /** Recordings still going (for a window that opens while one is). */
  'record.active': z.object({}).strict(),
  /** Run the suite's tasks on seeds; progress arrives as `bench.progress`, the end as `bench.finished`. */
  'bench.start': z
    .object({
      tasks: z.array(suiteTaskName).min(1, 'name at least one task').max(200),
      /** A MiniWoB++ pages folder on this machine; default the project's own suite. */
      dir: z.string().trim().min(1, 'must not be empty').max(4096).optional(),
      seeds: z.array(z.number().int().min(0)).min(1, 'give at least one seed').max(500),
      policy: policySchema.default('offline'),
      /** Record this many demonstrations per task first (suite demonstrators). */
      demos: z.number().int().min(0).max(10).default(0),
      workers: z.number().int().min(1).max(8).default(1),
    })
    .strict(),
  'bench.stop': z.object({ benchId: id }).strict(),
  /** Benchmarks run from the app before, newest first. */
  'bench.reports': z.object({ limit: z.number().int().min(1).max(200).default(20) }).strict(),
  /** The effective settings, secrets masked. */
  'settings.get': z.object({}).strict(),
  /** Change settings in the config file; an empty apiKey removes it, an absent one keeps it. */
  'settings.set': z
    .object({
      model: z.string().max(1000).optional(),
      openaiBaseUrl: z.union([z.string().url('must be a URL'), z.literal('')]).optional(),
      openaiApiKey: z.string().max(500).optional(),
      confirmRiskyActions: z.boolean().optional(),
      /** The whole secrets list (e.g. [] to forget them all). */
      secrets: z.array(z.string().min(1)).max(200).optional(),
      /** Secrets added to the list (the app never reads the list back: it only sees how many there are). */
      addSecrets: z.array(z.string().min(1, 'must not be empty')).max(200).optional(),
      maxSteps: z.number().int().min(1).max(10_000).optional(),
      maxWallTimeMs: z.number().int().min(1000).optional(),
      memoryPath: z.string().max(4096).optional(),
    })
    .strict(),
} as const;

export type RequestName = keyof typeof requestSchemas;
export type PickPathRequest = z.output<(typeof requestSchemas)['app.pickPath']>;
export type RequestInput<N extends RequestName> = z.input<(typeof requestSchemas)[N]>;
export type ParsedInput<N extends RequestName> = z.output<(typeof requestSchemas)[N]>;
export type RunTargetInput = z.input<typeof runTargetSchema>;

export interface TrajectoryListItem {
  id: string;
  task: string;
  environment: string;
  appKey: string;
  source: string;
  status: string;
  reward?: number;
  createdAt: number;
  steps: number;
}

export interface SettingsView {
  /** The config file settings are written to. */
  file: { path: string; found: boolean };
  memoryPath: string;
  model: string;
  openaiBaseUrl: string;
  /** Masked ("sk-…9f2c"), or "" when none. */
  openaiApiKey: string;
  confirmRiskyActions: boolean;
  /** How many secrets are listed (their values are never sent). */
  secretCount: number;
  maxSteps: number;
  maxWallTimeMs: number;
  /** Where each value came from: default, file, env or flag. */
  sources: Record<string, string>;
}

export interface BenchTaskRow {
  task: string;
  episodes: number;
  successes: number;
  rate: number;
}

/** A finished benchmark as the app keeps it (summary.json next to its report.html). */
export interface BenchReport {
  benchId: string;
  finishedAt: number;
  policy: string;
  seeds: number[];
  /** The MiniWoB++ pages folder it ran on; absent for the project's own suite. */
  dir?: string;
  rows: BenchTaskRow[];
  successRate: number;
  episodes: number;
  reportPath: string;
}

export type RecordTargetInput = z.input<typeof recordTargetSchema>;

export interface RecordingStarted {
  recordingId: string;
  /** The text it is stored under (suite pages: the page's own instruction). */
  task: string;
  target: z.output<typeof recordTargetSchema>;
  /** The seed a suite page was opened on. */
  seed?: number;
  startedAt: number;
  /** How the person ends it in the recording window, in words. */
  stopHint: string;
  /** When asked for: where a scripted driver reaches the recording browser (127.0.0.1 only). */
  remoteDebugging?: { port: number; browserWebSocket: string };
}

/** One captured step of a recording, as the Teach screen lists it. */
export interface RecordedStepView {
  /** 0-based, as Step.index. */
  index: number;
  /** The action in words ("click", "type \"Ada\""). */
  description: string;
  /** The element it was done on, in words. */
  target?: string;
  targetBox?: BoundingBox;
  screenshot?: EventScreenshot;
  /** The recorder's quality warnings for this step (replay may pick the wrong element). */
  warnings: string[];
}

/** Everything the memory file holds, counted: memory/'s own statement of it (a change there changes the contract). */
export type MemoryStatsDetails = MemoryStats;

export interface RequestResults {
  'app.info': { name: string; version: string; apiVersion: number; platform: string; shell: 'electron' | 'web'; /** `app.pickPath` works (the Electron app's file dialogs). */ canPickPaths: boolean };
  'app.pickPath': { path: string | null };
  /** How many things were stopped. */
  'app.stopAll': { stopped: number };
  'memory.stats': { trajectories: number; demonstrations: number; steps: number; path: string; /** Absent when there is no memory file yet. */ details?: MemoryStatsDetails };
  'memory.list': { items: TrajectoryListItem[]; offset: number; hasMore: boolean; total: number };
  'memory.search': { hits: { id: string; task: string; score: number; why: string; fullTextRank?: number; bm25?: number; vectorRank?: number; cosine?: number }[] };
  'memory.show': {
    trajectory: Trajectory;
    /** Demonstrations: the values in its task text it generalises over (slots), from its own typed values and other demonstrations of the same task. */
    slots?: { name: string; type: string; example: string[]; start: number; end: number }[];
    /** The task text with each slot written as {name}. */
    template?: string;
  };
  'screenshot.get': { dataUrl: string };
  'memory.delete': { deleted: string };
  'memory.import': { count: number; path: string; /** Already in the memory and left as they were (a resumed import). */ skipped?: number };
  'memory.export': { count: number; path: string };
  'suite.tasks': { tasks: { name: string; description: string }[] };
  'suite.folder': { root: string; tasks: string[] };
  'memory.replay': { runId: string };
  'memory.reembed': { count: number; before: { name: string; dimension: number }; after: { name: string; dimension: number } };
  'memory.stop': { stopped: boolean };
  'run.start': { runId: string };
  'run.stop': { stopped: boolean };
  'run.confirm': { answered: boolean };
  'run.active': { runs: { runId: string; task: string; startedAt: number }[] };
  'record.start': RecordingStarted;
  'record.finish': { finishing: boolean };
  'record.active': { recordings: RecordingStarted[] };
  'bench.start': { benchId: string };
  'bench.stop': { stopped: boolean };
  'bench.reports': { reports: BenchReport[] };
  'settings.get': SettingsView;
  'settings.set': SettingsView;
}
export type RequestResult<N extends RequestName> = RequestResults[N];

/** A screenshot a run event refers to (fetch it with `screenshot.get` and the run id). */
export interface EventScreenshot {
  sha256: string;
  /** Physical pixels. */
  width: number;
  height: number;
  /** Physical pixels per logical pixel (boxes are logical). */
  scale: number;
}

/** Events the backend pushes to the UI. */
export interface PushedEvents {
  /** One agent event of a run; observations carry their screenshot, actions the box of their target. */
  'run.event': { runId: string; event: AgentEvent; screenshot?: EventScreenshot; targetBox?: BoundingBox };
  /** A risky action waits for `run.confirm`. */
  'run.confirmation': { runId: string; requestId: string; description: string; reason: string; screenshot?: EventScreenshot; targetBox?: BoundingBox };
  /** The run is over (or could not start); suite runs carry the page's reward. */
  'run.finished': { runId: string; outcome: Outcome; trajectoryId?: string; error?: string };
  /** A recording captured a step. */
  'record.step': { recordingId: string; step: RecordedStepView };
  /** Something about the recording as a whole the person should know. */
  'record.warning': { recordingId: string; message: string };
  /** The person ended the recording in its window (badge, hotkey, closed it) or the episode ended; it waits for `record.finish`. */
  'record.stopped': { recordingId: string; reason: string };
  /** The recording is over: saved (with the verification verdict), discarded, or empty. */
  'record.finished': {
    recordingId: string;
    saved: 'saved' | 'discarded' | 'empty';
    trajectoryId?: string;
    task: string;
    steps: number;
    outcome?: Outcome;
    /** Did it replay on the state it started from, and why (not). */
    verification?: { verified: boolean; reason: string };
    warnings: { step: number; message: string }[];
    /** "Try it now with new values": a run of the task on a fresh state (suite: another seed). */
    tryIt?: { task: string; target: z.input<typeof runTargetSchema> };
    error?: string;
  };
  /**
   * How far a long memory operation has got. A re-embed: `done` of `total` trajectories. An import: `done` of
   * `total` bytes of the file read in its current phase (checking every line, then importing), and how many
   * trajectories it has written so far (committed together at the end). An export: `done` of `total` trajectories
   * written (the file appears at its path at the end).
   */
  'memory.progress':
    | { operation: 'reembed'; done: number; total: number }
    | { operation: 'import'; phase: 'checking' | 'importing'; done: number; total: number; trajectories: number }
    | { operation: 'export'; done: number; total: number };
  'bench.progress': { benchId: string; phase: string; done: number; total: number; successes: number; last?: { task: string; seed: number; success: boolean } };
  'bench.finished': { benchId: string; rows: BenchTaskRow[]; successRate: number; episodes: number; reportPath?: string; error?: string };
}
export type PushedEventName = keyof PushedEvents;

/** What a failed request answers: the message, and the input field at fault when there is one. */
export interface ApiErrorBody {
  message: string;
  field?: string;
  hint?: string;
}
export type ApiReply<T = unknown> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };

/** The surface the preload (or the WebSocket client) gives the renderer. */
export interface UnderstudyApi {
  invoke<N extends RequestName>(name: N, input: RequestInput<N>): Promise<RequestResult<N>>;
  on<E extends PushedEventName>(event: E, listener: (payload: PushedEvents[E]) => void): () => void;
}

/** Channel names on the Electron IPC bus (the preload receives them from main, see main/electron). */
export const IPC_INVOKE_CHANNEL = 'understudy:invoke';
export const IPC_EVENT_CHANNEL = 'understudy:event';

/** Validate a request's input; throws a ZodError naming the field. */
export function parseRequest<N extends RequestName>(name: N, input: unknown): ParsedInput<N> {
  const schema = requestSchemas[name];
  if (!schema) throw new Error(`unknown request ${String(name)}`);
  return schema.parse(input ?? {}) as ParsedInput<N>;
}

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.hasOwn(requestSchemas, name);
}
