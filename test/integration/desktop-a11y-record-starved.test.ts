/**
 * Recording a GTK application whose accessibility tree cannot be read whole
 * in time — as on a loaded machine, where every D-Bus round trip waits for
 * three processes to be scheduled: here the recorder's operator is given a
 * budget no read can meet, so every tree is cut short (or the read fails)
 * and OCR reads the application's window in its place. OCR's layout cannot
 * tell a radio button from a check box: it calls the "Pro" radio
 * `checkbox "Pro"`. A CI run under load recorded exactly that as the step's
 * target. The recorder must not store OCR's guess as what the application
 * calls the control: the click is kept as its point, with the guess beside it
 * and a quality warning that says why.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { boxCentre, type UIElement } from '../../agent/core/observation.js';
import { DesktopRecorder } from '../../main/recorder/desktop/desktop-recorder.js';
import { RecordingJournal, journalToTrajectory, readJournal } from '../../main/recorder/recording-journal.js';
import { pause, xdotool } from './record-input.js';
import { useRecordingDesktop } from '../kits/desktop-a11y-session.js';

const TASK = 'Choose the Pro plan';

const session = useRecordingDesktop('understudy-record-starved-');

describe('desktop recording when the accessibility tree is read only in part', () => {
  it("does not store OCR's guess at a control of an application that publishes a tree as its description", async () => {
    const app = await session.desktop.launchGtk();
    // The person's eyes read the whole tree (a generous budget) to know where the radio button is.
    const eyes = await session.desktop.openOperator({ failsafe: false });
    const pro = (await eyes.observe()).elements.find((element: UIElement) => element.source === 'a11y' && element.role === 'radio' && element.text === 'Pro');
    expect(pro).toBeDefined();
    // The recorder's reads are starved: 1 ms cannot hold one D-Bus round trip.
    const starved = await session.desktop.openOperator({ failsafe: false, accessibility: { budgetMs: 1 } });
    const seen = await starved.observe();
    // The condition of the CI failure: where the radio button is, OCR offers a check box named "Pro".
    const centre = boxCentre(pro!.box);
    expect(seen.elements.some((element) => element.source === 'ocr' && element.role === 'checkbox' && element.text === 'Pro')).toBe(true);

    const journal = RecordingJournal.create(join(session.workDir, 'journals'), {
      trajectoryId: 't-desktop-starved',
      task: TASK,
      environment: 'desktop',
      appKey: 'gtk-signup',
      startedAt: Date.now(),
      metadata: {},
    });
    const recorder = await DesktopRecorder.start({ observer: starved, task: TASK, journal, ownWindow: false });
    await recorder.settled();
    xdotool(session.desktop.display, 'mousemove', String(Math.round(centre.x)), String(Math.round(centre.y)), 'click', '1');
    await pause(800);
    await recorder.settled();
    expect((await app.waitForState((state) => state.plan === 'Pro')).plan).toBe('Pro');
    await recorder.stop();
    journal.end({ status: 'success', reason: 'test' });

    const [step, ...rest] = journalToTrajectory(readJournal(journal.path)).steps;
    expect(rest).toEqual([]);
    const described = step!.targets.map((target) => `${target.role} ${target.text}`);
    expect(described).not.toContain('checkbox Pro');
    // Flagged: the click is its point, OCR's reading is kept only as what lay at the point, and the warning says why.
    expect(step!.action).toEqual({ type: 'click', target: { x: Math.round(centre.x), y: Math.round(centre.y) } });
    const beside = (step!.details?.pointTargets ?? []) as { role: string; text: string }[];
    expect(beside.map((target) => `${target.role} ${target.text}`)).toEqual(['checkbox Pro']);
    const warnings = recorder.warnings.map((warning) => warning.message);
    expect(warnings.join('\n')).toMatch(/accessibility tree .*not read.*OCR read .*checkbox "Pro"/);
  }, 180_000);
});
