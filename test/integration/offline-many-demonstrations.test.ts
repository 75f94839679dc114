/**
 * A page taught many times (page-demonstrations.ts), on a real SQLite memory
 * file: every demonstration recorded on the page the task runs on is
 * considered, not only the k closest by text.
 *
 * An alarm page was shown six times how to set an alarm *with vibration*
 * ("…, with vibration.") and once how to set one without. A new task without
 * vibration, worded with the values of the vibration lessons, ranks all six
 * of those above the one lesson of its kind: that lesson is not among the k
 * retrieved. It is still considered and followed, as the best fit — the
 * alarm is set, and Vibrate is left alone. (Without the widening a vibration
 * lesson is followed — at fit 0.89, "with vibration" not being read as a part
 * this task lacks — Vibrate is ticked, and only the completeness check before
 * Save stops the run.) And a page whose lessons, within
 * k and beyond, are all of another kind ("Turn on vibration for the alarm …")
 * is refused as before, touching nothing: the lessons the widening adds are
 * judged for kind like the retrieved ones.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Action } from '../../agent/core/action.js';
import type { Observation } from '../../agent/core/observation.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { ExemplarPolicy } from '../../agent/policy/exemplar/exemplar-policy.js';
import { Runner } from '../../agent/runner/runner.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import { runMemory } from '../../memory/run-memory.js';
import { find, recordDemonstration } from '../kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../kits/exemplar/widget-page.js';
import { tempFolder } from './memory-kit.js';

const ALARMS = { url: 'http://127.0.0.1:41001/clock/alarms', title: 'Alarms' };

/** A new-alarm form: name, time, repeat, a Vibrate box, Save. */
const alarmPage: WidgetSpec[] = [
  { key: 'name', role: 'textbox', label: 'Name' },
  { key: 'time', role: 'textbox', label: 'Time' },
  { key: 'repeat', role: 'combobox', label: 'Repeat', options: ['once', 'daily', 'weekdays', 'weekends'], value: 'once' },
  { key: 'vibrate', role: 'checkbox', label: 'Vibrate' },
  { key: 'save', role: 'button', text: 'Save' },
];

interface Alarm {
  name: string;
  time: string;
  repeat: string;
  vibrate: boolean;
}

/** A person setting an alarm: name, time, repeat, Vibrate when asked, Save. */
function setAlarm(task: string, alarm: Alarm): Promise<Trajectory> {
  const steps: ((observation: Observation) => Action)[] = [
    (o) => ({ type: 'type', target: { elementId: find(o, 'textbox', undefined, 'Name').id }, text: alarm.name }),
    (o) => ({ type: 'type', target: { elementId: find(o, 'textbox', undefined, 'Time').id }, text: alarm.time }),
    (o) => ({ type: 'select', target: { elementId: find(o, 'combobox', undefined, 'Repeat').id }, option: alarm.repeat }),
    ...(alarm.vibrate ? [(o: Observation): Action => ({ type: 'click', target: { elementId: find(o, 'checkbox', undefined, 'Vibrate').id } })] : []),
    (o) => ({ type: 'click', target: { elementId: find(o, 'button', 'Save').id } }),
  ];
  return recordDemonstration(new WidgetPageOperator(alarmPage, ALARMS), task, (observation, step) => steps[step]?.(observation));
}

/** Six lessons of the vibration kind, worded with the values the new task will name. */
/** A person turning vibration on: tick Vibrate, Save. */
function toggleVibration(task: string): Promise<Trajectory> {
  const steps: ((observation: Observation) => Action)[] = [
    (o) => ({ type: 'click', target: { elementId: find(o, 'checkbox', undefined, 'Vibrate').id } }),
    (o) => ({ type: 'click', target: { elementId: find(o, 'button', 'Save').id } }),
  ];
  return recordDemonstration(new WidgetPageOperator(alarmPage, ALARMS), task, (observation, step) => steps[step]?.(observation));
}

const vibrationLessons: [string, Alarm][] = [
  ['Set an alarm for 07:30 on weekdays, called "Meds", with vibration.', { name: 'Meds', time: '07:30', repeat: 'weekdays', vibrate: true }],
  ['Set an alarm for 07:30 daily, called "Meds", with vibration.', { name: 'Meds', time: '07:30', repeat: 'daily', vibrate: true }],
  ['Set an alarm for 07:30 on weekdays, called "Run", with vibration.', { name: 'Run', time: '07:30', repeat: 'weekdays', vibrate: true }],
  ['Set an alarm for 08:00 on weekdays, called "Meds", with vibration.', { name: 'Meds', time: '08:00', repeat: 'weekdays', vibrate: true }],
  ['Set an alarm for 07:30 on weekends, called "Meds", with vibration.', { name: 'Meds', time: '07:30', repeat: 'weekends', vibrate: true }],
  ['Set an alarm for 06:15 on weekdays, called "Meds", with vibration.', { name: 'Meds', time: '06:15', repeat: 'weekdays', vibrate: true }],
];

const TASK = 'Set an alarm for 07:30 on weekdays, called "Meds".';
const K = 5;

const folders: { remove: () => void }[] = [];
afterEach(() => folders.splice(0).forEach((folder) => folder.remove()));

async function memoryOf(trajectories: Trajectory[]): Promise<ExemplarStore> {
  const folder = tempFolder('understudy-many-demos-');
  folders.push(folder);
  const store = ExemplarStore.open(`${folder.path}/memory.db`);
  store.addMany(trajectories.map((trajectory) => ({ trajectory })));
  return store;
}

describe('a page taught many times: its demonstrations beyond the k closest count (real SQLite memory)', () => {
  it('follows the one lesson of the task\'s kind although six of another kind rank above it', async () => {
    const lessons = await Promise.all(vibrationLessons.map(([task, alarm]) => setAlarm(task, alarm)));
    const ofKind = await setAlarm('Set an alarm for 06:45 on weekends, called "Yoga".', { name: 'Yoga', time: '06:45', repeat: 'weekends', vibrate: false });
    const store = await memoryOf([...lessons, ofKind]);
    try {
      const operator = new WidgetPageOperator(alarmPage, ALARMS);
      const events: { type: string; exemplars?: { id: string; why: string }[] }[] = [];
      const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: runMemory(store), k: K }) }).run(TASK, { onEvent: (event) => events.push(event) });
      expect(result.outcome.status, result.outcome.reason).toBe('success');
      expect(operator.values.get('name')).toBe('Meds');
      expect(operator.values.get('time')).toBe('07:30');
      expect(operator.values.get('repeat')).toBe('weekdays');
      expect(operator.checked.has('vibrate')).toBe(false);
      expect(operator.clicks).toContain('save');
      // The lesson of the task's kind was not among the k closest by text: only the widening reached it.
      const retrieval = events.find((event) => event.type === 'retrieval')!;
      expect(retrieval.exemplars!.slice(0, K).map((exemplar) => exemplar.id)).not.toContain(ofKind.id);
      const why = retrieval.exemplars!.find((exemplar) => exemplar.id === ofKind.id)?.why ?? '';
      expect(why).toMatch(/not among the 5 closest retrieved: considered as one of 2 more demonstration\(s\) recorded on this page/);
    } finally {
      store.close();
    }
  });

  it('refuses when the page\'s lessons, within k and beyond, are all of another kind, and touches nothing', async () => {
    // Seven lessons of turning vibration on: five among the k closest, two only reached by the widening.
    const lessons = await Promise.all(
      ['Meds', 'Run', 'Yoga', 'Piano', 'Bins', 'Tea', 'Walk'].map((name) =>
        toggleVibration(`Turn on vibration for the alarm "${name}".`),
      ),
    );
    const store = await memoryOf(lessons);
    try {
      const operator = new WidgetPageOperator(alarmPage, ALARMS);
      const events: { type: string; exemplars?: { id: string; why: string }[] }[] = [];
      const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: runMemory(store), k: K }) }).run(TASK, { onEvent: (event) => events.push(event) });
      const retrieval = events.find((event) => event.type === 'retrieval')!;
      expect(retrieval.exemplars!).toHaveLength(lessons.length);
      expect(retrieval.exemplars!.filter((exemplar) => /not among the 5 closest retrieved: considered as one of 2 more demonstration\(s\) recorded on this page/.test(exemplar.why))).toHaveLength(lessons.length - K);
      expect(result.outcome.status).toBe('failed');
      expect(result.outcome.reason).toMatch(/is of another kind of task/);
      expect(result.outcome.reason).toMatch(/and 6 other retrieved demonstration\(s\) fit no better/);
      expect(operator.executed).toEqual([]);
    } finally {
      store.close();
    }
  });
});
