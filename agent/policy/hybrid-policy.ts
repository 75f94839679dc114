/**
 * The hybrid policy: the offline exemplar policy when it can ground the next
 * step with confidence (no model call), otherwise a fallback policy (the RCI
 * loop) — decided again at every step. When the fallback takes a step, it is
 * told which demonstrated step the offline policy could not ground and why,
 * so its prompt carries the exemplar.
 */
import { describeAction } from '../core/action.js';
import type { Policy, PolicyContext, PolicyDecision } from '../core/policy.js';
import type { ExemplarPolicy } from './exemplar/exemplar-policy.js';

export interface HybridPolicyOptions {
  offline: ExemplarPolicy;
  /** Decides the steps the offline policy cannot ground (e.g. RciPolicy). */
  fallback: Policy;
}

export class HybridPolicy implements Policy {
  readonly name = 'hybrid';
  private readonly offline: ExemplarPolicy;
  private readonly fallback: Policy;
  private counters = { offlineDecisions: 0, fallbackDecisions: 0 };

  constructor(options: HybridPolicyOptions) {
    this.offline = options.offline;
    this.fallback = options.fallback;
  }

  async reset(task: string): Promise<void> {
    this.offline.reset(task);
    await this.fallback.reset?.(task);
  }

  async decide(context: PolicyContext): Promise<PolicyDecision> {
    const assessment = await this.offline.assess(context);
    if (assessment.ok) {
      this.counters.offlineDecisions++;
      const decision = await this.offline.decide(context);
      if (decision.kind === 'act') return { ...decision, details: { ...decision.details, decidedBy: 'offline' } };
      // The offline policy changed its mind (e.g. a rejected done): let the fallback try.
    }
    this.counters.fallbackDecisions++;
    const hint = assessment.demonstration
      ? `A demonstration of a similar task ("${assessment.demonstration.task}") was found, but its step ${assessment.planIndex + 1}` +
        `${assessment.demonstrated ? ` (${describeAction(assessment.demonstrated)})` : ''} could not be matched to this screen: ${assessment.reason}`
      : `No usable demonstration: ${assessment.reason}`;
    // A hint, not feedback: nothing failed, so the fallback should not replan (and pay for a critique) because of it.
    const decision = await this.fallback.decide({ ...context, hints: [...(context.hints ?? []), hint] });
    return { ...decision, details: { ...decision.details, decidedBy: this.fallback.name, offlineRefusal: assessment.reason } };
  }

  usage(): Record<string, number> {
    const offline = this.offline.usage();
    const fallback = this.fallback.usage?.() ?? {};
    return {
      ...fallback,
      modelCalls: (fallback['modelCalls'] ?? 0) + (offline['modelCalls'] ?? 0),
      offlineGroundings: offline['groundings'] ?? 0,
      offlineRefusals: offline['refusals'] ?? 0,
      ...this.counters,
    };
  }
}
