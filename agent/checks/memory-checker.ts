/**
 * Feasibility and completeness from the exemplar memory, without a model.
 * Feasibility: is there a successful exemplar whose task matches this one
 * (by shared content words, quoted values and numbers aside)? Completeness:
 * first the state the task asks for (task-state.ts: fields hold what was
 * typed, the ticked boxes are the named ones, a claimed done used every
 * quoted value), then: the matched demonstration ended by acting on some
 * element ("Submit"); has this run acted on an element of that name too?
 */
import type { CheckContext, CheckVerdict, TaskChecker } from '../core/checks.js';
import type { ExemplarMemory, RetrievedExemplar } from '../core/exemplar-memory.js';
import type { Step, Trajectory } from '../core/trajectory.js';
import { isQuestion } from './rule-checker.js';
import { judgeTaskState } from './task-state.js';
import { escapeRegExp } from '../core/reg-exp.js';

export interface MemoryCheckerOptions {
  memory: ExemplarMemory;
  /** Share of content words two tasks must have in common to match, 0..1. Default 0.5. */
  minOverlap?: number;
  /** Judge a task with no matching exemplar infeasible (default false: unknown is not impossible). */
  requireExemplar?: boolean;
}

const STOP_WORDS = new Set(['the', 'a', 'an', 'to', 'of', 'and', 'in', 'on', 'into', 'for', 'with', 'as', 'then', 'it', 'is', 'at', 'by', 'from']);

/** Content words of a task: lower case, no quoted values, no numbers, no stop words. */
export function taskWords(task: string): Set<string> {
  const unquoted = task.replace(/["“][^"”]*["”]|'[^']*'/g, ' ');
  return new Set((unquoted.toLowerCase().match(/[a-z]+/g) ?? []).filter((word) => !STOP_WORDS.has(word)));
}

/** Share of the smaller task's content words that the other has too. */
export function taskOverlap(a: string, b: string): number {
  const left = taskWords(a);
  const right = taskWords(b);
  const smaller = left.size <= right.size ? left : right;
  const larger = smaller === left ? right : left;
  if (smaller.size === 0) return 0;
  let shared = 0;
  for (const word of smaller) if (larger.has(word)) shared++;
  return shared / smaller.size;
}

/** The name of what the last real step of a trajectory acted on (e.g. "Submit"). */
function finalTargetName(steps: readonly Step[]): string | undefined {
  const acted = steps.filter((step) => step.action.type !== 'done');
  const target = acted[acted.length - 1]?.targets[0];
  const name = target ? (target.text || target.label || '').trim() : '';
  return name || undefined;
}

/** Does `text` contain `name` as whole words (case-insensitive)? */
function mentions(text: string, name: string): boolean {
  const escaped = escapeRegExp(name.toLowerCase());
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, 'u').test(text.toLowerCase());
}

export class MemoryChecker implements TaskChecker {
  constructor(private readonly options: MemoryCheckerOptions) {}

  private async bestMatch(task: string): Promise<{ exemplar: RetrievedExemplar; overlap: number } | undefined> {
    const found = await this.options.memory.retrieve({ task }, 5, { successOnly: true });
    const minOverlap = this.options.minOverlap ?? 0.5;
    let best: { exemplar: RetrievedExemplar; overlap: number } | undefined;
    for (const exemplar of found) {
      const overlap = taskOverlap(task, exemplar.trajectory.task);
      if (overlap >= minOverlap && (!best || overlap > best.overlap)) best = { exemplar, overlap };
    }
    return best;
  }

  async feasibility(context: CheckContext): Promise<CheckVerdict> {
    const match = await this.bestMatch(context.task);
    if (match) {
      return {
        ok: true,
        reason: `a similar task was done before: "${match.exemplar.trajectory.task}" (${Math.round(match.overlap * 100)}% shared words)`,
        confidence: 0.5 + match.overlap / 2,
      };
    }
    if (this.options.requireExemplar) {
      return { ok: false, reason: 'no task like this one is in the memory, and this checker only trusts known tasks', confidence: 0.5 };
    }
    return { ok: true, reason: 'no similar task is in the memory (not evidence against it)', confidence: 0.2 };
  }

  async completeness(context: CheckContext & { claimed: boolean }): Promise<CheckVerdict> {
    const judged = context.claimed && !isQuestion(context.task);
    const state = judgeTaskState({ ...context, requireQuotedValuesUsed: judged, requireLastActionEffect: judged, requireNoNewErrors: judged });
    if (!state.ok) return { ...state, reason: `the screen does not show what the task asks for: ${state.reason}` };
    const match = await this.bestMatch(context.task);
    if (!match) return { ok: true, reason: 'no similar task in the memory to compare with', confidence: 0.1 };
    const demonstration: Trajectory = match.exemplar.trajectory;
    const finalName = finalTargetName(demonstration.steps);
    if (!finalName) return { ok: true, reason: 'the similar task in memory gives nothing to compare with', confidence: 0.1 };
    // A demonstration that ended on a value of its own task ('Click on the "Fable" button') asks this
    // run to end on a value of this task ("Lemon"), not on the demonstration's.
    const endedOnValue = mentions(demonstration.task, finalName);
    const done = context.history.some(
      (step) =>
        step.result?.ok !== false &&
        step.targets.some((target) => {
          const name = (target.text || target.label || '').trim().toLowerCase();
          return endedOnValue ? name !== '' && mentions(context.task, name) : name === finalName.toLowerCase();
        }),
    );
    if (done) {
      return {
        ok: true,
        reason: endedOnValue ? 'this run acted on a value the task names, as the similar task in memory ended' : `this run acted on "${finalName}", as the similar task in memory ended`,
        confidence: 0.6,
      };
    }
    return {
      ok: false,
      reason: endedOnValue
        ? `the similar task in memory ("${demonstration.task}") ended by acting on "${finalName}", a value of its task, and this run has acted on no value of its own task`
        : `the similar task in memory ("${demonstration.task}") ended by acting on "${finalName}", which this run has not done`,
      confidence: 0.6,
    };
  }
}
