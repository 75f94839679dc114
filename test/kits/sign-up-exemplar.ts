/**
 * Recorded-style trajectories of the form world's sign-up task, as the
 * memory would hold them: whole steps with observation text, action and
 * target descriptors. `padding` makes an exemplar longer (more elements) to
 * test token budgets.
 */
import { TRAJECTORY_FORMAT_VERSION, type Trajectory } from '../../agent/core/trajectory.js';

export function signUpExemplar(id: string, name = 'Ada', options: { padding?: number; task?: string } = {}): Trajectory {
  const extra = Array.from({ length: options.padding ?? 0 }, (_, index) => `[${100 + index}] text "filler paragraph number ${index} about nothing in particular"`).join('\n');
  const observation = (value: string) =>
    [`[1] text "Sign up"`, `[2] textbox label="Name"${value ? ` value=${JSON.stringify(value)}` : ''}`, `[3] checkbox "Newsletter"`, `[4] button "Submit"`, extra]
      .filter(Boolean)
      .join('\n');
  const box = { x: 10, y: 40, width: 120, height: 20 };
  return {
    formatVersion: TRAJECTORY_FORMAT_VERSION,
    id,
    task: options.task ?? `Sign up as ${name}`,
    environment: 'browser',
    appKey: 'memory://form-world/signup',
    source: 'demonstration',
    outcome: { status: 'success', reason: 'demonstrated' },
    createdAt: 0,
    metadata: {},
    steps: [
      {
        index: 0,
        observation: { text: observation(''), elements: [] },
        action: { type: 'type', target: { elementId: 2 }, text: name },
        targets: [{ role: 'textbox', text: '', label: 'Name', box }],
        timings: {},
      },
      {
        index: 1,
        observation: { text: observation(name), elements: [] },
        action: { type: 'click', target: { elementId: 4 } },
        targets: [{ role: 'button', text: 'Submit', box: { ...box, y: 100 } }],
        timings: {},
      },
      {
        index: 2,
        observation: { text: `${observation(name)}\n[5] text "Thanks, ${name}!"`, elements: [] },
        action: { type: 'done', success: true },
        targets: [],
        timings: {},
      },
    ],
  };
}
