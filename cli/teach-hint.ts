/**
 * What `understudy run` prints when the agent refused a task it was not
 * taught: the exact `understudy record` command that teaches it this task on
 * this page (the refusal says "a demonstration of this kind of task would
 * help"; a person should not have to work out the command). Quoted for a
 * POSIX shell, so a task text with quotes or `$` is passed on as written.
 */
import type { OutcomeStatus } from '../agent/core/trajectory.js';

/** Where the task ran: the page's address, or the desktop. */
export type TeachPlace = { kind: 'browser'; url: string } | { kind: 'desktop' };

/** One argument for a POSIX shell: bare when it is plainly safe, else in single quotes. */
export function shellArgument(text: string): string {
  if (/^[\w@%+=:,./-]+$/u.test(text)) return text;
  return `'${text.replace(/'/gu, `'\\''`)}'`;
}

/**
 * The line to print after a run, or undefined: only a refusal ("failed" or
 * "infeasible" — the agent stopped on its own judgement) is helped by a
 * demonstration; a stop, an error or an exhausted budget is not. `memory` is
 * the memory file the run was given with --memory, if any.
 */
export function teachHint(task: string, place: TeachPlace, status: OutcomeStatus, memory?: string): string | undefined {
  if (status !== 'failed' && status !== 'infeasible') return undefined;
  const where = place.kind === 'browser' ? `--url ${shellArgument(place.url)}` : '--desktop';
  // The run's own memory file, when it was named: the demonstration must land where the next run looks.
  const into = memory ? ` --memory ${shellArgument(memory)}` : '';
  return `to teach it this task, show it once: understudy record ${where} --task ${shellArgument(task)}${into}`;
}
