/**
 * Understudy as an MCP server: the tools a model client calls (observe, act,
 * recall, run_task, save_trajectory, and one `task_<name>` tool per learned
 * task), and read-only resources (recent trajectories, the effective
 * configuration with secrets masked). The transport is the caller's (stdio
 * for `understudy mcp`).
 */
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RegisteredTool } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { ActionSchema, describeAction } from '../../agent/core/action.js';
import type { AgentEvent } from '../../agent/core/events.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { maskConfig } from '../../agent/config/mask-secrets.js';
import type { RunResult } from '../../agent/runner/runner.js';
import { packageVersion } from '../package-info.js';
import type { LearnedTask } from './learned-tasks.js';
import { McpSession, toolErrorMessage } from './mcp-session.js';
import { learnedTaskInputShape, learnedTaskDescription } from './learned-task-tool.js';

export interface UnderstudyMcpServer {
  server: McpServer;
  session: McpSession;
  /** Re-read the memory's learned tasks and update the task_* tools (notifies the client when they change). */
  refreshLearnedTools(): void;
  close(): Promise<void>;
}

/** How often the memory is checked for demonstrations saved by other processes, ms. */
const MEMORY_POLL_MS = 3_000;
/** Trajectories the recent-trajectories resource lists. */
const RECENT_LIMIT = 20;

type ToolExtra = {
  signal: AbortSignal;
  _meta?: { progressToken?: string | number };
  sendNotification: (notification: { method: 'notifications/progress'; params: { progressToken: string | number; progress: number; total?: number; message?: string } }) => Promise<void>;
};

export function createUnderstudyMcpServer(session: McpSession, options: { pollMemory?: boolean } = {}): UnderstudyMcpServer {
  const server = new McpServer(
    { name: 'understudy', version: packageVersion() },
    {
      capabilities: { tools: { listChanged: true }, resources: { listChanged: true } },
      instructions:
        'Understudy acts on a real browser page or desktop. Call observe to see numbered elements, act with one action on an element id from the latest observation, ' +
        'recall to see how similar tasks were done before, run_task to let Understudy do a whole task, and save_trajectory after you finished a task with act so it is learned. ' +
        'Tools named task_* are tasks Understudy learned from demonstrations: they run with no model, given the values.',
    },
  );

  const failure = (error: unknown): CallToolResult => ({ isError: true, content: [{ type: 'text', text: toolErrorMessage(error) }] });
  const text = (value: string): CallToolResult => ({ content: [{ type: 'text', text: value }] });

  server.registerTool(
    'observe',
    {
      title: 'Observe the screen',
      description:
        'Capture the current page or screen as a compact list of numbered elements: "[id] role "name" …", indented by containment. ' +
        'The ids are valid until the next observe (or a run); pass them to act. Secret values are shown as placeholders like <secret:password-1>, ' +
        'which act resolves locally. Set screenshot to true to also get a PNG image.',
      inputSchema: { screenshot: z.boolean().optional().describe('also return a screenshot (PNG image block); default false') },
      annotations: { readOnlyHint: true },
    },
    async ({ screenshot }) => {
      try {
        const observed = await session.observe(screenshot ?? false);
        const { page } = observed.observation;
        const header = [page.url ? `url: ${page.url}` : undefined, page.title ? `title: ${page.title}` : undefined, `${observed.observation.elements.length} elements${observed.omitted ? ` (${observed.omitted} left out of this summary)` : ''}`]
          .filter(Boolean)
          .join('\n');
        const content: CallToolResult['content'] = [{ type: 'text', text: `${header}\n\n${observed.text}` }];
        const png = observed.observation.screenshot?.png;
        if (png) content.push({ type: 'image', data: Buffer.from(png).toString('base64'), mimeType: 'image/png' });
        return { content };
      } catch (error) {
        return failure(error);
      }
    },
  );

  server.registerTool(
    'act',
    {
      title: 'Perform one action',
      description:
        'Perform one action with the real mouse and keyboard, on an element id from the latest observe (or a point in CSS/logical pixels). ' +
        'Examples: {"type":"click","target":{"elementId":3}}, {"type":"type","text":"hello","target":{"elementId":2},"replace":true}, ' +
        '{"type":"press","keys":"Enter"}, {"type":"select","target":{"elementId":5},"option":"Blue"}, {"type":"scroll","deltaY":300}. ' +
        'Risky actions (paying, deleting, sending, typing into password fields, closing windows) are refused unless the server was started with --auto-approve. ' +
        'An id from an older observation is refused: observe again. Call save_trajectory when the task is done so it is learned.',
      inputSchema: { action: ActionSchema.describe('one action of the Action schema') },
      annotations: { destructiveHint: true },
    },
    async ({ action }, extra) => {
      try {
        const done = await session.act(action, extra.signal);
        return text(`done: ${done.description} (${Math.round(done.durationMs)} ms). Observe again before the next action on an element.`);
      } catch (error) {
        return failure(error);
      }
    },
  );

  server.registerTool(
    'recall',
    {
      title: 'Recall similar trajectories',
      description:
        'Find past trajectories (demonstrations and runs) similar to a task in Understudy\'s memory, each as its task, outcome and steps in words. ' +
        'Use it to see how a task was done before.',
      inputSchema: {
        task: z.string().min(1).describe('the task, in words'),
        k: z.number().int().min(1).max(10).optional().describe('how many; default 3'),
        success_only: z.boolean().optional().describe('only successful ones; default true'),
      },
      annotations: { readOnlyHint: true },
    },
    async ({ task, k, success_only }, extra) => {
      try {
        // Awaited, so the client's cancellation cuts a slow embeddings endpoint.
        const found = await session.memory.retrieveAsync({ task }, k ?? 3, { successOnly: success_only ?? true }, { signal: extra.signal });
        if (found.length === 0) return text('no similar trajectory in memory');
        return text(found.map((hit, index) => `${index + 1}. ${compactTrajectory(hit.trajectory)}\n   (score ${hit.score.toFixed(3)}: ${hit.why})`).join('\n\n'));
      } catch (error) {
        return failure(error);
      }
    },
  );

  server.registerTool(
    'run_task',
    {
      title: 'Run a whole task',
      description:
        'Let Understudy perform a whole task on the current page or screen with its configured policy (offline: re-grounds a remembered demonstration with no model; ' +
        'hybrid/llm: uses the configured model). Sends progress notifications per step; cancel the request to stop it. Returns the outcome and the steps taken.',
      inputSchema: { task: z.string().min(1).describe('what to do, in words, e.g. Enter "Grace" into the name field and press Submit') },
    },
    async ({ task }, extra) => {
      try {
        const result = await session.runTask(task, { signal: extra.signal, onEvent: progressReporter(extra as unknown as ToolExtra) });
        return runResult(result, task);
      } catch (error) {
        return failure(error);
      }
    },
  );

  server.registerTool(
    'save_trajectory',
    {
      title: 'Save what was just done',
      description:
        'Store the act calls made since the last save (their observations, actions and targets) as a trajectory in Understudy\'s memory, with the task and whether it succeeded. ' +
        'A success is kept as a demonstration: the task becomes a learned task_* tool that replays it with new values and no model. ' +
        'Give name to group demonstrations of the same task (e.g. "book-meeting").',
      inputSchema: {
        task: z.string().min(1).describe('the task that was performed, with its values, e.g. Enter "Grace Hopper" into the name field and press Submit'),
        success: z.boolean().describe('did the task succeed'),
        reason: z.string().optional().describe('why it ended this way'),
        answer: z.string().optional().describe('the answer, if the task asked a question'),
        name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 _-]{0,40}$/, 'letters, digits, spaces, - and _').optional().describe('a short name for this kind of task; becomes the tool task_<name>'),
        last_steps: z.number().int().min(1).optional().describe('keep only the last n acts (default: all since the last save)'),
      },
    },
    async ({ task, success, reason, answer, name, last_steps }, extra) => {
      try {
        const saved = await session.saveTrajectory({ task, success, reason, answer, name, lastSteps: last_steps }, extra.signal);
        refreshLearnedTools();
        server.sendResourceListChanged();
        const learned = session.learnedTasks().find((candidate) => candidate.demonstrationIds.includes(saved.id));
        return text(
          `saved trajectory ${saved.id} (${saved.steps.length} steps, ${saved.source})` + (learned ? `; learned task tool: ${learned.toolName}(${learned.slots.map((slot) => slot.name).join(', ')})` : ''),
        );
      } catch (error) {
        return failure(error);
      }
    },
  );

  // Learned tasks, one tool each, following the memory.
  const learnedTools = new Map<string, { tool: RegisteredTool; signature: string }>();
  const refreshLearnedTools = () => {
    let tasks: LearnedTask[];
    try {
      tasks = session.learnedTasks();
    } catch (error) {
      process.stderr.write(`understudy mcp: could not read learned tasks: ${toolErrorMessage(error)}\n`);
      return;
    }
    const seen = new Set<string>();
    for (const learned of tasks) {
      seen.add(learned.toolName);
      const description = learnedTaskDescription(learned);
      const signature = JSON.stringify({ description, slots: learned.slots.map((slot) => [slot.name, slot.type]), ids: learned.demonstrationIds });
      const existing = learnedTools.get(learned.toolName);
      if (existing?.signature === signature) continue;
      existing?.tool.remove();
      const tool = server.registerTool(
        learned.toolName,
        { title: `Learned task: ${learned.name}`, description, inputSchema: learnedTaskInputShape(learned), annotations: { destructiveHint: true } },
        async (values: Record<string, unknown>, extra) => {
          try {
            // Look the task up again: the memory may have changed since the tool was listed.
            const current = session.learnedTasks().find((candidate) => candidate.toolName === learned.toolName) ?? learned;
            const { task, result } = await session.runLearnedTask(current, values as Record<string, string | number | string[]>, {
              signal: extra.signal,
              onEvent: progressReporter(extra as unknown as ToolExtra),
            });
            return runResult(result, task);
          } catch (error) {
            return failure(error);
          }
        },
      );
      learnedTools.set(learned.toolName, { tool, signature });
    }
    for (const [name, entry] of learnedTools) {
      if (seen.has(name)) continue;
      entry.tool.remove();
      learnedTools.delete(name);
    }
  };
  refreshLearnedTools();

  // Resources.
  server.registerResource(
    'configuration',
    'understudy://configuration',
    { title: 'Effective configuration', description: 'The configuration this server runs with (secrets masked), and where it acts.', mimeType: 'application/json' },
    async (uri) => ({
      contents: [
        {
          uri: uri.href,
          mimeType: 'application/json',
          text: JSON.stringify(
            { config: maskConfig(session.options.config), target: session.options.target, policy: session.options.policy, autoApprove: session.autoApproves, memory: session.options.memoryPath },
            null,
            2,
          ),
        },
      ],
    }),
  );
  server.registerResource(
    'recent-trajectories',
    'understudy://trajectories/recent',
    { title: 'Recent trajectories', description: `The ${RECENT_LIMIT} most recent trajectories in memory (id, task, source, outcome, steps).`, mimeType: 'application/json' },
    async (uri) => ({ contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(session.memory.list({ limit: RECENT_LIMIT }), null, 2) }] }),
  );
  server.registerResource(
    'trajectory',
    new ResourceTemplate('understudy://trajectories/{id}', {
      list: async () => ({
        resources: session.memory.list({ limit: RECENT_LIMIT }).map((summary) => ({
          uri: `understudy://trajectories/${encodeURIComponent(summary.id)}`,
          name: summary.id,
          description: `${summary.source} · ${summary.status} · ${summary.task}`,
          mimeType: 'text/plain',
        })),
      }),
    }),
    { title: 'A trajectory', description: 'One trajectory of the memory: its task, outcome and steps in words (read-only).', mimeType: 'text/plain' },
    async (uri, variables) => {
      const id = decodeURIComponent(String(variables.id));
      const trajectory = session.memory.get(id);
      if (!trajectory) throw new Error(`no trajectory ${id} in memory`);
      return { contents: [{ uri: uri.href, mimeType: 'text/plain', text: compactTrajectory(trajectory) }] };
    },
  );

  let lastMemoryKey = '';
  const memoryKey = () => {
    const ids = session.memory.list({ limit: 100_000, filters: { source: 'demonstration' } }).map((summary) => summary.id);
    return `${ids.length}:${ids.join(',')}`;
  };
  lastMemoryKey = memoryKey();
  const poll =
    options.pollMemory === false
      ? undefined
      : setInterval(() => {
          try {
            const key = memoryKey();
            if (key === lastMemoryKey) return;
            lastMemoryKey = key;
            refreshLearnedTools();
          } catch {
            // The memory may be busy (another writer); try again next time.
          }
        }, MEMORY_POLL_MS);
  poll?.unref();

  return {
    server,
    session,
    refreshLearnedTools,
    async close() {
      if (poll) clearInterval(poll);
      await server.close();
      await session.close();
    },
  };
}

/** Progress notifications from run events (one per action), when the client asked for them. */
function progressReporter(extra: ToolExtra): ((event: AgentEvent) => void) | undefined {
  const token = extra._meta?.progressToken;
  if (token === undefined) return undefined;
  let progress = 0;
  return (event) => {
    let message: string | undefined;
    if (event.type === 'action') message = `step ${event.step + 1}: ${event.description}${event.result.ok ? '' : ` (failed: ${event.result.error})`}`;
    else if (event.type === 'run-start') message = `started: ${event.task}`;
    if (!message) return;
    progress++;
    extra.sendNotification({ method: 'notifications/progress', params: { progressToken: token, progress, message } }).catch(() => undefined);
  };
}

function runResult(result: RunResult, task: string): CallToolResult {
  const { outcome, trajectory } = result;
  const lines = [
    `task: ${task}`,
    `outcome: ${outcome.status} — ${outcome.reason}`,
    ...(outcome.answer ? [`answer: ${outcome.answer}`] : []),
    `steps (${trajectory.steps.length}):`,
    ...trajectory.steps.map((step) => `  ${step.index + 1}. ${describeStep(step)}${step.result?.ok === false ? ` ✗ ${step.result.error ?? ''}` : ''}`),
    `trajectory: ${trajectory.id}`,
  ];
  return { content: [{ type: 'text', text: lines.join('\n') }], isError: outcome.status === 'error' ? true : undefined };
}

/** An action in words, naming its target as it looked ("click button "Submit""). */
function describeStep(step: Trajectory['steps'][number]): string {
  const target = step.targets[0];
  const name = target ? `${target.role} ${JSON.stringify((target.text || target.label || target.attributes?.['aria-label'] || '').slice(0, 60))}` : undefined;
  const action = step.action;
  switch (action.type) {
    case 'type':
      return `type ${JSON.stringify(action.text)}${name ? ` into ${name}` : ''}`;
    case 'select':
      return `select ${JSON.stringify(action.option)}${name ? ` in ${name}` : ''}`;
    case 'click':
    case 'double-click':
    case 'right-click':
      return name ? `${action.type} ${name}` : describeAction(action);
    default:
      return describeAction(action);
  }
}

/** One trajectory in a few lines: what recall and the trajectory resource show. */
export function compactTrajectory(trajectory: Trajectory): string {
  const steps = trajectory.steps.map((step) => `   - ${describeStep(step)}`).join('\n');
  return `${JSON.stringify(trajectory.task)} [${trajectory.id}] ${trajectory.source}, ${trajectory.outcome.status}${trajectory.appKey ? ` on ${trajectory.appKey}` : ''}\n${steps}`;
}
