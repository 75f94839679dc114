/**
 * Policies by name for harness runs: `offline` (the exemplar policy, no
 * model), `llm` (RCI with a language model) and `hybrid` (offline when
 * confident, else the model). The harness takes a factory, so callers can
 * supply their own; this is the default one.
 */
import type { ExemplarMemory } from '../agent/core/exemplar-memory.js';
import { UserFacingError } from '../agent/core/errors.js';
import type { LanguageModel } from '../agent/core/language-model.js';
import type { Policy } from '../agent/core/policy.js';
import { ExemplarPolicy } from '../agent/policy/exemplar/exemplar-policy.js';
import { HybridPolicy } from '../agent/policy/hybrid-policy.js';
import { RciPolicy } from '../agent/policy/rci/rci-policy.js';

export const POLICY_NAMES = ['offline', 'llm', 'hybrid'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

export interface PolicyDependencies {
  /** The exemplar memory holding the demonstrations. */
  memory: ExemplarMemory;
  /** The language model for `llm` and `hybrid`. */
  model?: LanguageModel;
}

/** Builds one policy instance; called once per worker, since policies keep per-run state. */
export type PolicyFactory = (name: string, dependencies: PolicyDependencies) => Policy | Promise<Policy>;

export function assertPolicyName(name: string): PolicyName {
  if (!(POLICY_NAMES as readonly string[]).includes(name)) {
    throw new UserFacingError(`unknown policy ${JSON.stringify(name)}`, `use one of ${POLICY_NAMES.join(', ')}`);
  }
  return name as PolicyName;
}

export const defaultPolicyFactory: PolicyFactory = async (name, dependencies) => {
  const policyName = assertPolicyName(name);
  if (policyName === 'offline') return new ExemplarPolicy({ memory: dependencies.memory });
  if (!dependencies.model) {
    throw new UserFacingError(
      `the ${policyName} policy needs a language model`,
      'configure one, e.g. UNDERSTUDY_MODEL=openai:gpt-4o-mini with OPENAI_API_KEY, or use --policy offline',
    );
  }
  const rci = new RciPolicy({ model: dependencies.model, memory: dependencies.memory });
  if (policyName === 'llm') return rci;
  return new HybridPolicy({ offline: new ExemplarPolicy({ memory: dependencies.memory }), fallback: rci });
};
