/**
 * Recording a demonstration for tests: a scripted "human" decides each
 * action from the observation alone, the Runner executes it and stores the
 * trajectory (with target descriptors) exactly as a real recording would.
 */
import type { Action } from '../../../agent/core/action.js';
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import type { Operator } from '../../../agent/core/operator.js';
import type { Policy, PolicyDecision } from '../../../agent/core/policy.js';
import type { Trajectory } from '../../../agent/core/trajectory.js';
import { Runner } from '../../../agent/runner/runner.js';

/** Decides the next action from the observation; undefined ends the demonstration with done(success). */
export type DemonstratorStep = (observation: Observation, step: number) => Action | undefined;

class DemonstratorPolicy implements Policy {
  readonly name = 'demonstrator';
  constructor(private readonly next: DemonstratorStep) {}
  async decide(context: { observation: Observation; step: number }): Promise<PolicyDecision> {
    const action = this.next(context.observation, context.step);
    return { kind: 'act', actions: [action ?? { type: 'done', success: true }] };
  }
}

export async function recordDemonstration(operator: Operator, task: string, next: DemonstratorStep): Promise<Trajectory> {
  const runner = new Runner({ operator, policy: new DemonstratorPolicy(next) });
  const { trajectory } = await runner.run(task, { source: 'demonstration' });
  if (trajectory.outcome.status !== 'success') throw new Error(`the demonstration failed: ${trajectory.outcome.reason}`);
  return trajectory;
}

/** The element with this role and text (case-sensitive); throws when absent, as a human would be stuck. */
export function find(observation: Observation, role: string, text?: string, label?: string): UIElement {
  const found = observation.elements.find(
    (element) =>
      element.role === role && (text === undefined || element.text === text) && (label === undefined || element.label === label),
  );
  if (!found) throw new Error(`no ${role} ${text ?? label ?? ''} on the page`);
  return found;
}
