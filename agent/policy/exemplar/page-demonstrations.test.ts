import { describe, expect, it } from 'vitest';
import type { Trajectory } from '../../core/trajectory.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { withPageDemonstrations } from './page-demonstrations.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

const NOTES = { url: 'http://127.0.0.1:41001/notes/new', title: 'New note' };
const OTHER = { url: 'http://127.0.0.1:41001/mail/compose', title: 'Compose' };

const form: WidgetSpec[] = [
  { key: 'title', role: 'textbox', label: 'Title' },
  { key: 'save', role: 'button', text: 'Save' },
];

/** A person typing a title and saving, on the page `where`. */
async function lesson(task: string, title: string, where = NOTES, source: Trajectory['source'] = 'demonstration'): Promise<Trajectory> {
  const trajectory = await recordDemonstration(new WidgetPageOperator(form, where), task, (observation, step) =>
    step === 0 ? { type: 'type', target: { elementId: find(observation, 'textbox', undefined, 'Title').id }, text: title } : step === 1 ? { type: 'click', target: { elementId: find(observation, 'button', 'Save').id } } : undefined,
  );
  return { ...trajectory, source };
}

const QUERY = { task: 'Save a note titled "Groceries".' };

describe('every demonstration of the page the task runs on joins the k retrieved', () => {
  it('adds this page\'s other demonstrations (closest first, up to the cap), never another page\'s or the agent\'s own runs', async () => {
    const here = await Promise.all(['Milk', 'Bread', 'Eggs', 'Tea', 'Rice'].map((title) => lesson(`Save a note titled "${title}".`, title)));
    const elsewhere = await lesson('Save a note titled "Groceries".', 'Groceries', OTHER);
    const agentRun = { ...(await lesson('Save a note titled "Groceries" now.', 'Groceries', NOTES, 'agent')), id: 'agent-run' };
    const memory = new InMemoryExemplars([...here, elsewhere, agentRun]);
    const found = await memory.retrieve(QUERY, 2, { successOnly: true });
    const widened = await withPageDemonstrations(memory, QUERY, found, { successOnly: true }, NOTES, 2);
    expect(widened.exemplars.slice(0, 2)).toEqual(found);
    expect(widened.added.size).toBe(2);
    const added = widened.exemplars.slice(2);
    expect(added.every((exemplar) => exemplar.trajectory.source === 'demonstration' && exemplar.trajectory.steps[0]!.observation.url === NOTES.url)).toBe(true);
    expect(widened.note).toBe('not among the 2 closest retrieved: considered as one of 2 more demonstration(s) recorded on this page (it may have more than 2: the 2 closest are considered)');
    // The asked-for page key comes from the retrieved ones of this page; the caller's filters still hold.
    expect(memory.queries.at(-1)!.filters).toEqual({ successOnly: true, appKey: here[0]!.appKey, source: 'demonstration' });
    const excluded = await withPageDemonstrations(memory, QUERY, found, { successOnly: true, excludeIds: here.map((trajectory) => trajectory.id) }, NOTES);
    expect(excluded.added.size).toBe(0);
  });

  it('adds nothing when the page is not known or none of the k retrieved was recorded on it', async () => {
    const memory = new InMemoryExemplars([await lesson('Save a note titled "Milk".', 'Milk'), await lesson('Save a note titled "Bread".', 'Bread')]);
    const found = await memory.retrieve(QUERY, 1, {});
    expect((await withPageDemonstrations(memory, QUERY, found, {}, {})).exemplars).toEqual(found);
    expect((await withPageDemonstrations(memory, QUERY, found, {}, OTHER)).exemplars).toEqual(found);
    expect((await withPageDemonstrations(memory, QUERY, found, {}, NOTES)).exemplars).toHaveLength(2);
  });
});
