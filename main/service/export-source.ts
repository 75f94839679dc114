/**
 * What `understudy export` exports: one stored trajectory (by id) or the
 * learned task of a name (its most recent verified demonstration), with the
 * task's parameters (slots) found as the MCP server's task_* tools find them.
 */
import { UserFacingError } from '../../agent/core/errors.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import type { ExemplarStore } from '../../memory/exemplar-store.js';
import { familyOf, findLearnedTask, learnedTasks, verificationOf } from '../mcp/learned-tasks.js';
import { findTaskSlots, templateOf, type TaskSlot } from '../mcp/task-slots.js';

export interface ExportSource {
  trajectory: Trajectory;
  /** The family name, e.g. "enter-text". */
  name: string;
  slots: TaskSlot[];
  /** The task text with slots written as {name}. */
  template: string;
  /** How far the demonstration is trusted, for the skill file. */
  verification: 'replayed' | 'recorded-success' | 'not verified';
}

export function exportSource(memory: ExemplarStore, selector: { id?: string; task?: string }): ExportSource {
  const demonstrations = () =>
    memory
      .list({ limit: 100_000, filters: { source: 'demonstration' } })
      .map((summary) => memory.get(summary.id))
      .filter((trajectory): trajectory is Trajectory => trajectory !== undefined);
  if (selector.id) {
    const trajectory = memory.get(selector.id);
    if (!trajectory) throw new UserFacingError(`there is no trajectory ${selector.id} in the memory`, 'list them with: understudy memory list');
    const name = familyOf(trajectory);
    const siblings = demonstrations().filter((other) => other.id !== trajectory.id && familyOf(other) === name && verificationOf(other));
    const slots = findTaskSlots(trajectory, siblings);
    return { trajectory, name, slots, template: templateOf(trajectory.task, slots), verification: verificationOf(trajectory) ?? 'not verified' };
  }
  const wanted = selector.task?.trim();
  if (!wanted) throw new UserFacingError('say what to export: a trajectory id or --task <name>');
  const tasks = learnedTasks(demonstrations());
  const learned = findLearnedTask(tasks, wanted);
  if (!learned) {
    throw new UserFacingError(
      `no learned task is named ${JSON.stringify(wanted)} (a task needs a verified or successful demonstration)`,
      tasks.length ? `known: ${tasks.map((task) => task.name).join(', ')}` : 'record a demonstration first: understudy record …',
    );
  }
  return { trajectory: learned.demonstration, name: learned.name, slots: learned.slots, template: learned.template, verification: learned.verification };
}
