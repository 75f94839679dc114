/**
 * A switch's caption leading with its name over a describing line
 * ("Location Find places near you"): "location and microphone" names two
 * switches, and a plan demonstrated on two repeats for one.
 */
import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { planDemonstration } from '../plan-demonstration.js';
import { recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { leadingName, leadingNameOf, leadsWithName, opensWithName } from './leading-name.js';
import { actedNames, pageNames } from '../page-named-values.js';
import { demonstratedUse, shownPlaces } from './value-places.js';

describe('leadsWithName', () => {
  it('reads the name a caption leads with before a describing line', () => {
    expect(leadsWithName('Location Find places near you', 'location')).toBe(true);
    expect(leadsWithName('Push alerts Sent to your phone', 'push alerts')).toBe(true);
    expect(leadsWithName('Microphone Record audio', 'microphone.')).toBe(true);
  });

  it('reads no name where the caption goes on in the same line, is the name whole, or starts otherwise', () => {
    expect(leadsWithName('Salt and pepper chips', 'salt')).toBe(false);
    expect(leadsWithName('Location', 'location')).toBe(false);
    expect(leadsWithName('Location Find places near you', 'find')).toBe(false);
    expect(leadsWithName('location Find places near you', 'location')).toBe(false);
    expect(leadsWithName('Location Find places near you', '')).toBe(false);
  });

  it('reads a caption\'s leading name only before a line that goes on in lower case', () => {
    expect(leadingName('Location Find places near you')).toBe('Location');
    expect(leadingName('Push alerts Sent to your phone')).toBe('Push alerts');
    expect(leadingName('New York City')).toBeUndefined();
    expect(leadingName('Student $22/mo')).toBeUndefined();
    expect(leadingName('Save')).toBeUndefined();
    expect(leadsWithName('New York City', 'new')).toBe(false);
  });

  it('reads a title-case name of several words whole, not its first word ("Do Not Disturb", not "Do")', () => {
    expect(leadingName('Do Not Disturb Silence calls')).toBe('Do Not Disturb');
    expect(leadingName('Dark Mode Easier on the eyes at night')).toBe('Dark Mode');
    expect(leadingName('Two-Factor Sign-In Ask for a code')).toBe('Two-Factor Sign-In');
    // The task's words name it so: the whole name leads the caption, its first word alone is no name there.
    expect(leadsWithName('Do Not Disturb Silence calls', 'do not disturb')).toBe(true);
    // A caption all in capitals has no describing line to end a name at.
    expect(leadingName('Do Not Disturb')).toBeUndefined();
    expect(leadingName('Salt and pepper chips')).toBeUndefined();
  });

  it('makes a predicate over several captions', () => {
    const leads = leadingNameOf(['Camera Take photos and video', 'Save']);
    expect(leads('camera')).toBe(true);
    expect(leads('save')).toBe(false);
  });
});

describe('opensWithName', () => {
  it('reads the name a caption opens with before a lower-case aside (a price card "Classic from £20")', () => {
    expect(opensWithName('Classic from £20', 'Classic')).toBe(true);
    expect(opensWithName('Gold per month', 'gold')).toBe(true);
  });

  it('reads no name where the caption goes on with more of one name, is the name whole, or a capital follows', () => {
    expect(opensWithName('Salt and pepper chips', 'Salt')).toBe(false);
    expect(opensWithName('Fish with rice', 'Fish')).toBe(false);
    expect(opensWithName('New York City', 'New')).toBe(false);
    expect(opensWithName('Classic', 'Classic')).toBe(false);
    expect(opensWithName('Classic from Roamsafe', 'Classic')).toBe(false);
    expect(opensWithName('classic from £20', 'classic')).toBe(false);
    expect(opensWithName('Classic from £20', 'from')).toBe(false);
  });
});

const PERMISSIONS: [string, string][] = [
  ['Camera', 'Take photos and video'],
  ['Location', 'Find places near you'],
  ['Microphone', 'Record audio'],
  ['Contacts', 'Invite friends'],
];
const page = (on: string[]): WidgetSpec[] => [
  ...PERMISSIONS.map(([name, line]) => ({ key: name.toLowerCase(), role: 'checkbox', text: `${name} ${line}`, checked: on.includes(name.toLowerCase()) })),
  { key: 'save', role: 'button', text: 'Save' },
];

async function demonstrate() {
  const operator = new WidgetPageOperator(page(['camera', 'location', 'microphone']));
  return recordDemonstration(operator, 'Turn off location and microphone.', (observation, step) => {
    const caption = ['Location Find places near you', 'Microphone Record audio', 'Save'][step];
    const element = observation.elements.find((candidate) => candidate.text === caption);
    return element ? { type: 'click', target: { elementId: element.id } } : undefined;
  });
}

describe('switches named by the words their captions lead with', () => {
  it('reads "location and microphone" as two switches and repeats their step for one new one', async () => {
    const plan = planDemonstration(await demonstrate(), 'Turn off camera.');
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.alignment.slots).toContainEqual(expect.objectContaining({ old: ['location', 'microphone'], new: ['camera'], list: true }));
    expect(plan.unusedSlots).toEqual([]);
  });

  it('counts the leading name among the names a step acted on and the page shows', async () => {
    const demo = await demonstrate();
    expect(actedNames(demo.steps)).toEqual(expect.arrayContaining(['Location', 'Microphone']));
    const shown = await new WidgetPageOperator(page([])).observe();
    expect(pageNames(shown.elements, demo.steps)).toEqual(expect.arrayContaining(['Camera', 'Contacts']));
  });

  it('finds the place of a value at the switch whose caption leads with it, in the demonstration and on the page', async () => {
    const demo = await demonstrate();
    expect(demonstratedUse('location', demo.steps).places.size).toBe(1);
    const shown = await new WidgetPageOperator(page([])).observe();
    expect([...shownPlaces('contacts', shown.elements)]).toEqual([...demonstratedUse('microphone', demo.steps).places]);
  });

  it('turns off exactly the named switch on a new page and leaves the others as they were', async () => {
    const demo = await demonstrate();
    const operator = new WidgetPageOperator(page(['camera', 'contacts']));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run('Turn off camera.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['camera', 'save']);
    expect([...operator.checked]).toEqual(['contacts']);
  });

  it('never turns on a named switch that is off already', async () => {
    const demo = await demonstrate();
    const operator = new WidgetPageOperator(page(['contacts']));
    await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run('Turn off camera.');
    expect(operator.clicks).not.toContain('camera');
    expect([...operator.checked]).toEqual(['contacts']);
  });
});
