/**
 * The desktop demo end to end: its own Xvfb, the Tk form, OCR observations,
 * real input. A scripted person demonstrates the sign-up once (saved into a
 * fresh exemplar memory with its screenshots); the offline exemplar policy
 * then signs up someone new from that memory alone — and the form's own
 * state file says who was really submitted.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { DESKTOP_DEMO_NEW_TASK, runDesktopDemo } from '../../cli/commands/demo-desktop.js';
import { FORM_TASK } from '../../harness/desktop-app/form-task.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';

const out = mkdtempSync(join(tmpdir(), 'understudy-desktop-demo-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Pixels in the annotation's red (the frame around an action's target). */
function redPixels(file: string): number {
  const png = PNG.sync.read(readFileSync(file));
  let red = 0;
  for (let offset = 0; offset < png.data.length; offset += 4) {
    if (png.data[offset] === 230 && png.data[offset + 1] === 20 && png.data[offset + 2] === 20) red++;
  }
  return red;
}

describe('understudy demo --desktop', () => {
  it('records a demonstration into memory, then does a new instance offline through OCR and real input', async () => {
    const lines: string[] = [];
    const result = await runDesktopDemo({ out, log: (line) => lines.push(line), ownDisplay: true });
    expect(result.startedXvfb).toBe(true);
    expect(result.display).toMatch(/^:\d+$/);

    // Phase 1: the demonstration really filled the form, and is in the memory with its screenshots.
    expect(result.demonstration.task).toBe(FORM_TASK);
    expect(result.demonstration.outcome.status).toBe('success');
    expect(result.demonstration.appState.submitted).toEqual({ name: 'Ada Lovelace', email: 'ada@example.org', newsletter: true });
    expect(dirname(result.memoryPath)).toBe(out);
    const memory = ExemplarStore.open(result.memoryPath, { readonly: true });
    try {
      const stored = memory.list();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ id: result.demonstration.trajectoryId, task: FORM_TASK, source: 'demonstration', status: 'success' });
      const trajectory = memory.get(result.demonstration.trajectoryId)!;
      // The person may wait a moment for the confirmation to be drawn (a wait step); every other step acts on the form.
      const acted = trajectory.steps.filter((step) => step.action.type !== 'wait');
      expect(acted).toHaveLength(4);
      expect(stored[0]!.steps).toBe(trajectory.steps.length);
      for (const step of trajectory.steps) {
        expect(step.observation.screenshotSha256).toBeDefined();
        expect(memory.screenshot(step.observation.screenshotSha256!)?.byteLength).toBeGreaterThan(1000);
      }
      // The demonstrated values are what the offline run has to replace.
      expect(acted.map((step) => (step.action.type === 'type' ? step.action.text : step.action.type))).toEqual(['Ada Lovelace', 'ada@example.org', 'click', 'click']);
    } finally {
      memory.close();
    }

    // Phase 2: the offline policy signed up the NEW person, as the app itself records.
    expect(result.offline.task).toBe(DESKTOP_DEMO_NEW_TASK);
    expect(result.outcome).toMatchObject({ status: 'success' });
    expect(result.outcome.reason).toContain('completeness check');
    expect(result.outcome.answer).toBe('Submitted: Grace Hopper');
    expect(result.appState.submitted).toEqual({ name: 'Grace Hopper', email: 'grace@example.com', newsletter: true });
    expect(result.appState.submitCount).toBe(1);

    // Both phases are printed, and each offline action is named on its own line.
    const phase2 = lines.findIndex((line) => line.includes('phase 2'));
    expect(lines.findIndex((line) => line.includes('phase 1'))).toBeGreaterThanOrEqual(0);
    expect(phase2).toBeGreaterThan(0);
    const offlineLines = lines.slice(phase2);
    expect(offlineLines.some((line) => line.includes(`recalled "${FORM_TASK}" from memory`))).toBe(true);
    expect(offlineLines.filter((line) => /step \d+: (type|click) /.test(line))).toHaveLength(4);
    expect(offlineLines.some((line) => line.includes('type "grace@example.com" into'))).toBe(true);
    expect(offlineLines.some((line) => line.includes('ada@example.org" into'))).toBe(false);

    // A screenshot per action plus the final screen in each phase, with the click targets framed in red.
    for (const phase of [result.demonstration, result.offline]) {
      expect(phase.steps).toBeGreaterThanOrEqual(4);
      expect(phase.screenshots).toHaveLength(phase.steps + 1);
      for (const file of phase.screenshots) expect(existsSync(file)).toBe(true);
      expect(redPixels(phase.screenshots.find((file) => file.endsWith('-click.png'))!)).toBeGreaterThan(100);
    }
    expect(result.screenshots).toEqual(result.offline.screenshots);
  }, 300_000); // two OCR runs on a shared machine: no claim about speed here
});
