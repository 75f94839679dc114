/**
 * The agent's own stored runs as exemplars, through a real SQLite memory file
 * (rules/own-run-source.ts): an own run is followed through the person's
 * demonstration it re-grounded. Recorded on a widget page whose state differs
 * per instance (an alarm sheet with seven day toggles, some on at the start),
 * run by the real Runner and the offline policy, stored and retrieved by the
 * real ExemplarStore.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Runner } from '../../agent/runner/runner.js';
import { ExemplarPolicy } from '../../agent/policy/exemplar/exemplar-policy.js';
import { find, recordDemonstration } from '../kits/exemplar/record-demonstration.js';
import { DAYS, sheet } from '../kits/exemplar/alarm-sheet.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { followedDemonstrationIds, ownRunSource } from '../../agent/policy/exemplar/rules/own-run-source.js';

/** The person's lesson: 'From Mum: "set yourself an alarm for 12:25 PM every weekday, label it School run!"' on a sheet with Sunday on. */
const MUM = 'From Mum: "set yourself an alarm for 12:25 PM every weekday, label it School run!"';
async function demonstrateMum(): Promise<Trajectory> {
  const presses = ['Sunday', ...DAYS.slice(0, 5)];
  return recordDemonstration(sheet(['Sunday']), MUM, (observation, step) =>
    [
      { type: 'select' as const, target: { elementId: find(observation, 'combobox', undefined, 'Hour').id }, option: '12' },
      { type: 'select' as const, target: { elementId: find(observation, 'combobox', undefined, 'Minutes').id }, option: '25' },
      { type: 'click' as const, target: { elementId: find(observation, 'button', 'PM').id } },
      ...presses.map((name) => ({ type: 'click' as const, target: { elementId: find(observation, 'button', undefined, name).id } })),
      { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Alarm name').id }, text: 'School run' },
      { type: 'click' as const, target: { elementId: find(observation, 'button', 'Save').id } },
    ][step],
  );
}

const folder = mkdtempSync(join(tmpdir(), 'understudy-own-runs-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;

/** A fresh memory file holding these trajectories. */
function memoryWith(trajectories: readonly Trajectory[]): ExemplarStore {
  const store = ExemplarStore.open(join(folder, `memory-${++files}.db`));
  for (const trajectory of trajectories) store.add(trajectory);
  return store;
}

async function run(memory: ExemplarStore, task: string, on: readonly string[]) {
  const operator = sheet(on);
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run(task);
  const days = DAYS.filter((day) => operator.checked.has(day.toLowerCase()));
  return { saved: operator.clicks.includes('save'), days, hour: operator.values.get('hour'), minutes: operator.values.get('minutes'), name: operator.values.get('name'), reason: String(result.outcome.reason), trajectory: result.trajectory };
}

/** The agent's own run of the person's lesson on another instance, as the harness stores it: a success, source "agent". */
async function ownRunOf(demo: Trajectory, task: string, on: readonly string[]): Promise<Trajectory> {
  const memory = memoryWith([demo]);
  try {
    const own = await run(memory, task, on);
    expect(own, own.reason).toMatchObject({ saved: true, days: DAYS });
    expect(own.trajectory.source).toBe('agent');
    return { ...own.trajectory, outcome: { ...own.trajectory.outcome, status: 'success' } };
  } finally {
    memory.close();
  }
}

const OWN_TASK = 'From Mum: "set yourself an alarm for 6:35 AM every day, label it Swim!"';

describe('an own run is followed through the demonstration it re-grounded', () => {
  it('its steps say which demonstration they followed, and the memory file keeps it', async () => {
    const demo = await demonstrateMum();
    const ownRun = await ownRunOf(demo, OWN_TASK, ['Tuesday', 'Saturday', 'Sunday']);
    const memory = memoryWith([demo, ownRun]);
    try {
      const stored = memory.get(ownRun.id)!;
      expect(followedDemonstrationIds(stored)).toEqual([demo.id]);
    } finally {
      memory.close();
    }
  });

  // The guard: on main, 'Set an alarm for 6:05 PM every day, called Gym.' was done by reading the own run as if a
  // person had shown it, although the person's demonstration refuses it ("every day" is not its "every weekday").
  for (const task of [
    'Set an alarm for 6:05 PM every day, called Gym.',
    'From Mum: "set yourself an alarm for 8:25 AM every day, label it Yoga!"',
    'From Mum: "set yourself an alarm for 8:25 AM every weekday, label it Yoga!"',
    'Set an alarm for 6:35 AM every day except Sunday, called Swim.',
  ]) {
    it(`"${task}": with the own run beside it, the policy acts only as the demonstration alone would`, async () => {
      const demo = await demonstrateMum();
      const ownRun = await ownRunOf(demo, OWN_TASK, ['Tuesday', 'Saturday', 'Sunday']);
      const alone = memoryWith([demo]);
      const both = memoryWith([demo, ownRun]);
      try {
        const byDemonstration = await run(alone, task, ['Monday', 'Wednesday']);
        const withOwnRun = await run(both, task, ['Monday', 'Wednesday']);
        const outcome = (done: typeof byDemonstration) => ({ saved: done.saved, ...(done.saved ? { days: done.days, hour: done.hour, minutes: done.minutes, name: done.name } : {}) });
        expect(outcome(withOwnRun), withOwnRun.reason).toEqual(outcome(byDemonstration));
        // Whatever it did, it followed the person's demonstration, never the own run.
        const followed = new Set(withOwnRun.trajectory.steps.map((step) => (step.details as { offline?: { demonstrationId?: string } } | undefined)?.offline?.demonstrationId).filter(Boolean));
        expect(followed.has(ownRun.id)).toBe(false);
      } finally {
        alone.close();
        both.close();
      }
    });
  }

  it('"Set an alarm for 6:05 PM every day, called Gym." is refused, named by the person\'s demonstration (main set it from the own run)', async () => {
    const demo = await demonstrateMum();
    const ownRun = await ownRunOf(demo, OWN_TASK, ['Tuesday', 'Saturday', 'Sunday']);
    const memory = memoryWith([demo, ownRun]);
    try {
      const done = await run(memory, 'Set an alarm for 6:05 PM every day, called Gym.', ['Monday', 'Wednesday']);
      expect(done.saved).toBe(false);
      expect(done.reason).toContain(`the closest demonstration, ${JSON.stringify(MUM)}`);
    } finally {
      memory.close();
    }
  });

  it('an own run whose demonstration was deleted from the memory file is not followed', async () => {
    const demo = await demonstrateMum();
    const ownRun = await ownRunOf(demo, OWN_TASK, ['Tuesday', 'Saturday', 'Sunday']);
    const memory = memoryWith([demo, ownRun]);
    try {
      expect(memory.delete(demo.id)).toBe(true);
      // The very task the own run did: a person who deleted the lesson does not expect its echo to act on it.
      const done = await run(memory, 'From Mum: "set yourself an alarm for 8:25 AM every day, label it Yoga!"', ['Monday', 'Wednesday']);
      expect(done.saved, done.reason).toBe(false);
      expect(done.reason).toContain('no demonstration in memory matches the task');
    } finally {
      memory.close();
    }
  });

  it('an own run of an own run leads back to the person\'s demonstration', async () => {
    const demo = await demonstrateMum();
    const ownRun = await ownRunOf(demo, OWN_TASK, ['Tuesday', 'Saturday', 'Sunday']);
    // Stored as main stored them: an own run that followed the first own run.
    const second: Trajectory = { ...ownRun, id: `${ownRun.id}-again`, task: 'From Mum: "set yourself an alarm for 7:15 AM every day, label it Run!"', steps: ownRun.steps.map((step) => ({ ...step, details: { offline: { demonstrationId: ownRun.id } } })) };
    const memory = memoryWith([demo, ownRun, second]);
    try {
      const source = await ownRunSource(memory.get(second.id)!, (id) => memory.get(id));
      expect(source.kind === 'demonstrations' && source.trajectories.map((trajectory) => trajectory.id)).toEqual([demo.id]);
    } finally {
      memory.close();
    }
  });
});
