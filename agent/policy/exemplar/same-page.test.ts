import { describe, expect, it } from 'vitest';
import type { Trajectory } from '../../core/trajectory.js';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { pageIdentity, pagePreference } from './same-page.js';
import { retrievePlans } from './retrieve-plans.js';
import { abstractStep } from '../../observation/abstract.js';
import type { PolicyContext } from '../../core/policy.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

const FILES = { url: 'http://127.0.0.1:41001/files/browse', title: 'Files' };
const SITE = { url: 'http://127.0.0.1:41001/site/home', title: 'Home' };

/** A file browser: one link per file or folder. */
const filesPage: WidgetSpec[] = [
  { key: 'docs', role: 'link', text: 'Docs' },
  { key: 'todo', role: 'link', text: 'todo.md' },
  { key: 'notes', role: 'link', text: 'notes.txt' },
];

/** A site whose pages are links under a "More" drop-down. */
const sitePage: WidgetSpec[] = [
  { key: 'more', role: 'tab', text: 'More ▾' },
  { key: 'nav-blog', role: 'link', text: 'Blog', panel: 'more', x: 20 },
  { key: 'nav-docs', role: 'link', text: 'Docs', panel: 'more', x: 20 },
  { key: 'nav-about', role: 'link', text: 'About', panel: 'more', x: 20 },
];

/** Opening a link on either page, as a person would: through the drop-down where there is one. */
function open(pageWidgets: WidgetSpec[], where: typeof FILES, task: string, name: string): Promise<Trajectory> {
  const viaMenu = pageWidgets.some((widget) => widget.key === 'more');
  return recordDemonstration(new WidgetPageOperator(pageWidgets, where), task, (observation, step) => {
    if (viaMenu && step === 0) return { type: 'click', target: { elementId: find(observation, 'tab', 'More ▾').id } };
    if (step === (viaMenu ? 1 : 0)) return { type: 'click', target: { elementId: find(observation, 'link', name).id } };
    return undefined;
  });
}

describe('demonstrations recorded on the current page come first', () => {
  it('reads a page from its URL host and path (not the port or query), else its title', () => {
    expect(pageIdentity({ url: 'http://127.0.0.1:41001/site/home?x=1' })).toBe(pageIdentity({ url: 'http://127.0.0.1:52002/site/home' }));
    expect(pageIdentity({ url: 'http://127.0.0.1:41001/site/home' })).not.toBe(pageIdentity({ url: 'http://127.0.0.1:41001/files/browse' }));
    expect(pageIdentity({ title: 'Settings' })).toBe('title:Settings');
    expect(pageIdentity({})).toBeUndefined();
  });

  it('keeps only the plans of this page when one is of the task\'s kind, else all, and all when the page is unknown', () => {
    const plan = (url: string | undefined, score: number) => ({ trajectory: { steps: [{ observation: { url } }] } as unknown as Pick<Trajectory, 'steps'>, alignment: { score } });
    const [here, hereOtherKind, elsewhere, unknown] = [plan(SITE.url, 0.8), plan(SITE.url, 0.2), plan(FILES.url, 1), plan(undefined, 1)];
    const kept = (plans: ReturnType<typeof plan>[], where: { url?: string }) => {
      const preference = pagePreference(plans, where, 0.5);
      return plans.filter((candidate) => preference.keep(candidate));
    };
    expect(kept([elsewhere, here, unknown], SITE)).toEqual([here]);
    expect([elsewhere, unknown, here].sort(pagePreference([elsewhere, here], SITE, 0.5).compare)).toEqual([here, elsewhere, unknown]);
    expect(kept([elsewhere, hereOtherKind, unknown], SITE)).toEqual([elsewhere, hereOtherKind, unknown]);
    // None of this page is of the task's kind: all may be followed, but a refusal cites this page's closest one.
    expect([elsewhere, unknown, hereOtherKind].sort(pagePreference([elsewhere, hereOtherKind], SITE, 0.5).compare)).toEqual([hereOtherKind, elsewhere, unknown]);
    expect([elsewhere, hereOtherKind].sort(pagePreference([elsewhere, hereOtherKind], {}, 0.5).compare)).toEqual([elsewhere, hereOtherKind]);
    expect(kept([elsewhere, here], {})).toEqual([elsewhere, here]);
  });

  it('plans from this page\'s demonstration ("Open Blog." through the drop-down), not the better-worded one of another page', async () => {
    const memory = new InMemoryExemplars([await open(filesPage, FILES, 'Open Docs.', 'Docs'), await open(sitePage, SITE, 'Open Blog.', 'Blog')]);
    const operator = new WidgetPageOperator(sitePage, SITE);
    const observation = await operator.observe();
    const context = {
      task: 'Open Docs.',
      step: 0,
      observation,
      abstracted: abstractStep(observation, 'Open Docs.'),
      history: [],
      actionSpace: operator.actionSpace,
      signal: new AbortController().signal,
      feedback: [],
      emit: () => {},
    } as unknown as PolicyContext;
    const retrieved = await retrievePlans(context, { memory, k: 5, filters: { successOnly: true }, minFit: 0.5 });
    // The file browser's "Open Docs." fits the words best; it is not followed, and a refusal would be explained by this page's.
    expect(retrieved.candidates.map((plan) => plan.trajectory.task)).toEqual(['Open Blog.', 'Open Docs.']);
    expect(retrieved.candidates[1]!.fit).toBeGreaterThan(retrieved.candidates[0]!.fit);
    expect(retrieved.plans.map((plan) => plan.trajectory.task)).toEqual(['Open Blog.']);
    const result = await new Runner({ operator: new WidgetPageOperator(sitePage, SITE), policy: new ExemplarPolicy({ memory }) }).run('Open Docs.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
  });

  it('falls back to another page\'s demonstration when none of this page fits', async () => {
    const memory = new InMemoryExemplars([await open(filesPage, FILES, 'Open todo.md.', 'todo.md'), await open(sitePage, SITE, 'Open Blog.', 'Blog')]);
    const operator = new WidgetPageOperator(filesPage, { ...FILES, url: 'http://127.0.0.1:41001/files/other' });
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory }) }).run('Open notes.txt.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['notes']);
  });
});
