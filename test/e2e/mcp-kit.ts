/**
 * Shared parts of the MCP end-to-end tests: a Chromium of the test's own with
 * a DevTools endpoint (the server attaches to it with --cdp, the test reads
 * the page's state through its own connection), a memory seeded with suite
 * demonstrations, and the SDK's client talking to `understudy mcp` as a
 * child process over stdio.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutablePath } from '../../agent/operators/browser/chromium.js';
import { cliNodeArguments, projectRoot } from '../kits/cli-process.js';

export interface DevtoolsBrowser {
  endpoint: string;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** A headless Chromium with a DevTools port, and the test's own connection to its first page. */
export async function launchDevtoolsBrowser(): Promise<DevtoolsBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'understudy-mcp-profile-'));
  const child: ChildProcess = spawn(
    chromiumExecutablePath(),
    [...CHROMIUM_ARGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${profile}`, '--window-size=800,600', 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools endpoint:\n${seen}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = seen.match(/DevTools listening on ws:\/\/([^/\s]+)\//);
      if (match) {
        clearTimeout(timer);
        resolve(`http://${match[1]}`);
      }
    });
    child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    endpoint,
    browser,
    page,
    async close() {
      await browser.close().catch(() => undefined);
      child.kill('SIGKILL');
    },
  };
}

export interface McpProcess {
  client: Client;
  stderr: () => string;
  close(): Promise<void>;
}

/** `understudy mcp <args>` as a child process, with the SDK's client connected over stdio. */
export async function startMcpServer(args: readonly string[], env: Record<string, string> = {}): Promise<McpProcess> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: cliNodeArguments(['mcp', ...args]),
    cwd: projectRoot,
    // No config file or model of the machine's: only what the test passes.
    env: { ...(process.env as Record<string, string>), UNDERSTUDY_CONFIG: '', UNDERSTUDY_MODEL: '', XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'understudy-mcp-config-')), ...env },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: 'understudy-test', version: '1.0.0' });
  await client.connect(transport);
  return {
    client,
    stderr: () => stderr,
    async close() {
      await client.close().catch(() => undefined);
    },
  };
}

/** The text blocks of a tool result, joined. */
export function resultText(result: unknown): string {
  const content = (result as CallToolResult).content ?? [];
  return content.map((block) => (block.type === 'text' ? block.text : `[${block.type}]`)).join('\n');
}

/** The id of the first element of an observation text matching `pattern` ("[3] button "Submit""). */
export function elementId(observationText: string, pattern: RegExp): number {
  for (const line of observationText.split('\n')) {
    // Runs of same-role elements are grouped: "(textbox) [2] "Field 1" | [3] "Field 2"".
    const group = line.match(/^\s*\(([\w-]+)\)\s*(.*)$/);
    const segments = group ? group[2]!.split(' | ').map((segment) => segment.replace(/^(\[\d+\])\s*/, `$1 ${group[1]} `)) : [line];
    for (const segment of segments) {
      const match = segment.match(/\[(\d+)\]/);
      if (match && pattern.test(segment)) return Number(match[1]);
    }
  }
  throw new Error(`no element matching ${pattern} in:\n${observationText}`);
}
