/**
 * The settings `run` and `mcp` share, defined and resolved once at the front
 * door: the acting flags (where to act, policy, model, memory, config, step
 * budget, desktop scale), the policy name checked, `--max-steps` parsed, and
 * the configuration loaded (file < environment < these flags).
 */
import type { Command } from 'commander';
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

/** The flags of a command that acts (`run`, `mcp`), as commander parses them. */
export interface ActingFlags extends RunSettingFlags {
  url?: string;
  desktop?: boolean;
  headed?: boolean;
  memory?: string;
  scaleFactor?: string;
}

/** Add the acting flags to a command; `help` words the few whose meaning differs between commands. */
export function addActingOptions(command: Command, help: { url: string; policy: string; model: string; maxSteps: string }): Command {
  return command
    .option('--url <url>', help.url)
    .option('--desktop', 'act on the real desktop (X11) through OCR, mouse and keyboard')
    .option('--headed', 'show the browser window (needs a display)')
    .option('--policy <name>', help.policy, 'offline')
    .option('--model <spec>', help.model)
    .option('--memory <file>', 'exemplar memory (default: memory.path in the config, $UNDERSTUDY_MEMORY or ~/.local/share/understudy/memory.db)')
    .option('--config <file>', 'config file (default: ~/.config/understudy/config.json)')
    .option('--max-steps <n>', help.maxSteps)
    .option('--scale-factor <n>', 'desktop: physical pixels per logical pixel (2 on HiDPI)');
}

/** The desktop's scale factor as `--scale-factor` gives it (undefined: detected). */
export function scaleFactorFlag(flags: Pick<ActingFlags, 'scaleFactor'>): number | undefined {
  return flags.scaleFactor === undefined ? undefined : Number(flags.scaleFactor);
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
