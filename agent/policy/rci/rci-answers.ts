/**
 * Reading the answers of the RCI phases. Plans and critiques are asked for as
 * JSON (`{"steps": [...]}`, `{"problems": [...]}`) and read with zod schemas;
 * an answer that is not that JSON (a model that ignores the format) is read as
 * text — numbered lines, "NO PROBLEMS" — and the reading says so, so a run's
 * details show which models follow the format. Also: "DONE" instructions, and
 * whether a plan follows a retrieved exemplar step for step (adaptive critique
 * skips those).
 */
import { z } from 'zod';
import type { Trajectory } from '../../core/trajectory.js';
import { jsonCandidates } from '../../prompts/json-candidates.js';

const answerLine = z.string().trim().min(1).max(500);

/** A plan: the steps in order. */
export const PlanAnswerSchema = z.object({ steps: z.array(answerLine).min(1).max(50) }).strict();
/** A critique: the problems found; an empty list means none. */
export const CritiqueAnswerSchema = z.object({ problems: z.array(answerLine).max(50) }).strict();

/** The JSON schemas given to providers that can constrain their output (the zod schemas above still judge every answer). */
export const PLAN_JSON_SCHEMA = {
  type: 'object',
  properties: { steps: { type: 'array', items: { type: 'string' }, minItems: 1 } },
  required: ['steps'],
  additionalProperties: false,
} as const;
export const CRITIQUE_JSON_SCHEMA = {
  type: 'object',
  properties: { problems: { type: 'array', items: { type: 'string' } } },
  required: ['problems'],
  additionalProperties: false,
} as const;

/** How an answer was read: as the JSON asked for, or as text (with why the JSON reading failed). */
export type AnswerForm = { form: 'json' } | { form: 'text'; problem: string };

/** Parse the first JSON candidate of `answer` that `schema` accepts; otherwise say why none did. */
function readJson<T>(answer: string, schema: z.ZodType<T>): { ok: true; value: T } | { ok: false; problem: string } {
  let problem = 'no JSON object in the answer';
  for (const candidate of jsonCandidates(answer)) {
    let value: unknown;
    try {
      value = JSON.parse(candidate);
    } catch (error) {
      problem = `not valid JSON (${(error as Error).message})`;
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return { ok: true, value: parsed.data };
    const issue = parsed.error.issues[0]!;
    problem = `${issue.path.length > 0 ? `field "${issue.path.join('.')}"` : 'the answer'}: ${issue.message}`;
  }
  return { ok: false, problem };
}

export interface PlanReading {
  steps: string[];
  /** The plan as numbered lines, the form every later prompt shows it in. */
  text: string;
  read: AnswerForm;
}

/** A plan answer: `{"steps": [...]}`, else its numbered / bulleted lines. */
export function readPlan(answer: string): PlanReading {
  const json = readJson(answer, PlanAnswerSchema);
  const steps = json.ok ? json.value.steps : planSteps(answer);
  return {
    steps,
    text: steps.map((step, index) => `${index + 1}. ${step}`).join('\n'),
    read: json.ok ? { form: 'json' } : { form: 'text', problem: json.problem },
  };
}

export interface CritiqueReading {
  problems: string[];
  noProblems: boolean;
  /** The critique as later prompts show it: "NO PROBLEMS", the problems as a list, or a text answer as it came. */
  text: string;
  read: AnswerForm;
}

/** A critique answer: `{"problems": [...]}` (empty: none), else "NO PROBLEMS" or the text itself as one problem. */
export function readCritique(answer: string): CritiqueReading {
  const json = readJson(answer, CritiqueAnswerSchema);
  if (json.ok) {
    const { problems } = json.value;
    const text = problems.length === 0 ? 'NO PROBLEMS' : problems.map((problem) => `- ${problem}`).join('\n');
    return { problems, noProblems: problems.length === 0, text, read: { form: 'json' } };
  }
  const noProblems = critiqueFindsNoProblems(answer);
  return { problems: noProblems ? [] : [answer.trim()], noProblems, text: answer.trim(), read: { form: 'text', problem: json.problem } };
}

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
