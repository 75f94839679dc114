import { describe, expect, it } from 'vitest';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import { qualified, rankedBefore } from './comparison-bounds.js';
import { rankedComparison } from './extreme-pick.js';

/** A list of mail folders, each link showing its name and unread count ("Work11"). */
const folders = (counts: Record<string, number>): WidgetSpec[] => [
  { key: 'list', role: 'list' },
  ...Object.entries(counts).map(([name, count]) => ({ key: name, role: 'link', text: `${name}${count}`, parent: 'list', attributes: { class: 'list-group-item' } })),
];

async function demonstration(task: string, pick: string) {
  return recordDemonstration(new WidgetPageOperator(folders({ Inbox: 42, Work: 11, Travel: 14, Family: 23 })), task, (observation, step) => {
    const element = observation.elements.find((candidate) => candidate.text === pick)!;
    return step === 0 ? { type: 'click', target: { elementId: element.id } } : undefined;
  });
}

async function run(demoTask: string, pick: string, task: string) {
  const page = new WidgetPageOperator(folders({ Work: 3, Projects: 30, Receipts: 17, Archive: 9, Friends: 21 }));
  const policy = new ExemplarPolicy({ memory: new InMemoryExemplars([await demonstration(demoTask, pick)]) });
  const result = await new Runner({ operator: page, policy }).run(task);
  return { status: result.outcome.status, clicks: page.clicks };
}

describe('bounds and ranks beside a number or a comparison', () => {
  it('reads a comparative or an ordinal beside a span, and nothing else', () => {
    const text = 'Open the folder with fewer than 14 unread messages.';
    const at = text.indexOf('14');
    expect(qualified(text, at, at + 2)).toBe(true);
    const plain = 'Open the folder that shows 14 unread messages.';
    expect(qualified(plain, plain.indexOf('14'), plain.indexOf('14') + 2)).toBe(false);
    const ranked = 'Open the folder with the second most unread messages.';
    expect(rankedBefore(ranked, ranked.indexOf('most'))).toBe(true);
    expect(rankedBefore(ranked, ranked.indexOf('second'))).toBe(false);
  });

  it('finds the comparison a task writes after an ordinal, with it', () => {
    expect(rankedComparison('Open the folder with the second most unread messages.')).toMatch(/^second most/);
    expect(rankedComparison('Pick the 2nd cheapest flight.')).toMatch(/^2nd cheapest/);
    expect(rankedComparison('Open the folder with the most unread messages.')).toBeUndefined();
  });
});

describe('a rank written with a comparison is no extreme', () => {
  it('still picks the extreme the new task asks for', async () => {
    const { status, clicks } = await run('Open the folder with the fewest unread messages.', 'Work11', 'Open the folder with the most unread messages.');
    expect(status).toBe('success');
    expect(clicks).toEqual(['Projects']);
  });

  it('refuses "the second most unread" against a demonstration that chose the fewest, rather than click the most', async () => {
    const { status, clicks } = await run('Open the folder with the fewest unread messages.', 'Work11', 'Open the folder with the second most unread messages.');
    expect(status).not.toBe('success');
    expect(clicks).toEqual([]);
  });

  it('refuses "the second least unread" against a demonstration that chose a folder by its count', async () => {
    const { status, clicks } = await run('Which folder has 23 unread mails? Open it.', 'Family23', 'Open the folder with the second least unread mail.');
    expect(status).not.toBe('success');
    expect(clicks).toEqual([]);
  });
});
