/**
 * Learned tasks: the task families of the memory that have a verified
 * demonstration, each with its parameters, ready to be offered as a tool
 * (`task_<name>`) or exported as a script.
 *
 * A family is what the demonstration was recorded as (`metadata.task`, e.g.
 * the suite page "enter-text", or a name given when it was saved), else the
 * app and the template words of its task text. A demonstration counts as
 * verified when `metadata.verified === true` (it was replayed and reproduced
 * its result); an older one without that field counts when it is a
 * successful demonstration, and the description says it was not replayed.
 */
import type { Trajectory } from '../../agent/core/trajectory.js';
import { findTaskSlots, templateOf, type TaskSlot } from './task-slots.js';

export interface LearnedTask {
  /** Family name, e.g. "enter-text". */
  name: string;
  /** The MCP tool name: `task_` + the name with only [a-z0-9_]. */
  toolName: string;
  /** The demonstration the parameters come from (the most recent verified one). */
  demonstration: Trajectory;
  /** Every verified demonstration of the family, most recent first. */
  demonstrationIds: string[];
  /** Demonstrations of the family that are not verified (the policy leaves them out). */
  unverifiedIds: string[];
  slots: TaskSlot[];
  /** The task text with slots written as {name}. */
  template: string;
  /** How the demonstration was verified. */
  verification: 'replayed' | 'recorded-success';
}

/** Is this trajectory a demonstration the learned tasks may build on? */
export function verificationOf(trajectory: Trajectory): LearnedTask['verification'] | undefined {
  if (trajectory.source !== 'demonstration') return undefined;
  const verified = trajectory.metadata.verified;
  if (verified === true) return 'replayed';
  if (verified === undefined && trajectory.outcome.status === 'success') return 'recorded-success';
  return undefined;
}

/** The family a demonstration belongs to. */
export function familyOf(trajectory: Trajectory): string {
  const named = trajectory.metadata.taskName ?? trajectory.metadata.task;
  if (typeof named === 'string' && named.trim()) return named.trim();
  const slots = findTaskSlots(trajectory);
  const words = templateOf(trajectory.task, slots)
    .replace(/\{[^}]*\}|"[^"]*"/g, ' ')
    .toLowerCase()
    .match(/[a-z]+/g) ?? [];
  // The site's host, or for a local file its name ("file:///pages/form.html" → "form").
  const key = trajectory.appKey.replace(/[?#].*$/, '');
  const app = /^file:/.test(key) ? (key.split('/').pop() ?? '').replace(/\.[a-z0-9]+$/i, '') : (key.replace(/^[a-z]+:\/\//, '').split('/')[0] ?? '');
  return [app, ...words.slice(0, 5)].filter(Boolean).join('-') || 'task';
}

export function toolNameOf(family: string): string {
  return `task_${family.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '')}`.slice(0, 64);
}

/** The learned tasks among these trajectories (demonstrations of any age; others are ignored). */
export function learnedTasks(trajectories: readonly Trajectory[]): LearnedTask[] {
  const families = new Map<string, Trajectory[]>();
  for (const trajectory of trajectories) {
    if (trajectory.source !== 'demonstration') continue;
    const family = familyOf(trajectory);
    families.set(family, [...(families.get(family) ?? []), trajectory]);
  }
  const tasks: LearnedTask[] = [];
  const usedToolNames = new Set<string>();
  for (const [name, members] of families) {
    const verified = members.filter((member) => verificationOf(member) !== undefined).sort((a, b) => b.createdAt - a.createdAt);
    const demonstration = verified[0];
    if (!demonstration) continue;
    let toolName = toolNameOf(name);
    while (usedToolNames.has(toolName)) toolName = `${toolName}_`;
    usedToolNames.add(toolName);
    const slots = findTaskSlots(demonstration, verified.slice(1));
    tasks.push({
      name,
      toolName,
      demonstration,
      demonstrationIds: verified.map((member) => member.id),
      unverifiedIds: members.filter((member) => verificationOf(member) === undefined).map((member) => member.id),
      slots,
      template: templateOf(demonstration.task, slots),
      verification: verified.some((member) => verificationOf(member) === 'replayed') ? 'replayed' : 'recorded-success',
    });
  }
  return tasks.sort((a, b) => a.toolName.localeCompare(b.toolName));
}

/** A learned task by family or tool name. */
export function findLearnedTask(tasks: readonly LearnedTask[], name: string): LearnedTask | undefined {
  return tasks.find((task) => task.name === name || task.toolName === name || task.toolName === toolNameOf(name));
}
