/**
 * `understudy run "<task>" --url <url> | --desktop`: perform a task with the
 * chosen policy, printing each step; the trajectory is kept in the memory.
 */
import { addActingOptions, resolveRunSettings, scaleFactorFlag, type ActingFlags } from '../run-settings.js';
import type { Command } from 'commander';
import { UserFacingError } from '../../agent/core/errors.js';
import { printable } from '../../agent/core/printable-text.js';
import type { AgentEvent } from '../../agent/core/events.js';
import { confirmInTerminal } from '../../agent/safety/confirm-in-terminal.js';
import { configuredMemoryPath } from '../../main/service/configured-memory.js';
import { RUN_POLICIES, runTask, type RunTarget } from '../../main/service/run-task.js';
import { teachHint } from '../teach-hint.js';

interface RunFlags extends ActingFlags {
  yes?: boolean;
  confirmFromStdin?: boolean;
  save: boolean;
}

/**
 * One line per interesting event, for a terminal. Every text that came from a
 * model, a page or a file is shown with its control characters made visible.
 */
export function formatEvent(event: AgentEvent): string | undefined {
  const safe = (text: string) => printable(text, { singleLine: true });
  switch (event.type) {
    case 'run-start':
      return `task: ${safe(event.task)} (policy ${event.policy}, ${event.environment})`;
    case 'retrieval':
      return event.exemplars.length === 0
        ? '  memory: no similar trajectory'
        : `  memory: ${event.exemplars.map((exemplar) => `"${safe(exemplar.task)}" (${exemplar.score.toFixed(2)})`).slice(0, 3).join(', ')}`;
    case 'check':
      return `  ${event.check} check: ${event.verdict.ok ? 'ok' : 'no'} — ${safe(event.verdict.reason)}`;
    case 'action':
      return `step ${event.step + 1}: ${safe(event.description)}${event.result.ok ? '' : `  ✗ ${safe(event.result.code)}: ${safe(event.result.error)}`}`;
    case 'confirmation-request':
      return `  needs confirmation: ${safe(event.description)} — ${safe(event.reason)}`;
    case 'error':
      return `  error (${event.phase}): ${safe(event.message)}`;
    case 'run-end':
      return `outcome: ${event.outcome.status} — ${safe(event.outcome.reason)} (${event.steps} steps, ${(event.durationMs / 1000).toFixed(1)} s)`;
    default:
      return undefined;
  }
}

/** Print an event's line (formatEvent), if it has one, to stdout. */
export function printEvent(event: AgentEvent): void {
  const line = formatEvent(event);
  if (line) process.stdout.write(`${line}\n`);
}

export function registerRunCommand(program: Command): void {
  const command = program
    .command('run')
    .description('perform a task in a browser page (--url) or on the desktop (--desktop)')
    .argument('<task>', 'what to do, in words');
  addActingOptions(command, {
    url: 'open a browser at this URL (or local file) and act there',
    policy: `${RUN_POLICIES.join(' | ')}`,
    model: 'language model, e.g. openai:gpt-4o-mini or gguf:/path/model.gguf',
    maxSteps: 'most actions',
  })
    .option('--yes', 'approve risky actions without asking')
    .option('--confirm-from-stdin', 'read answers to confirmation questions from stdin even when it is not a terminal')
    .option('--no-save', 'do not keep the trajectory in the memory')
    .action(async (task: string, flags: RunFlags) => {
      if (Boolean(flags.url) === Boolean(flags.desktop)) throw new UserFacingError('say where to act: --url <url> or --desktop (one of them)');
      const { config, policy } = resolveRunSettings(flags);
      const target: RunTarget = flags.url
        ? { kind: 'browser', url: flags.url, headless: !flags.headed }
        : { kind: 'desktop', scaleFactor: scaleFactorFlag(flags) };
      const controller = new AbortController();
      const onInterrupt = () => controller.abort('stopped with Ctrl+C');
      const onTerminate = () => controller.abort('stopped by SIGTERM');
      process.once('SIGINT', onInterrupt);
      process.once('SIGTERM', onTerminate);
      // A pipe or a file on stdin is not a person: its lines are not consent unless the user says so.
      const canAsk = Boolean(process.stdin.isTTY) || Boolean(flags.confirmFromStdin);
      try {
        const result = await runTask({
          task,
          target,
          policy,
          memoryPath: flags.memory ?? configuredMemoryPath(config),
          config,
          autoApprove: flags.yes,
          confirm: canAsk ? confirmInTerminal(process.stdin, process.stderr) : undefined,
          signal: controller.signal,
          save: flags.save,
          onEvent: printEvent,
        });
        // A refusal names what would help; the command that gives it is printed whole (teach-hint.ts).
        const hint = teachHint(task, flags.url ? { kind: 'browser', url: flags.url } : { kind: 'desktop' }, result.outcome.status, flags.memory);
        if (hint) process.stdout.write(`${printable(hint, { singleLine: true })}\n`);
        if (result.outcome.status !== 'success') process.exitCode = 1;
      } finally {
        process.off('SIGINT', onInterrupt);
        process.off('SIGTERM', onTerminate);
      }
    });
}
