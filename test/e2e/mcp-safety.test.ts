/**
 * `understudy mcp --auto-approve` with secrets configured: risky actions go
 * through, what the client sees is redacted (a configured secret and a
 * password field's value become placeholders), and a placeholder the client
 * sends back is resolved to the real value locally, on the page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementId, launchDevtoolsBrowser, resultText, startMcpServer, type DevtoolsBrowser, type McpProcess } from './mcp-kit.js';

const folder = mkdtempSync(join(tmpdir(), 'understudy-mcp-safety-'));
const SECRET = 'orchid-ledger-7731';
let chrome: DevtoolsBrowser;
let mcp: McpProcess;

/** Limits for a loaded machine, not timing assertions. */
const SLOW = 240_000;

beforeAll(async () => {
  const page = join(folder, 'account.html');
  writeFileSync(
    page,
    `<!doctype html><html><body>
      <p>Recovery code: ${SECRET}</p>
      <label for="user">User</label><input id="user">
      <label for="pw">Password</label><input id="pw" type="password">
      <button id="delete" onclick="document.title = 'deleted'">Delete account</button>
    </body></html>`,
  );
  const config = join(folder, 'config.json');
  writeFileSync(config, JSON.stringify({ safety: { secrets: [SECRET] } }));
  chrome = await launchDevtoolsBrowser();
  await chrome.page.goto(pathToFileURL(page).href);
  mcp = await startMcpServer(['--cdp', chrome.endpoint, '--memory', join(folder, 'memory.db'), '--config', config, '--auto-approve']);
}, 300_000);

afterAll(async () => {
  await mcp?.close();
  await chrome?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('understudy mcp --auto-approve, with secrets', () => {
  it('lets risky actions through, shows secrets as placeholders and resolves them locally', async () => {
    let text = resultText(await mcp.client.callTool({ name: 'observe', arguments: {} }));
    expect(text).not.toContain(SECRET);
    const placeholder = text.match(/<secret:[a-z-]+-\d+>/)?.[0];
    expect(placeholder).toBeDefined();

    // Typing into a password field is risky: allowed here.
    const typed = await mcp.client.callTool({ name: 'act', arguments: { action: { type: 'type', text: 'hunter22', target: { elementId: elementId(text, /Password/) } } } });
    expect(typed.isError).toBeFalsy();
    expect(await chrome.page.inputValue('#pw')).toBe('hunter22');

    // The client only ever sees the placeholder. A listed secret may go only into a password field: into "User" a
    // person would have to say yes (even with --auto-approve), so it is refused and nothing is typed there.
    text = resultText(await mcp.client.callTool({ name: 'observe', arguments: {} }));
    const misplaced = await mcp.client.callTool({ name: 'act', arguments: { action: { type: 'type', text: placeholder!, target: { elementId: elementId(text, /"User"/) } } } });
    expect(misplaced.isError).toBe(true);
    expect(resultText(misplaced)).toMatch(/"User"/);
    expect(resultText(misplaced)).not.toContain(SECRET);
    expect(await chrome.page.inputValue('#user')).toBe('');
    // Into the password field the page gets the real value, resolved locally.
    const usePlaceholder = await mcp.client.callTool({ name: 'act', arguments: { action: { type: 'type', text: placeholder!, replace: true, target: { elementId: elementId(text, /Password/) } } } });
    expect(usePlaceholder.isError).toBeFalsy();
    expect(await chrome.page.inputValue('#pw')).toBe(SECRET);

    const unknown = await mcp.client.callTool({ name: 'act', arguments: { action: { type: 'type', text: '<secret:password-9>', target: { elementId: elementId(text, /"User"/) } } } });
    expect(unknown.isError).toBe(true);
    expect(resultText(unknown)).toMatch(/unknown secret placeholder/);

    const deleted = await mcp.client.callTool({ name: 'act', arguments: { action: { type: 'click', target: { elementId: elementId(text, /Delete account/) } } } });
    expect(deleted.isError).toBeFalsy();
    expect(await chrome.page.title()).toBe('deleted');

    // What the memory keeps has the password as a placeholder, never the value typed.
    const saved = resultText(await mcp.client.callTool({ name: 'save_trajectory', arguments: { task: 'Delete the account', success: true } }));
    const id = saved.match(/saved trajectory (\S+)/)![1]!;
    const kept = ((await mcp.client.readResource({ uri: `understudy://trajectories/${id}` })).contents[0] as { text: string }).text;
    expect(kept).toMatch(/type "<secret:password-\d+>" into textbox/);
    expect(kept).not.toContain('hunter22');
    expect(kept).toMatch(/click button "Delete account"/);

    const configuration = JSON.parse(((await mcp.client.readResource({ uri: 'understudy://configuration' })).contents[0] as { text: string }).text);
    expect(configuration.autoApprove).toBe(true);
    expect(JSON.stringify(configuration)).not.toContain(SECRET);
  }, SLOW);
});
