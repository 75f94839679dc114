/**
 * Observations of card lists for the row-deed tests (agent/policy/exemplar/rules/row-deed*.test.ts): a staff
 * directory of person cards with ✉ / ☎ / ☆ glyph buttons named by aria-label, and an order history whose rows carry
 * their action buttons; plus the click step and the pressed element of a grounding. Ids grow across calls, so two
 * lists built in one test never share one.
 */
import type { UIElement } from '../../../agent/core/observation.js';
import type { Step } from '../../../agent/core/trajectory.js';

let nextId = 1;

/** One element; buttons are interactive, list items are `li`, the rest `div`; stacked 20 px apart. */
export const element = (role: string, text: string, parentId: number | undefined, extra: Partial<UIElement> = {}): UIElement => ({
  id: nextId++, role, text, tag: role === 'button' ? 'button' : role === 'listitem' ? 'li' : 'div', states: {}, box: { x: 0, y: nextId * 20, width: 100, height: 20 }, source: 'dom', interactive: role === 'button', ...(parentId !== undefined ? { parentId } : {}), ...extra,
});

/** A directory grid: each card a name, a role line, a "team · city" line, an optional note, and three glyph buttons; "Show more" after it with `more`. */
export function directory(people: readonly [name: string, role: string, team: string, city: string, note?: string][], more = false): UIElement[] {
  const list = element('list', '', undefined);
  const elements = [list];
  for (const [name, role, team, city, note] of people) {
    const card = element('listitem', `${name} ${role} ${team} · ${city}${note ? ` ${note}` : ''} ✉ ☎ ☆`, list.id);
    const acts = element('generic', '✉ ☎ ☆', card.id);
    elements.push(card, element('text', name, card.id), element('text', role, card.id), element('text', `${team} · ${city}`, card.id));
    if (note) elements.push(element('text', note, card.id));
    elements.push(acts);
    ['Send message', 'Start call', 'Star'].forEach((label, index) => elements.push(element('button', ['✉', '☎', '☆'][index]!, acts.id, { label })));
  }
  if (more) elements.push(element('button', 'Show more', undefined));
  return elements;
}

/** An order list: each row a date line, a number, a total, items and its action buttons. */
export function orders(rows: readonly [date: string, num: string, total: string, items: string, actions: string[]][]): UIElement[] {
  const list = element('list', '', undefined);
  const elements = [list];
  for (const [date, num, total, items, actions] of rows) {
    const row = element('listitem', `${date} #${num} ${total} ${items} ${actions.join(' ')}`, list.id);
    elements.push(row, element('text', date, row.id), element('text', `Order #${num}`, row.id), element('text', total, row.id), element('text', items, row.id));
    for (const action of actions) elements.push(element('button', action, row.id));
  }
  return elements;
}

/** The element a grounding clicks, if it clicks one. */
export const pressed = (grounding: { ok: boolean; action?: unknown } | { ok: boolean }, elements: readonly UIElement[]): UIElement | undefined => {
  if (!grounding.ok || !('action' in grounding)) return undefined;
  const action = grounding.action as { type?: string; target?: { elementId?: number } };
  return action?.type === 'click' && action.target?.elementId !== undefined ? elements.find((candidate) => candidate.id === action.target!.elementId) : undefined;
};

/** A demonstrated click on `target` in an observation of `elements`. */
export const click = (elements: UIElement[], target: UIElement, extra: Partial<Step> = {}): Step =>
  ({ index: 0, observation: { text: '', elements }, action: { type: 'click', target: { elementId: target.id } }, targets: [], result: { ok: true }, timings: {}, ...extra }) as unknown as Step;
