/**
 * Review probes (session 33, review33) of rules/offered-choice.ts and meaning-words' "sun hat" / "first aid kit",
 * followed end to end on a packing list (tick the things, press the list's "Add to bag ↓", then Done): a text
 * offering a choice ticks nothing; a list naming things whose names hold a short day or an ordinal packs them.
 * `it.fails` marks a wrong action or a false refusal still open (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { followOnWidgets } from '../../../../test/kits/exemplar/widget-runs.js';

const THINGS = ['Sun hat', 'Sunglasses', 'Wool socks', 'First aid kit', 'Passport', 'Power bank', 'Sun cream'];

function packing(things: string[] = THINGS, heading?: string): WidgetSpec[] {
  return [
    ...(heading ? [{ key: 'head', role: 'heading', text: heading }] : []),
    { key: 'pane', role: 'group', text: 'Things' },
    ...things.map((name) => ({ key: name, role: 'checkbox', text: name, label: name, parent: 'pane' })),
    { key: 'move', role: 'button', text: 'Add to bag ↓', attributes: { class: 'move' } },
    { key: 'done', role: 'button', text: 'Done', attributes: { class: 'finish' } },
    { key: 'bag', role: 'text', text: 'In the bag' },
  ];
}

async function demonstrate(task: string, ticks: string[], things: string[] = THINGS) {
  const deeds = [...ticks, 'Add to bag ↓', 'Done'];
  return recordDemonstration(new WidgetPageOperator(packing(things)), task, (observation, step) => {
    const deed = deeds[step];
    if (deed === undefined) return undefined;
    return { type: 'click', target: { elementId: find(observation, things.includes(deed) ? 'checkbox' : 'button', deed).id } };
  });
}

async function follow(task: string, options: { demo?: [string, string[]]; things?: string[]; heading?: string } = {}) {
  const [said, ticks] = options.demo ?? ['Pack sun hat and sunglasses.', ['Sun hat', 'Sunglasses']];
  const { operator, status, reason } = await followOnWidgets(packing(options.things, options.heading), await demonstrate(said, ticks, options.things), task);
  return { status, reason, clicks: operator.clicks, moved: operator.clicks.includes('move') };
}

describe('offered choice, followed: review33 probes that hold', () => {
  it('packs first aid kit and sun cream named as a list', async () => {
    const run = await follow('Pack sun cream and first aid kit.');
    expect(run.status, run.reason).toBe('success');
    expect(run.clicks).toEqual(['First aid kit', 'Sun cream', 'move', 'done']);
  });
  it('moves nothing for a choice however said, "or else", a choice in brackets, or one a heading shows whole', async () => {
    for (const task of [
      'Pack wool socks and passport, or else power bank.',
      'Pack wool socks and passport. Or just wool socks.',
      'Pack wool socks and either passport or power bank.',
      'Pack wool socks or passport, whichever is lighter.',
      'Pack wool socks and passport (or power bank).',
      'Pack wool socks and/or passport.',
    ]) expect((await follow(task)).moved, task).toBe(false);
    expect((await follow('Pack wool socks or passport.', { heading: 'Wool socks or passport' })).moved).toBe(false);
  });
});

describe('offered choice, followed: review33 false refusals', () => {
  // Was it.fails (false refusal): a thing whose own name holds "or" ("Passport or ID card", a tick box) was not found
  // ("no checkbox named id card"). and-names.ts now joins a phrase across "or" the page names whole, as across "and".
  it('packs a thing named with "or" as the page names it', async () => {
    const things = ['Sun hat', 'Sunglasses', 'Wool socks', 'Passport or ID card', 'Power bank'];
    const run = await follow('Pack wool socks and passport or ID card.', { things });
    expect(run.status, run.reason).toBe('success');
    expect(run.clicks).toEqual(['Wool socks', 'Passport or ID card', 'move', 'done']);
  });
  // Beside it: the page naming the whole and its parts (either reading stands), or only the parts (a choice), or a
  // choice beside the whole name ("wool socks or passport or ID card"), moves nothing.
  it('moves nothing where the page names the parts of an "or" name too, only the parts, or a choice stands beside it', async () => {
    for (const [task, things] of [
      ['Pack wool socks and passport or ID card.', ['Sun hat', 'Sunglasses', 'Wool socks', 'Passport or ID card', 'Passport', 'ID card']],
      ['Pack wool socks and passport or ID card.', ['Sun hat', 'Sunglasses', 'Wool socks', 'Passport', 'ID card', 'Power bank']],
      ['Pack wool socks or passport or ID card.', ['Sun hat', 'Sunglasses', 'Wool socks', 'Passport or ID card', 'Power bank']],
      ['Pack wool socks and passport or power bank.', ['Sun hat', 'Sunglasses', 'Wool socks', 'Passport or ID card', 'Passport', 'Power bank']],
    ] as const) expect((await follow(task, { things: [...things] })).moved, `${task} ${things.join(' | ')}`).toBe(false);
  });
  // False refusal: the demonstrated choice said again word for word ticks Sun hat and moves it, then refuses Done
  // ("the task names Sunglasses, not ticked") — the bag packed, the run left unfinished. Left (session 34): the final
  // state check (agent/checks/task-state.ts, shared with verification) reads "or" as a list and wants both ticked;
  // teaching it the choice is a change to the checks, not to this rule.
  it.fails('finishes the very choice the demonstration made', async () => {
    const run = await follow('Pack sun hat or sunglasses.', { demo: ['Pack sun hat or sunglasses.', ['Sun hat']] });
    expect(run.status, run.reason).toBe('success');
    expect(run.clicks).toEqual(['Sun hat', 'move', 'done']);
  });
});
