/**
 * The policies by name, for every front door (run, mcp, the app, bench and
 * the harness): `offline` (the exemplar policy, no model), `llm` (the
 * model-driven RCI policy) and `hybrid` (offline when confident, else the
 * model). Each caller builds the model-driven policy its own way (the CLI
 * with redaction and budgets from its config, the harness from a bare
 * model), so it is passed in, and built only when the name needs it.
 */
import { UserFacingError } from '../core/errors.js';
import type { ExemplarMemory, RetrievalFilters } from '../core/exemplar-memory.js';
import type { Policy } from '../core/policy.js';
import { ExemplarPolicy } from './exemplar/exemplar-policy.js';
import { HybridPolicy } from './hybrid-policy.js';

export const POLICY_NAMES = ['offline', 'llm', 'hybrid'] as const;
export type PolicyName = (typeof POLICY_NAMES)[number];

export function assertPolicyName(name: string): PolicyName {
  if (!(POLICY_NAMES as readonly string[]).includes(name)) {
    throw new UserFacingError(`unknown policy ${JSON.stringify(name)}`, `use one of ${POLICY_NAMES.join(', ')}`);
  }
  return name as PolicyName;
}

export interface PolicyParts {
  /** The exemplar memory holding the demonstrations. */
  memory: ExemplarMemory;
  /** Retrieval filters for the offline policy (alone or inside hybrid). */
  filters?: RetrievalFilters;
  /** The model-driven policy, for `llm` and `hybrid`; called only for those (it may throw when no model is configured). */
  modelPolicy(): Policy;
}

/** A new policy instance of this name (policies keep per-run state: one per runner). */
export function createPolicy(name: PolicyName, parts: PolicyParts): Policy {
  const offline = () => new ExemplarPolicy({ memory: parts.memory, ...(parts.filters ? { filters: parts.filters } : {}) });
  if (name === 'offline') return offline();
  const model = parts.modelPolicy();
  return name === 'llm' ? model : new HybridPolicy({ offline: offline(), fallback: model });
}
