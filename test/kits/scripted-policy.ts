/**
 * A policy that follows a script: each decision is computed by a function
 * of the context (so it can read the fresh element ids), and every context it
 * saw is recorded for assertions.
 */
import type { Policy, PolicyContext, PolicyDecision } from '../../agent/core/policy.js';

export type ScriptedDecision = (context: PolicyContext) => PolicyDecision | Promise<PolicyDecision>;

export class ScriptedPolicy implements Policy {
  readonly name = 'scripted';
  readonly contexts: PolicyContext[] = [];
  private next = 0;

  constructor(private readonly script: readonly ScriptedDecision[]) {}

  reset(): void {
    this.next = 0;
  }

  async decide(context: PolicyContext): Promise<PolicyDecision> {
    this.contexts.push(context);
    const decide = this.script[Math.min(this.next, this.script.length - 1)];
    this.next++;
    if (!decide) return { kind: 'give-up', reason: 'the script is empty' };
    return decide(context);
  }
}

/** The id of the first element with this role (and text, if given). */
export function idOf(context: PolicyContext, role: string, text?: string): number {
  const found = context.observation.elements.find(
    (element) => element.role === role && (text === undefined || element.text === text),
  );
  if (!found) throw new Error(`no ${role} ${text ?? ''} in the observation`);
  return found.id;
}
