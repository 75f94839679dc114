import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step, Trajectory } from '../../../core/trajectory.js';
import { planDemonstration } from '../plan-demonstration.js';
import { applyPlanRules } from './plan-rules.js';
import { groundPagedItem, pagedItemOf, pagedItemShown } from './paged-item.js';

interface Card {
  name: string;
  phone: string;
  email: string;
}

/**
 * One card on show, as a one-card contact book shows it: the name as a
 * heading, "Phone:" / "Email:" captions beside their links (in containers the
 * observation leaves out), and a pager "< n >" below.
 */
function cardPage(card: Card, page: number, last = 5, twoCards?: Card): UIElement[] {
  const elements: UIElement[] = [];
  let id = 1;
  const add = (role: string, text: string, extra: Partial<UIElement> = {}) => {
    const element: UIElement = { id: id++, role, text, states: {}, box: { x: 4, y: 20 + id * 12, width: 80, height: 11 }, source: 'dom', interactive: role !== 'text' && role !== 'heading', ...extra };
    elements.push(element);
    return element;
  };
  for (const shown of twoCards ? [card, twoCards] : [card]) {
    add('heading', shown.name, { tag: 'h2', attributes: { class: 'name' } });
    const phoneRow = id++;
    add('text', 'Phone:', { tag: 'span', parentId: phoneRow, attributes: { class: 'property-name' } });
    add('button', shown.phone, { tag: 'a', parentId: phoneRow, attributes: { class: 'phone' } });
    const emailRow = id++;
    add('text', 'Email:', { tag: 'span', parentId: emailRow, attributes: { class: 'property-name' } });
    add('button', shown.email, { tag: 'a', parentId: emailRow, attributes: { class: 'email' } });
  }
  const pager = add('list', `${page > 1 ? '< ' : ''}${page}${page < last ? ' >' : ''}`, { tag: 'ul', attributes: { class: 'pagination' } });
  if (page > 1) add('link', '<', { tag: 'a', parentId: pager.id, attributes: { class: 'page-link' } });
  add('link', String(page), { tag: 'a', parentId: pager.id, attributes: { class: 'page-link' } });
  if (page < last) add('link', '>', { tag: 'a', parentId: pager.id, attributes: { class: 'page-link' } });
  return elements;
}

const cards: Card[] = [
  { name: 'Orla', phone: '629-138-7658', email: 'orla7797@mail.example' },
  { name: 'Brin', phone: '604-198-6421', email: 'brin@mail.example' },
  { name: 'Tamsin', phone: '883-311-5332', email: 'tamsin.k@post.example' },
  { name: 'Ivo', phone: '115-755-7400', email: 'ivo5064@post.example' },
  { name: 'Wren', phone: '410-220-1234', email: 'wren@post.example' },
];

function step(index: number, elements: UIElement[], pick: (element: UIElement) => boolean): Step {
  const target = elements.find(pick)!;
  return { index, observation: { text: '', elements }, action: { type: 'click', target: { elementId: target.id } }, targets: [{ ...target, context: target.parentId === undefined ? undefined : elements.filter((other) => other.parentId === target.parentId).map((other) => other.text).join(' ') }], result: { ok: true }, timings: {} } as Step;
}

const next = (element: UIElement) => element.role === 'link' && element.text === '>';
const emailLink = (element: UIElement) => element.attributes?.['class'] === 'email';

/** The demonstration: ">" pressed until Ivo's card (page 4) shows, then his e-mail link. */
const demonstration: Step[] = [
  step(0, cardPage(cards[0]!, 1), next),
  step(1, cardPage(cards[1]!, 2), next),
  step(2, cardPage(cards[2]!, 3), next),
  step(3, cardPage(cards[3]!, 4), emailLink),
];
const trajectory = { id: 't', task: 'Find Ivo in the contact book and click on their email.', steps: demonstration, outcome: { status: 'success' }, metadata: {} } as unknown as Trajectory;

describe('paged item', () => {
  it('finds the step a pager brought the named item on show for, and where the item showed its value', () => {
    const found = pagedItemOf(demonstration, 'Ivo');
    expect(found).toEqual({ position: 3, place: 'heading|h2|name', dataText: true });
    // The item was on show from the start: no paging says the value chose it.
    expect(pagedItemOf([step(0, cardPage(cards[3]!, 1), emailLink)], 'Ivo')).toBeUndefined();
    // Two items on show at once are rows to choose from (row-keys.ts), not a paged item.
    const two = [step(0, cardPage(cards[0]!, 1, 5, cards[1]), next), step(1, cardPage(cards[3]!, 2, 5, cards[2]), emailLink)];
    expect(pagedItemOf(two, 'Ivo')).toBeUndefined();
    // A value no page showed.
    expect(pagedItemOf(demonstration, 'Zora')).toBeUndefined();
  });

  it('plans a search with the pager before the step, and accounts for the name no step targeted', () => {
    const plan = applyPlanRules(planDemonstration(trajectory, 'Find Brin in the contact book and click on their email.'));
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps).toHaveLength(2);
    expect(plan.steps[0]!.feedSearch?.pager).toMatchObject({ role: 'link', text: '>' });
    expect(plan.steps[1]!.pagedItem).toMatchObject({ old: 'Ivo', new: 'Brin', place: 'heading|h2|name', dataText: true });
  });

  it('waits for the named item, then clicks its link by kind and caption, whatever the link says', () => {
    const plan = applyPlanRules(planDemonstration(trajectory, 'Find Tamsin in the contact book and click on their email.'));
    const goal = plan.steps[1]!;
    const early = cardPage(cards[1]!, 2);
    expect(pagedItemShown(goal, early)).toBe(false);
    expect(groundPagedItem(goal, early, trajectory.task)).toMatchObject({ ok: false, reason: expect.stringContaining('does not show "Tamsin"') });
    const there = cardPage(cards[2]!, 3);
    expect(pagedItemShown(goal, there)).toBe(true);
    const grounding = groundPagedItem(goal, there, trajectory.task);
    expect(grounding.ok).toBe(true);
    const clicked = grounding.ok && 'action' in grounding && grounding.action.type === 'click' && 'elementId' in grounding.action.target ? grounding.action.target.elementId : undefined;
    expect(there.find((element) => element.id === clicked)?.text).toBe('tamsin.k@post.example');
    // The task names the other caption's word: the link beside "Phone:", never the demonstrated e-mail link.
    const phonePlan = applyPlanRules(planDemonstration(trajectory, 'Find Tamsin in the contact book and click on their phone number.'));
    const phone = groundPagedItem(phonePlan.steps[1]!, there, trajectory.task);
    const phoneId = phone.ok && 'action' in phone && phone.action.type === 'click' && 'elementId' in phone.action.target ? phone.action.target.elementId : undefined;
    expect(there.find((element) => element.id === phoneId)?.text).toBe('883-311-5332');
    // A word no caption shows ("fax number") is refused, not clicked at the demonstrated place.
    const faxPlan = applyPlanRules(planDemonstration(trajectory, 'Find Tamsin in the contact book and click on their fax number.'));
    expect(groundPagedItem(faxPlan.steps[1]!, there, trajectory.task)).toMatchObject({ ok: false, reason: expect.stringContaining('no button is beside a caption') });
    // Two cards at once: which one's link is meant is not what the demonstration showed.
    expect(groundPagedItem(goal, cardPage(cards[2]!, 3, 5, cards[4]), trajectory.task)).toMatchObject({ ok: false, reason: expect.stringContaining('2 items show at once') });
  });

  it('asked again for the same name, still pages to that item, wherever it now is, and clicks its link whatever it says', () => {
    // A new instance of the same task: Ivo's card is on page 2 now and his address is another.
    const plan = applyPlanRules(planDemonstration(trajectory, trajectory.task));
    expect(plan.problems.filter((problem) => problem.blocking)).toEqual([]);
    expect(plan.steps).toHaveLength(2);
    expect(plan.steps[0]!.feedSearch?.pager).toMatchObject({ role: 'link', text: '>' });
    const goal = plan.steps[1]!;
    expect(goal.pagedItem).toMatchObject({ old: 'Ivo', new: 'Ivo', dataText: true });
    const moved = { ...cards[3]!, email: 'ivo.r@mail.example' };
    expect(pagedItemShown(goal, cardPage(cards[0]!, 1))).toBe(false);
    const there = cardPage(moved, 2);
    const grounding = groundPagedItem(goal, there, trajectory.task);
    const clicked = grounding.ok && 'action' in grounding && grounding.action.type === 'click' && 'elementId' in grounding.action.target ? grounding.action.target.elementId : undefined;
    expect(there.find((element) => element.id === clicked)?.text).toBe('ivo.r@mail.example');
  });
});
