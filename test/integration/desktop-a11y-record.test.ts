/**
 * Recording a GTK application with an accessibility tree: xdotool clicks and
 * types as a person would, uiohook hears it, and the desktop recorder (on the
 * operator's merged observation) stores each target as the accessibility
 * element it landed on — role, name and path, not recognised text; the
 * replay re-grounds those targets by role and name on a fresh copy of the
 * application and reproduces its state.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { boxCentre, type UIElement } from '../../agent/core/observation.js';
import type { DesktopOperator } from '../../agent/operators/desktop/desktop-operator.js';
import { ReplayPolicy } from '../../agent/policy/replay/replay-policy.js';
import { Runner } from '../../agent/runner/runner.js';
import { DesktopRecorder } from '../../main/recorder/desktop/desktop-recorder.js';
import { RecordingJournal, journalToTrajectory, readJournal } from '../../main/recorder/recording-journal.js';
import { pause, xdotool } from './record-input.js';
import { useRecordingDesktop } from '../kits/desktop-a11y-session.js';

const TASK = 'Sign up Ada Lovelace (ada@example.org) on the Pro plan, interested in computing, with the newsletter';

let operator: DesktopOperator;
const session = useRecordingDesktop('understudy-record-a11y-');

function find(elements: readonly UIElement[], role: string, text: string): UIElement {
  const element = elements.find((candidate) => candidate.role === role && candidate.text === text && candidate.source === 'a11y');
  if (!element) throw new Error(`no ${role} "${text}" among ${elements.map((e) => `${e.source}:${e.role}:${e.text}`).join(', ')}`);
  return element;
}

describe('desktop recording with the accessibility tree', () => {
  it('stores targets by role, name and path, and the replay reproduces the state', async () => {
    const app = await session.desktop.launchGtk();
    operator = await session.desktop.openOperator({ failsafe: false });
    const journal = RecordingJournal.create(join(session.workDir, 'journals'), {
      trajectoryId: 't-desktop-a11y',
      task: TASK,
      environment: 'desktop',
      appKey: 'gtk-signup',
      startedAt: Date.now(),
      metadata: {},
    });
    const warnings: string[] = [];
    const recorder = await DesktopRecorder.start({ observer: operator, task: TASK, journal, onWarning: (message) => warnings.push(message) });
    const screen = (await operator.observe()).elements;
    const at = (element: UIElement) => {
      const centre = boxCentre(element.box);
      return [String(Math.round(centre.x)), String(Math.round(centre.y))];
    };
    const act = async (...args: string[]) => {
      xdotool(session.desktop.display, ...args);
      await pause(150);
      await recorder.settled();
    };
    await act('mousemove', ...at(find(screen, 'textbox', 'Full name')), 'click', '1');
    await act('type', '--delay', '40', 'Ada Lovelace');
    await act('mousemove', ...at(find(screen, 'textbox', 'Email address')), 'click', '1');
    await act('type', '--delay', '40', 'ada@example.org');
    await act('mousemove', ...at(find(screen, 'checkbox', 'Send me the newsletter')), 'click', '1');
    await pause(600);
    await act('mousemove', ...at(find(screen, 'radio', 'Pro')), 'click', '1');
    await pause(600);
    await act('mousemove', ...at(find(screen, 'option', 'Computing')), 'click', '1');
    await pause(600);
    await act('mousemove', ...at(find(screen, 'button', 'Sign up')), 'click', '1');
    await pause(700);
    await recorder.settled();
    const recordedState = await app.waitForState((state) => state.submitCount === 1);
    expect(recordedState.submitted).toEqual({ name: 'Ada Lovelace', email: 'ada@example.org', newsletter: true, plan: 'Pro', country: null, interest: 'Computing' });
    await recorder.stop();
    journal.end({ status: 'success', reason: 'test' });

    const trajectory = journalToTrajectory(readJournal(journal.path));
    const summary = trajectory.steps.map((step) => `${step.action.type}:${step.targets[0]?.role}:${step.targets[0]?.text}`);
    expect(summary, JSON.stringify(summary)).toEqual([
      'type:textbox:Full name',
      'type:textbox:Email address',
      'click:checkbox:Send me the newsletter',
      'click:radio:Pro',
      'click:option:Computing',
      'click:button:Sign up',
    ]);
    // Targets carry the accessibility path and toolkit role, and the stored observations say their source.
    expect(trajectory.steps[4]!.targets[0]!.attributes).toMatchObject({
      path: 'window[Understudy GTK Sign-up] / listbox[Interests] / option[Computing]',
      toolkitRole: 'list item',
    });
    expect(trajectory.steps[0]!.observation.elements.some((element) => element.source === 'a11y')).toBe(true);
    expect(warnings.filter((message) => /could not be recorded|failed/.test(message))).toEqual([]);

    // Replay onto a fresh copy of the application, moved elsewhere: targets are found again by role and name.
    await app.stop();
    const fresh = await session.desktop.launchGtk({ x: 300, y: 80 });
    const runner = new Runner({ operator, policy: new ReplayPolicy(trajectory) });
    const run = await runner.run(TASK);
    expect(run.outcome.status, run.outcome.reason).toBe('success');
    const replayed = await fresh.waitForState((state) => state.submitCount === 1, 15_000);
    expect(replayed.submitted).toEqual(recordedState.submitted);
  }, 240_000);
});
