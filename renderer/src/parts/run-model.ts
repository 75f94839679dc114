/** A run's pushed events folded into what the timeline shows: one entry per step. */
import type { EventScreenshot, PushedEvents } from '../../../main/api/contract.js';

type RunEventPayload = PushedEvents['run.event'];
type Outcome = PushedEvents['run.finished']['outcome'];
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StepView {
  step: number;
  /** When the Runner emitted the step's first event (ms since the epoch). */
  time: number;
  observation?: { text: string; elementCount: number; url?: string };
  screenshot?: EventScreenshot;
  retrieval?: { id: string; task: string; score: number; why: string }[];
  proposals: { phase: string; text: string }[];
  critiques: string[];
  action?: { description: string; ok: boolean; error?: string; box?: Box };
  checks: { check: string; ok: boolean; reason: string }[];
  confirmation?: { description: string; reason: string };
  errors: string[];
}

export interface RunView {
  runId: string;
  task: string;
  policy?: string;
  steps: StepView[];
  /** Checks and errors outside any step (e.g. feasibility before the first). */
  notes: string[];
  finished: boolean;
  outcome?: Outcome;
  trajectoryId?: string;
  startedAt: number;
}

export function newRun(runId: string, task: string): RunView {
  return { runId, task, steps: [], notes: [], finished: false, startedAt: Date.now() };
}

function withStep(view: RunView, step: number, time: number, change: (step: StepView) => StepView): RunView {
  const steps = [...view.steps];
  let index = steps.findIndex((entry) => entry.step === step);
  if (index < 0) {
    steps.push({ step, time, proposals: [], critiques: [], checks: [], errors: [] });
    steps.sort((a, b) => a.step - b.step);
    index = steps.findIndex((entry) => entry.step === step);
  }
  steps[index] = change(steps[index]!);
  return { ...view, steps };
}

export function applyRunEvent(view: RunView, payload: RunEventPayload): RunView {
  const event = payload.event;
  switch (event.type) {
    case 'run-start':
      return { ...view, task: event.task, policy: event.policy };
    case 'step-start':
      return withStep(view, event.step, event.time, (step) => step);
    case 'observation':
      return withStep(view, event.step, event.time, (step) => ({
        ...step,
        observation: { text: event.text, elementCount: event.elementCount, url: event.url },
        screenshot: payload.screenshot ?? step.screenshot,
      }));
    case 'retrieval':
      return withStep(view, event.step, event.time, (step) => ({ ...step, retrieval: event.exemplars }));
    case 'proposal':
      return withStep(view, event.step, event.time, (step) => ({ ...step, proposals: [...step.proposals, { phase: event.phase, text: event.text }] }));
    case 'critique':
      return withStep(view, event.step, event.time, (step) => ({ ...step, critiques: [...step.critiques, event.text] }));
    case 'action':
      return withStep(view, event.step, event.time, (step) => ({
        ...step,
        action: { description: event.description, ok: event.result.ok, error: event.result.ok ? undefined : event.result.error, box: payload.targetBox },
      }));
    case 'check':
      return withStep(view, event.step, event.time, (step) => ({ ...step, checks: [...step.checks, { check: event.check, ok: event.verdict.ok, reason: event.verdict.reason }] }));
    case 'confirmation-request':
      return withStep(view, event.step, event.time, (step) => ({ ...step, confirmation: { description: event.description, reason: event.reason } }));
    case 'error':
      if (event.step === undefined) return { ...view, notes: [...view.notes, `${event.phase}: ${event.message}`] };
      return withStep(view, event.step, event.time, (step) => ({ ...step, errors: [...step.errors, `${event.phase}: ${event.message}`] }));
    default:
      return view;
  }
}

/** An outcome in plain words. */
export function describeOutcome(outcome: Outcome): string {
  const reward = outcome.reward !== undefined ? ` (reward ${outcome.reward.toFixed(2)})` : '';
  switch (outcome.status) {
    case 'success':
      return `Done${reward}: ${outcome.reason}`;
    case 'infeasible':
      return `Refused — the task does not look possible here: ${outcome.reason}`;
    case 'stopped':
      return `Stopped: ${outcome.reason}`;
    case 'budget-exceeded':
      return `Ran out of budget: ${outcome.reason}`;
    case 'error':
      return `Something broke: ${outcome.reason}`;
    default:
      return `Did not finish${reward}: ${outcome.reason}`;
  }
}
