/**
 * Reading the free-text answers of the RCI phases: plans as numbered steps,
 * "NO PROBLEMS" critiques, "DONE" instructions, and whether a plan follows a
 * retrieved exemplar step for step (adaptive critique skips those).
 */
import type { Trajectory } from '../../core/trajectory.js';

/** The steps of a plan: its numbered / bulleted lines, or every non-empty line if none are. */
export function planSteps(plan: string): string[] {
  const lines = plan.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  const numbered = lines.filter((line) => /^(\d+[.)]|[-*•])\s+/.test(line));
  return (numbered.length > 0 ? numbered : lines).map((line) => line.replace(/^(\d+[.)]|[-*•])\s+/, ''));
}

/** True when a critique says the plan is fine. */
export function critiqueFindsNoProblems(critique: string): boolean {
  const text = critique.trim().replace(/[.!"'`*]/g, '').toUpperCase();
  return text === 'NO PROBLEMS' || text.startsWith('NO PROBLEMS') || text === 'NONE';
}

/** True when state grounding says there is nothing left to do. */
export function instructionIsDone(instruction: string): boolean {
  return /^\W*done\W*$/i.test(instruction.trim());
}

/** Clean an instruction: first non-empty line, without list markers or quotes around it. */
export function cleanInstruction(text: string): string {
  const line = text.split('\n').map((part) => part.trim()).find((part) => part.length > 0) ?? '';
  return line.replace(/^(instruction:|next:)\s*/i, '').replace(/^(\d+[.)]|[-*•])\s+/, '').trim();
}

/** What an exemplar step is about, for matching plan lines: its target's name, else its action type. */
function stepKey(trajectory: Trajectory, index: number): string {
  const step = trajectory.steps[index]!;
  const target = step.targets[0];
  const name = target ? (target.label ?? target.text).trim() : '';
  if (name) return name.toLowerCase();
  if (step.action.type === 'press') return step.action.keys.toLowerCase();
  return step.action.type;
}

/**
 * Does the plan follow this exemplar step for step? Same number of steps
 * (ignoring the exemplar's final `done`), and each plan step names what the
 * exemplar's step acted on, in order.
 */
export function planFollowsExemplar(plan: string, trajectory: Trajectory): boolean {
  const steps = planSteps(plan).filter((step) => !/^(done|finish|the task is (done|complete))\b/i.test(step));
  const acted = trajectory.steps.filter((step) => step.action.type !== 'done');
  if (acted.length === 0 || steps.length !== acted.length) return false;
  return acted.every((step, index) => {
    const key = stepKey(trajectory, trajectory.steps.indexOf(step));
    return steps[index]!.toLowerCase().includes(key);
  });
}
