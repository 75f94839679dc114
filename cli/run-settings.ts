/**
 * The settings `run` and `mcp` share, resolved once at the front door: the
 * policy name checked, `--max-steps` parsed, and the configuration loaded
 * (file < environment < these flags).
 */
import { loadConfig } from '../agent/config/load-config.js';
import type { UnderstudyConfig } from '../agent/config/config-schema.js';
import { UserFacingError } from '../agent/core/errors.js';
import { RUN_POLICIES, type RunPolicyName } from '../main/service/run-task.js';
import { wholeNumber } from './flags.js';

export interface RunSettingFlags {
  policy: string;
  maxSteps?: string;
  config?: string;
  model?: string;
}

export function resolveRunSettings(flags: RunSettingFlags): { policy: RunPolicyName; config: UnderstudyConfig } {
  if (!(RUN_POLICIES as readonly string[]).includes(flags.policy)) {
    throw new UserFacingError(`unknown policy ${JSON.stringify(flags.policy)}`, `use one of ${RUN_POLICIES.join(', ')}`);
  }
  const maxSteps = flags.maxSteps === undefined ? undefined : wholeNumber(flags.maxSteps, '--max-steps', 1);
  const { config } = loadConfig({
    configPath: flags.config,
    flags: { ...(flags.model ? { model: flags.model } : {}), ...(maxSteps ? { budgets: { maxSteps } } : {}) },
  });
  return { policy: flags.policy as RunPolicyName, config };
}
