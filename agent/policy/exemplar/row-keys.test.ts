import { describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../core/events.js';
import type { UIElement } from '../../core/observation.js';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { planDemonstration } from './plan-demonstration.js';
import { isRowKey, keyPlace, rowShows, rowTexts, showsValue } from './row-keys.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

/** A mail list: one row per sender, each with reply and archive icons that carry no sender name. */
function mailPage(senders: readonly string[]): WidgetSpec[] {
  return senders.flatMap((sender, index) => [
    { key: `row-${sender}`, role: 'group', text: `${sender} subject ${index} ↰ ▤` },
    { key: `reply-${sender}`, role: 'button', text: '↰', label: 'Reply', parent: `row-${sender}`, x: 150 },
    { key: `archive-${sender}`, role: 'button', text: '▤', label: 'Archive', parent: `row-${sender}`, x: 170 },
  ]);
}
const archiveTask = (sender: string) => `Archive the email from ${sender}.`;

async function recordArchive(senders: string[], sender: string) {
  return recordDemonstration(new WidgetPageOperator(mailPage(senders)), archiveTask(sender), (observation, step) => {
    if (step > 0) return undefined;
    const row = find(observation, 'group', `${sender} subject ${senders.indexOf(sender)} ↰ ▤`);
    const icon = observation.elements.find((element) => element.parentId === row.id && element.label === 'Archive')!;
    return { type: 'click', target: { elementId: icon.id } };
  });
}

const element = (id: number, role: string, text: string, parentId?: number, label?: string): UIElement => ({
  id,
  role,
  text,
  ...(label ? { label } : {}),
  states: {},
  box: { x: 0, y: id * 20, width: 10, height: 10 },
  source: 'dom',
  interactive: role !== 'text',
  ...(parentId !== undefined ? { parentId } : {}),
});

describe('row keys', () => {
  it('finds a value in the row of an icon, never in the list that holds every row', () => {
    const elements = [
      element(1, 'list', 'Rhea hello ▤ Talia hi ▤'),
      element(2, 'group', 'Rhea hello ▤', 1),
      element(3, 'button', '▤', 2, 'Archive'),
      element(4, 'group', 'Talia hi ▤', 1),
      element(5, 'button', '▤', 4, 'Archive'),
    ];
    expect(rowShows(elements[2]!, elements, 'Rhea', false)).toBe(true);
    expect(rowShows(elements[2]!, elements, 'Talia', false)).toBe(false);
    expect(isRowKey(elements[2]!, elements, 'Rhea')).toBe(true);
    // A value every row shows (in the list's text only) tells no row apart.
    expect(isRowKey(elements[2]!, elements, 'hello ▤ Talia')).toBe(false);
    // A lone button under the list (Apply) had no rows to choose from, whatever its container shows.
    const apply = element(6, 'button', 'Apply', 1);
    expect(isRowKey(apply, [...elements, apply], 'Rhea', 'Rhea hello ▤ Talia hi ▤ Apply')).toBe(false);
  });

  it('finds a name qualified in brackets by its name where names go and its qualifier anywhere in the card', () => {
    // Two cards of namesakes: "Sara (Finance)" is the Sara whose card shows Finance, not the one in Sales.
    const line = (id: number, text: string, parentId: number, kind: string): UIElement => ({ ...element(id, 'text', text, parentId), tag: 'div', attributes: { class: kind } });
    const card = (id: number, text: string): UIElement => ({ ...element(id, 'listitem', text, 0), tag: 'li' });
    const elements = [
      element(0, 'list', ''),
      card(1, 'Sara Lindqvist Analyst Finance · Lisbon ✉'),
      line(2, 'Sara Lindqvist', 1, 'nm'),
      line(3, 'Analyst', 1, 'rl'),
      line(4, 'Finance · Lisbon', 1, 'ln'),
      element(5, 'button', '✉', 1, 'Send message'),
      card(6, 'Sara Okoro Writer Sales · Lisbon ✉'),
      line(7, 'Sara Okoro', 6, 'nm'),
      line(8, 'Writer', 6, 'rl'),
      line(9, 'Sales · Lisbon', 6, 'ln'),
      element(10, 'button', '✉', 6, 'Send message'),
      card(11, 'Finance Sara Demir Writer Sales · Ghent ✉'),
      line(12, 'Finance Sara Demir', 11, 'nm'),
      line(13, 'Writer', 11, 'rl'),
      line(14, 'Sales · Ghent', 11, 'ln'),
      element(15, 'button', '✉', 11, 'Send message'),
    ];
    const names = keyPlace(elements[5]!, elements, 'Sara Lindqvist');
    expect(names).toBeDefined();
    expect(rowShows(elements[5]!, elements, 'Sara (Finance)', false, names)).toBe(true);
    expect(rowShows(elements[5]!, elements, 'Sara (Sales)', false, names)).toBe(false);
    expect(rowShows(elements[10]!, elements, 'Sara (Finance)', false, names)).toBe(false);
    expect(rowShows(elements[10]!, elements, 'Sara (Sales)', false, names)).toBe(true);
    // Without a place, the card's whole text is read: both parts must show.
    expect(rowShows(elements[5]!, elements, 'Sara (Sales)', false)).toBe(false);
    expect(rowShows(elements[10]!, elements, 'Ines (Sales)', false)).toBe(false);
  });

  it('reads a qualified name in the card only, where each card labels its controls with its own person', () => {
    // "Send message Sara Iyer" and "Send message Sara Lind": no two buttons alike, so the row reaches the grid,
    // which shows every name and team; the card of Sara Iyer (Engineering) shows no Finance.
    const card = (id: number, name: string, team: string): UIElement[] => [
      { ...element(id, 'listitem', `${name} ${team} ✉`, 0), tag: 'li' },
      { ...element(id + 1, 'text', name, id), tag: 'div', attributes: { class: 'nm' } },
      { ...element(id + 2, 'text', team, id), tag: 'div', attributes: { class: 'ln' } },
      { ...element(id + 3, 'button', '✉', id, `Send message ${name}`), tag: 'button' },
    ];
    const cards = [...card(1, 'Sara Iyer', 'Engineering'), ...card(5, 'Sara Lind', 'Finance'), ...card(9, 'Omar Berg', 'Legal')];
    const elements = [{ ...element(0, 'list', cards.filter((one) => one.role === 'listitem').map((one) => one.text).join(' ')), tag: 'ul' }, ...cards];
    const button = (id: number) => elements.find((one) => one.id === id)!;
    expect(rowShows(button(4), elements, 'Sara (Finance)', false)).toBe(false);
    expect(rowShows(button(8), elements, 'Sara (Finance)', false)).toBe(true);
    expect(rowShows(button(12), elements, 'Sara (Finance)', false)).toBe(false);
    expect(rowShows(button(8), elements, 'Sara in the Finance team', false)).toBe(true);
    expect(rowShows(button(4), elements, 'Sara in the Finance team', false)).toBe(false);
    expect(rowShows(button(4), elements, 'Sara from Engineering', false)).toBe(true);
  });

  it('reaches the row of a wordless icon beside another wordless icon: their classes tell them apart', () => {
    // A mail row with a star and a trash icon that carry no text or label, only their class.
    const icon = (id: number, parentId: number, kind: string): UIElement => ({ ...element(id, 'button', '', parentId), tag: 'span', attributes: { class: kind } });
    const row = (id: number, text: string): UIElement => ({ ...element(id, 'button', text), tag: 'div', attributes: { class: 'thread' } });
    const elements = [row(1, 'Ajay Consequat'), icon(2, 1, 'star'), icon(3, 1, 'trash'), row(4, 'Alberta Metus'), icon(5, 4, 'star'), icon(6, 4, 'trash')];
    expect(rowShows(elements[5]!, elements, 'Alberta', false)).toBe(true);
    expect(rowShows(elements[5]!, elements, 'Ajay', false)).toBe(false);
    expect(isRowKey(elements[2]!, elements, 'Ajay')).toBe(true);
  });

  it('reaches the row of an icon recorded inside a wordless wrapper that looked clickable only while hovered', () => {
    // Posts the observation left out (ids 10, 20); the hovered post's "⋯" sits in a wrapper span shown as a button.
    const span = (id: number, parentId: number, kind?: string): UIElement => ({ ...element(id, 'button', '', parentId), tag: 'span', ...(kind ? { attributes: { class: kind } } : {}) });
    const elements = [
      element(11, 'text', 'Carey @iaculis 15h ago', 10), span(12, 10, 'like'), span(13, 10, 'more'),
      element(21, 'text', 'Alejandra @volutpat 8h ago', 20), span(22, 20, 'like'), span(23, 20), span(24, 23, 'more'),
    ];
    expect(rowTexts(elements[6]!, elements, false)).toContain('Alejandra @volutpat 8h ago');
    expect(isRowKey(elements[6]!, elements, 'volutpat')).toBe(true);
    expect(isRowKey(elements[2]!, elements, 'iaculis')).toBe(true);
  });

  it('groups the children of a row the observation left out, and reads a number glued to a caption', () => {
    const elements = [
      element(10, 'cell', 'juniper.csv', 7),
      element(11, 'button', 'Delete', 7),
      element(12, 'cell', 'violet.txt', 8),
      element(13, 'button', 'Delete', 8),
    ];
    expect(isRowKey(elements[1]!, elements, 'juniper.csv')).toBe(true);
    expect(rowShows(elements[3]!, elements, 'juniper.csv', false)).toBe(false);
    expect(showsValue('Inbox23', '23')).toBe(true);
    expect(showsValue('Inbox123', '23')).toBe(false);
    expect(showsValue('Inbox23', '3')).toBe(false);
  });

  it('reads a date the task writes one way in a row that writes it another, never across a month word between two numbers', () => {
    expect(showsValue('Website refresh Ola 5 Jun', 'June 5')).toBe(true);
    expect(showsValue('Website refresh Ola Jun 5', '5 June')).toBe(true);
    expect(showsValue('Website refresh Ola 6 Jun', 'June 5')).toBe(false);
    // A lead called Jun beside "12 Mar": "Jun 12" is no date of the row.
    expect(showsValue('Brand guidelines Jun 12 Mar', 'June 12')).toBe(false);
    expect(showsValue('Brand guidelines Jun 12 Mar', 'March 12')).toBe(false);
    // A date with a year is not the same day without one.
    expect(showsValue('Invoice Mar 12, 2025', 'March 12')).toBe(false);
  });

  it('tells the row that shows the value where the demonstrated row showed it from a row that only mentions it', () => {
    const who = (id: number, text: string, parentId: number): UIElement => ({ ...element(id, 'text', text, parentId), tag: 'div', attributes: { class: 'who' } });
    const said = (id: number, text: string, parentId: number): UIElement => ({ ...element(id, 'text', text, parentId), tag: 'p' });
    const elements = [
      element(1, 'article', 'Leo @leo thanks @maria for the coffee ♡'),
      who(2, 'Leo @leo', 1),
      said(3, 'thanks @maria for the coffee', 1),
      element(4, 'button', '♡', 1, 'Like'),
      element(5, 'article', 'Maria @maria garden trail ♡'),
      who(6, 'Maria @maria', 5),
      said(7, 'garden trail', 5),
      element(8, 'button', '♡', 5, 'Like'),
      element(9, 'article', 'Maria @maria_k river ♡'),
      who(10, 'Maria @maria_k', 9),
      element(11, 'button', '♡', 9, 'Like'),
    ];
    const place = keyPlace(elements[7]!, elements, '@maria');
    expect(place).toBe('text|div|who');
    expect(isRowKey(elements[7]!, elements, '@maria')).toBe(true);
    expect(rowShows(elements[3]!, elements, '@maria', false, place)).toBe(false);
    expect(rowShows(elements[3]!, elements, '@maria', false)).toBe(true);
    // A look-alike handle is another author.
    expect(rowShows(elements[10]!, elements, '@maria', false, place)).toBe(false);
  });

  it('plans a click inside the named row as a row key, so the slot counts as used', async () => {
    const demo = await recordArchive(['Rhea', 'Olga', 'Talia'], 'Rhea');
    const plan = planDemonstration(demo, archiveTask('Talia'));
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.unusedSlots).toEqual([]);
    expect(plan.steps[0]!.rowKeys).toEqual([{ old: 'Rhea', new: 'Talia' }]);
  });

  it('archives the email of the new sender, in whatever row it now sits', async () => {
    const memory = new InMemoryExemplars([await recordArchive(['Rhea', 'Olga', 'Talia'], 'Rhea')]);
    for (const [senders, sender] of [
      [['Dario', 'Viktor', 'Aiko', 'Rhea'], 'Aiko'],
      [['Aiko', 'Talia'], 'Talia'],
    ] as const) {
      const operator = new WidgetPageOperator(mailPage(senders));
      const events: AgentEvent[] = [];
      const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run(archiveTask(sender), { onEvent: (event) => events.push(event) });
      expect(result.outcome.status, result.outcome.reason).toBe('success');
      expect(operator.clicks).toEqual([`archive-${sender}`]);
    }
  });

  it('refuses when no row shows the new value, rather than clicking the demonstrated place', async () => {
    const memory = new InMemoryExemplars([await recordArchive(['Rhea', 'Olga', 'Talia'], 'Rhea')]);
    const operator = new WidgetPageOperator(mailPage(['Olga', 'Rhea', 'Dario']));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run(archiveTask('Zora'));
    expect(result.outcome.status).not.toBe('success');
    expect(operator.clicks).toEqual([]);
  });
});
