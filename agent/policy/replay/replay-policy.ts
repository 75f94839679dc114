/**
 * A policy that replays a stored trajectory step by step, re-grounding each
 * step's targets onto the current observation. Replaying a demonstration on
 * its own seed must reproduce its reward: that validates both the recording
 * and the executor.
 */
import type { Policy, PolicyContext, PolicyDecision } from '../../core/policy.js';
import type { Trajectory } from '../../core/trajectory.js';
import { regroundAction } from './reground.js';
import { unresolvedPlaceholder } from './secret-placeholder.js';

export class ReplayPolicy implements Policy {
  readonly name = 'replay';
  private next = 0;
  private failures = 0;

  constructor(private readonly trajectory: Trajectory) {}

  reset(): void {
    this.next = 0;
  }

  async decide(context: PolicyContext): Promise<PolicyDecision> {
    // Skip steps that failed when recorded: they changed nothing then.
    while (this.next < this.trajectory.steps.length && this.trajectory.steps[this.next]!.result?.ok === false) this.next++;
    const step = this.trajectory.steps[this.next];
    if (!step) return { kind: 'act', actions: [{ type: 'done', success: true }], thought: 'the recording has no more steps' };
    const placeholder = unresolvedPlaceholder(step.action);
    if (placeholder) {
      this.failures++;
      return { kind: 'give-up', reason: `cannot replay step ${step.index}: it ${placeholder}` };
    }
    const grounded = regroundAction(step.action, step.targets, context.observation);
    if (!grounded.ok) {
      this.failures++;
      return { kind: 'give-up', reason: `cannot re-ground step ${step.index}: ${grounded.reason}` };
    }
    this.next++;
    return { kind: 'act', actions: [grounded.action], thought: `replaying step ${step.index} of ${this.trajectory.id}` };
  }

  usage(): Record<string, number> {
    return { modelCalls: 0, replayedSteps: this.next, groundingFailures: this.failures };
  }
}
