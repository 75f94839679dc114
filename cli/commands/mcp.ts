/**
 * `understudy mcp`: serve Understudy to a model client over the Model Context
 * Protocol on stdin/stdout. Configured like `understudy run` (where to act,
 * memory, policy, config file, safety). Stdout carries the protocol only;
 * everything for people goes to stderr.
 */
import type { Command } from 'commander';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { UserFacingError } from '../../agent/core/errors.js';
import { configuredMemoryPath } from '../../main/service/configured-memory.js';
import { RUN_POLICIES } from '../../main/service/run-task.js';
import { McpSession, type McpTarget } from '../../main/mcp/mcp-session.js';
import { createUnderstudyMcpServer } from '../../main/mcp/mcp-server.js';
import { addActingOptions, resolveRunSettings, scaleFactorFlag, type ActingFlags } from '../run-settings.js';

interface McpFlags extends ActingFlags {
  cdp?: string;
  autoApprove?: boolean;
}

export function registerMcpCommand(program: Command): void {
  const command = program
    .command('mcp')
    .description('serve Understudy to a model client (MCP over stdio): observe, act, recall, run_task, save_trajectory and one task_* tool per learned task')
    .option('--cdp <endpoint>', 'act in a browser that is already running, e.g. http://127.0.0.1:9222 (chromium --remote-debugging-port=9222)')
    .option('--auto-approve', 'perform risky actions (pay, delete, send, password fields, closing windows) without confirmation');
  addActingOptions(command, {
    url: 'act in a browser of its own opened at this URL (or local file)',
    policy: `policy of run_task: ${RUN_POLICIES.join(' | ')} (task_* tools are always offline)`,
    model: 'language model for the llm/hybrid policy, e.g. openai:gpt-4o-mini or gguf:/path/model.gguf',
    maxSteps: 'most actions of one run_task',
  })
    .action(async (flags: McpFlags) => {
      const places = [flags.url, flags.cdp, flags.desktop].filter(Boolean).length;
      if (places > 1) throw new UserFacingError('say where to act with one of --url, --cdp or --desktop');
      const { config, policy } = resolveRunSettings(flags);
      const target: McpTarget = flags.cdp
        ? { kind: 'cdp', endpoint: flags.cdp }
        : flags.desktop
          ? { kind: 'desktop', scaleFactor: scaleFactorFlag(flags) }
          : { kind: 'browser', url: flags.url ?? 'about:blank', headless: !flags.headed };
      const session = new McpSession({
        target,
        memoryPath: flags.memory ?? configuredMemoryPath(config),
        config,
        policy,
        autoApprove: flags.autoApprove,
      });
      const served = createUnderstudyMcpServer(session);
      const transport = new StdioServerTransport();
      const closed = new Promise<void>((resolve) => {
        transport.onclose = () => resolve();
        process.stdin.once('end', () => resolve());
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      });
      await served.server.connect(transport);
      process.stderr.write(`understudy mcp: serving on stdio (${describeTarget(target)}, memory ${session.options.memoryPath}, ${served.session.learnedTasks().length} learned task(s))\n`);
      await closed;
      await served.close();
    });
}

function describeTarget(target: McpTarget): string {
  switch (target.kind) {
    case 'browser':
      return `browser at ${target.url}`;
    case 'cdp':
      return `browser at ${target.endpoint}`;
    case 'desktop':
      return 'desktop';
  }
}
