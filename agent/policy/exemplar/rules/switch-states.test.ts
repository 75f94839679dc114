import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import { askedStates, askedStatesOfNames, withoutPairedStates, withoutSameStates, withoutStateValues } from './switch-states.js';
import { alignByPlaces } from './kind-by-places.js';

type Step = Trajectory['steps'][number];

/** Spans of the given names in `text`, in the order given. */
function spans(text: string, names: string[]) {
  return names.map((name) => {
    const start = text.toLowerCase().indexOf(name);
    if (start < 0) throw new Error(`${name} not in ${text}`);
    return { start, end: start + name.length };
  });
}

describe('askedStates', () => {
  const cases: [string, string[], (string | undefined)[]][] = [
    ['Turn on sms reminders and turn off email digest.', ['sms reminders', 'email digest'], ['on', 'off']],
    ["Could you please switch off push alerts? And I'd like email digest turned on.", ['push alerts', 'email digest'], ['off', 'on']],
    ['I need push alerts enabled while I travel, but no more weekly newsletter.', ['push alerts', 'weekly newsletter'], ['on', 'off']],
    ['Notifications: order status ON, product updates OFF', ['order status', 'product updates'], ['on', 'off']],
    ['From a user: "Please stop the push alerts. I do want order status though."', ['push alerts', 'order status'], ['off', 'on']],
    ["I don't want the newsletter any longer.", ['newsletter'], ['off']],
    ['Uncheck Alpha and tick Beta.', ['alpha', 'beta'], ['off', 'on']],
    ['Tick off "tea" and "milk" and nothing else.', ['tea'], ['on']],
    ["Don't turn off Wi-Fi and Bluetooth; switch off Sync.", ['wi-fi', 'bluetooth', 'sync'], ['on', 'on', 'off']],
    ['Please do not disable Location.', ['location'], ['on']],
    // "Never" forbids a click rather than asking a state: no state read for Alpha (left to a refusal).
    ['Never untick Alpha; tick Beta.', ['alpha', 'beta'], [undefined, 'on']],
    ['Never untick Alpha and Beta.', ['alpha', 'beta'], [undefined, undefined]],
    // A suggestion asks what its verb asks; a negated question may ask either: no state.
    ['Why not turn off Wi-Fi?', ['wi-fi'], ['off']],
    ['Why not disable Sync and Location.', ['sync', 'location'], ['off', 'off']],
    ["Why don't you turn off Wi-Fi?", ['wi-fi'], ['off']],
    ["Shouldn't we turn off Wi-Fi?", ['wi-fi'], ['off']],
    ['Could you not turn off Wi-Fi?', ['wi-fi'], [undefined]],
    ["Please don't turn off Wi-Fi; why not disable Sync?", ['wi-fi', 'sync'], ['on', 'off']],
    ['No, turn off Wi-Fi.', ['wi-fi'], ['off']],
  ];
  it.each(cases)('%s', (text, names, states) => {
    expect(askedStates(text, spans(text, names))).toEqual(states);
  });

  it('tells no state where the words tell none, or tell both', () => {
    const text = 'Click Alpha, then press Save.';
    expect(askedStates(text, spans(text, ['alpha', 'save']))).toEqual([undefined, undefined]);
    const both = 'Turn on Alpha turned off.';
    expect(askedStates(both, spans(both, ['alpha']))).toEqual([undefined]);
  });
});

describe('askedStatesOfNames', () => {
  it('reads the state asked of each name wherever the task names it, case aside', () => {
    expect(askedStatesOfNames('Please stop the order status. I do want email digest though.', ['Email digest', 'Order status', 'Push alerts'])).toEqual(['on', 'off', undefined]);
    expect(askedStatesOfNames('Tag the post with "Go".', ['Go'])).toEqual([undefined]);
  });

  it('reads "why not" as suggesting the switching, not forbidding it, and blanks it with the verb', () => {
    expect(askedStatesOfNames('Why not turn off Wi-Fi?', ['Wi-Fi'])).toEqual(['off']);
    const masked = withoutPairedStates('Why not turn off Wi-Fi?', 'Turn off Bluetooth.', [['Wi-Fi', 'Bluetooth']])!;
    expect(masked.a).not.toMatch(/why|not|turn/i);
  });
});

describe('withoutSameStates', () => {
  it('blanks the telling words of two texts that ask as many on and off, keeping their length', () => {
    const a = 'I need push alerts enabled while I travel, but no more weekly newsletter.';
    const b = 'From a user: "Please stop the sms reminders. I do want order status though."';
    const masked = withoutSameStates(a, spans(a, ['push alerts', 'weekly newsletter']), b, spans(b, ['sms reminders', 'order status']))!;
    expect(masked.a).toHaveLength(a.length);
    expect(masked.b).toHaveLength(b.length);
    expect(masked.a).not.toMatch(/more|need|enabled/);
    expect(masked.b).not.toMatch(/stop|want/);
    expect(masked.a).toContain('while I travel');
  });

  it('leaves texts alone that ask other states, or a value no state', () => {
    const a = 'Turn on Alpha and turn on Beta.';
    const b = 'Turn on Gamma and turn off Delta.';
    expect(withoutSameStates(a, spans(a, ['alpha', 'beta']), b, spans(b, ['gamma', 'delta']))).toBeUndefined();
    const c = 'Turn on Gamma and click Delta.';
    expect(withoutSameStates(a, spans(a, ['alpha', 'beta']), c, spans(c, ['gamma', 'delta']))).toBeUndefined();
  });
});

describe('withoutStateValues', () => {
  it('drops a lone state word read as a value right after another value, keeps values that stand alone', () => {
    const text = 'Notifications: push alerts ON, email digest OFF, then press Save';
    const at = (name: string) => ({ text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length });
    const kept = withoutStateValues(text, [at('push alerts'), at('ON'), at('email digest'), at('OFF'), at('Save')]);
    expect(kept.map((span) => span.text)).toEqual(['push alerts', 'email digest', 'Save']);
    const alone = 'Set Breakfast to No.';
    expect(withoutStateValues(alone, [{ text: 'Breakfast', start: 4, end: 13 }, { text: 'No', start: 17, end: 19 }])).toHaveLength(2);
  });
});

describe('alignByPlaces with states asked in other words', () => {
  let nextId = 1;
  const toggle = (label: string, checked: boolean): UIElement => ({
    id: nextId++, role: 'switch', tag: 'button', text: '', label, states: { checked }, box: { x: 0, y: 0, width: 10, height: 10 }, source: 'dom', interactive: true,
  });
  const names = ['Push alerts', 'SMS reminders', 'Order status', 'Weekly newsletter'];
  const page = names.map((name, index) => toggle(name, index % 2 === 0));
  const save = { ...toggle('', false), role: 'button', text: 'Save', label: undefined } as UIElement;
  const elements = [...page, save];
  const click = (target: UIElement) => ({ index: 0, observation: { text: '', elements }, action: { type: 'click', target: { elementId: target.id } }, targets: [] }) as unknown as Step;
  // The demonstration turned Push alerts on and Weekly newsletter off.
  const steps = [click(page[0]!), click(page[3]!), click(save)];
  const demo = 'I need push alerts enabled while I travel, but no more weekly newsletter.';
  const pairs = (placed: ReturnType<typeof alignByPlaces>) => ('alignment' in placed ? placed.alignment.slots.map((slot) => [slot.old[0], slot.new[0]]) : placed.gap);

  it('pairs the name turned on with the name turned on, whatever order the sentence gives them', () => {
    expect(pairs(alignByPlaces(demo, 'Switch off sms reminders, and I would like order status turned on.', steps, elements))).toEqual([
      ['Push alerts', 'Order status'],
      ['Weekly newsletter', 'SMS reminders'],
    ]);
    expect(pairs(alignByPlaces(demo, 'Notifications: order status ON, sms reminders OFF', steps, elements))).toEqual([
      ['Push alerts', 'Order status'],
      ['Weekly newsletter', 'SMS reminders'],
    ]);
  });

  it('refuses a task asking other states than the demonstration asked', () => {
    expect(pairs(alignByPlaces(demo, 'Turn on order status and turn on sms reminders.', steps, elements))).toEqual(expect.any(String));
  });
});

describe('withoutPairedStates', () => {
  const a = 'I need push alerts enabled while I travel, but no more weekly newsletter.';
  it('blanks the state words when each paired value is asked the same state in other words', () => {
    const b = 'Turn on sms reminders and turn off email digest.';
    const masked = withoutPairedStates(a, b, [['push alerts', 'sms reminders'], ['weekly newsletter', 'email digest']])!;
    expect(masked.a).not.toMatch(/enabled|more/);
    expect(masked.b).not.toMatch(/turn/i);
    const c = 'Notifications: push alerts ON, weekly newsletter OFF, then press Save';
    const d = `${a.slice(0, -1)}, then press Save.`;
    expect(withoutPairedStates(d, c, [['push alerts', 'push alerts'], ['weekly newsletter', 'weekly newsletter'], ['Save', 'Save']])).toBeDefined();
  });

  it('leaves the texts alone when a pair is asked another state, or a value is missing', () => {
    const crossed = 'Turn off sms reminders and turn on email digest.';
    expect(withoutPairedStates(a, crossed, [['push alerts', 'sms reminders'], ['weekly newsletter', 'email digest']])).toBeUndefined();
    const one = 'Turn on sms reminders and email digest.';
    expect(withoutPairedStates(a, one, [['push alerts', 'sms reminders'], ['weekly newsletter', 'email digest']])).toBeUndefined();
    expect(withoutPairedStates(a, 'Turn on sms reminders.', [['push alerts', 'sms reminders'], ['weekly newsletter', 'email digest']])).toBeUndefined();
  });
});

describe('a list after one switching verb', () => {
  it('asks every item of the list the verb\'s state, unless an item tells its own', () => {
    expect(askedStatesOfNames('Switch on Sync and switch off Bluetooth and Auto-update, then press Confirm.', ['Sync', 'Bluetooth', 'Auto-update', 'Confirm'])).toEqual(['on', 'off', 'off', undefined]);
    expect(askedStatesOfNames('Disable Wi-Fi, Location and Sync.', ['Wi-Fi', 'Location', 'Sync'])).toEqual(['off', 'off', 'off']);
    expect(askedStatesOfNames('Notifications: push alerts ON, email digest OFF', ['push alerts', 'email digest'])).toEqual(['on', 'off']);
    // No bare joint: "and click" starts a request of its own.
    expect(askedStatesOfNames('Turn off Sync and click Save.', ['Sync', 'Save'])).toEqual(['off', undefined]);
    // A state said after the item before ends the list there.
    expect(askedStatesOfNames('Sync on and Backup.', ['Sync', 'Backup'])).toEqual(['on', undefined]);
    // Words after the last item say another thing of it: no state carried to it.
    expect(askedStatesOfNames('Turn off Wi-Fi and Bluetooth stays on.', ['Wi-Fi', 'Bluetooth'])[1]).not.toBe('off');
    expect(askedStatesOfNames('Disable Location and Camera can stay.', ['Location', 'Camera'])).toEqual(['off', undefined]);
    expect(askedStatesOfNames('Turn off Bluetooth, Wi-Fi unchanged.', ['Bluetooth', 'Wi-Fi'])).toEqual(['off', undefined]);
    expect(askedStatesOfNames('Turn off Bluetooth and Wi-Fi left alone', ['Bluetooth', 'Wi-Fi'])).toEqual(['off', undefined]);
  });
});
