/**
 * The desktop demo end to end: its own Xvfb, the Tk form, OCR observations,
 * real input, annotated screenshots — and the form's own state at the end.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { runDesktopDemo } from '../../cli/commands/demo-desktop.js';

const out = mkdtempSync(join(tmpdir(), 'understudy-desktop-demo-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('understudy demo --desktop', () => {
  it('fills and submits the form through OCR and real input, and saves annotated screenshots', async () => {
    const lines: string[] = [];
    const result = await runDesktopDemo({ out, log: (line) => lines.push(line), ownDisplay: true, xvfbDisplay: 93 });
    expect(result.startedXvfb).toBe(true);
    expect(result.display).toBe(':93');
    expect(result.outcome.status).toBe('success');
    expect(result.outcome.answer).toBe('Submitted: Ada Lovelace');
    expect(result.appState.submitted).toEqual({ name: 'Ada Lovelace', email: 'ada@example.org', newsletter: true });
    // One printed line per action, naming it.
    expect(lines.filter((line) => / (type|click) /.test(line))).toHaveLength(4);
    expect(lines.some((line) => line.includes('type "ada@example.org" into'))).toBe(true);
    // A screenshot per action plus the final screen, with the click target framed in red.
    expect(result.screenshots).toHaveLength(5);
    for (const file of result.screenshots) expect(existsSync(file)).toBe(true);
    const click = PNG.sync.read(readFileSync(result.screenshots.find((file) => file.endsWith('-click.png'))!));
    let red = 0;
    for (let offset = 0; offset < click.data.length; offset += 4) {
      if (click.data[offset] === 230 && click.data[offset + 1] === 20 && click.data[offset + 2] === 20) red++;
    }
    expect(red).toBeGreaterThan(100);
  });
});
