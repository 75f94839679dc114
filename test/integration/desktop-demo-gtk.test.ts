/**
 * The desktop demo on the GTK app, end to end: its own Xvfb and private
 * accessibility bus, a person's real input (xdotool) heard by the desktop
 * recorder, the recording saved into a fresh memory with targets by role and
 * name, then the offline policy signing up someone else on another plan —
 * the app's own state file proving both, and every observation line saying
 * where its elements came from.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGtkDesktopDemo } from '../../cli/commands/demo-desktop-gtk.js';
import { SIGNUP_NEW_TASK, SIGNUP_TASK } from '../../harness/desktop-app/gtk/signup-task.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';

const out = mkdtempSync(join(tmpdir(), 'understudy-desktop-demo-gtk-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('understudy demo --desktop --app gtk', () => {
  it('records a demonstration by real input through the accessibility tree, then does a new instance offline', async () => {
    const lines: string[] = [];
    const result = await runGtkDesktopDemo({ out, log: (line) => lines.push(line) });
    expect(result.startedXvfb).toBe(true);

    // The recording: the app's own state says what the person's input did.
    expect(result.recording.appState.submitted).toEqual({ name: 'Ada Lovelace', email: 'ada@example.org', newsletter: true, plan: 'Pro', country: null, interest: 'Computing' });
    const memory = ExemplarStore.open(result.memoryPath, { readonly: true });
    try {
      const stored = memory.list();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ id: result.demonstration.id, task: SIGNUP_TASK, source: 'demonstration', status: 'success' });
      const trajectory = memory.get(result.demonstration.id)!;
      // Targets stored by role and name (and the accessibility path), not by recognised text or coordinates.
      expect(trajectory.steps.map((step) => `${step.action.type}:${step.targets[0]?.role}:${step.targets[0]?.text}`)).toEqual([
        'type:textbox:Full name',
        'type:textbox:Email address',
        'click:checkbox:Send me the newsletter',
        'click:radio:Pro',
        'click:option:Computing',
        'click:button:Sign up',
      ]);
      for (const step of trajectory.steps) expect(step.targets[0]?.attributes?.path).toMatch(/^window\[Understudy GTK Sign-up\] \/ /);
    } finally {
      memory.close();
    }

    // The offline run on a fresh app elsewhere on the screen: another person, plan and interest.
    expect(result.offline.task).toBe(SIGNUP_NEW_TASK);
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(result.offline.appState.submitted).toEqual({ name: 'Grace Hopper', email: 'grace@example.com', newsletter: true, plan: 'Team', country: null, interest: 'Mathematics' });
    expect(result.offline.appState.submitCount).toBe(1);

    // Where the elements came from: the GTK window is read through its tree, nothing needed OCR.
    expect(result.recording.sources.a11y).toBeGreaterThan(0);
    expect(result.offline.sources.a11y).toBeGreaterThan(0);
    expect(result.offline.sources.ocr).toBe(0);
    const phase2 = lines.findIndex((line) => line.includes('phase 2'));
    expect(phase2).toBeGreaterThan(0);
    const observed = lines.slice(phase2).filter((line) => /step \d+: observed \d+ elements/.test(line));
    expect(observed.length).toBeGreaterThanOrEqual(6);
    for (const line of observed) expect(line).toMatch(/\d+ from the accessibility tree, \d+ by OCR/);
    expect(lines.some((line) => line.includes('type "grace@example.com" into'))).toBe(true);
    expect(lines.slice(phase2).some((line) => line.includes('type "ada@example.org"'))).toBe(false);
    for (const file of result.offline.screenshots) expect(existsSync(file)).toBe(true);
  }, 300_000); // a recording and an offline run on a shared machine: no claim about speed here
});
