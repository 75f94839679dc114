/**
 * A demonstration on a widget page and the offline policy following it, for
 * rule tests: each move picks its action from the observation (by label or
 * text, as a person would), and `followOnWidgets` runs the ExemplarPolicy
 * with that one demonstration on a fresh page of the given widgets.
 */
import type { Action } from '../../../agent/core/action.js';
import type { Observation } from '../../../agent/core/observation.js';
import type { Trajectory } from '../../../agent/core/trajectory.js';
import { ExemplarPolicy } from '../../../agent/policy/exemplar/exemplar-policy.js';
import { InMemoryExemplars } from '../../../agent/policy/exemplar/in-memory-exemplars.js';
import { Runner } from '../../../agent/runner/runner.js';
import { recordDemonstration } from './record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from './widget-page.js';

/** One demonstrated action, decided from what the page shows. */
export type WidgetMove = (observation: Observation) => Action;

/** Record `moves` (one per step, then done) on a page of `widgets` as the demonstration of `task`. */
export function demonstrateOnWidgets(widgets: WidgetSpec[], task: string, moves: WidgetMove[]): Promise<Trajectory> {
  return recordDemonstration(new WidgetPageOperator(widgets), task, (observation, step) => moves[step]?.(observation));
}

/** The offline policy following `demo` for `task` on a fresh page of `widgets`: the page, and how the run ended. */
export async function followOnWidgets(widgets: WidgetSpec[], demo: Trajectory, task: string) {
  const operator = new WidgetPageOperator(widgets);
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task);
  return { operator, status: result.outcome.status, reason: result.outcome.reason };
}
