/**
 * The harness's policy factory: the policy registry's names
 * (agent/policy/policy-registry.ts), with RCI on a bare model for `llm` and
 * `hybrid`. The harness takes a factory, so callers can supply their own;
 * this is the default one.
 */
import type { ExemplarMemory } from '../agent/core/exemplar-memory.js';
import { UserFacingError } from '../agent/core/errors.js';
import type { LanguageModel } from '../agent/core/language-model.js';
import type { Policy } from '../agent/core/policy.js';
import { assertPolicyName, createPolicy } from '../agent/policy/policy-registry.js';
import { RciPolicy } from '../agent/policy/rci/rci-policy.js';

export interface PolicyDependencies {
  /** The exemplar memory holding the demonstrations. */
  memory: ExemplarMemory;
  /** The language model for `llm` and `hybrid`. */
  model?: LanguageModel;
}

/** Builds one policy instance; called once per worker, since policies keep per-run state. */
export type PolicyFactory = (name: string, dependencies: PolicyDependencies) => Policy | Promise<Policy>;

export const defaultPolicyFactory: PolicyFactory = async (name, dependencies) => {
  const policyName = assertPolicyName(name);
  return createPolicy(policyName, {
    memory: dependencies.memory,
    modelPolicy: () => {
      if (!dependencies.model) {
        throw new UserFacingError(
          `the ${policyName} policy needs a language model`,
          'configure one, e.g. UNDERSTUDY_MODEL=openai:gpt-4o-mini with OPENAI_API_KEY, or use --policy offline',
        );
      }
      return new RciPolicy({ model: dependencies.model, memory: dependencies.memory });
    },
  });
};
