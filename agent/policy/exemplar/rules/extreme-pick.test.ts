import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { PlannedStep } from '../planned-step.js';
import { groundExtremePick, markExtremePicks } from './extreme-pick.js';

let nextId = 100;
function el(partial: Partial<UIElement> & { role: string }): UIElement {
  return { id: nextId++, text: '', states: {}, box: { x: 0, y: 0, width: 10, height: 10 }, source: 'dom', interactive: false, ...partial };
}

/** A table: Project | Updated | (Edit, Archive) per row, the rows and cells kept as the stored observation keeps them. */
function table(rows: [string, string][]): { elements: UIElement[]; archive: UIElement[] } {
  const header = el({ role: 'columnheader', text: 'Updated', box: { x: 60, y: 0, width: 40, height: 10 } });
  const elements: UIElement[] = [header, el({ role: 'columnheader', text: 'Project', box: { x: 0, y: 0, width: 60, height: 10 } })];
  const archive: UIElement[] = [];
  rows.forEach(([project, date], index) => {
    const y = 20 + index * 20;
    const row = el({ role: 'row', parentId: 1, text: `${project} ${date} Edit Archive`, box: { x: 0, y, width: 160, height: 18 } });
    const acts = el({ role: 'cell', parentId: row.id, text: 'Edit Archive', box: { x: 100, y, width: 60, height: 18 } });
    const button = (text: string, x: number) => el({ role: 'button', tag: 'button', parentId: acts.id, text, interactive: true, box: { x, y, width: 28, height: 18 } });
    const archiveButton = button('Archive', 130);
    archive.push(archiveButton);
    elements.push(
      row,
      el({ role: 'cell', parentId: row.id, text: project, box: { x: 0, y, width: 60, height: 18 } }),
      el({ role: 'cell', parentId: row.id, text: date, box: { x: 60, y, width: 40, height: 18 } }),
      acts,
      button('Edit', 100),
      archiveButton,
    );
  });
  return { elements, archive };
}

function clicked(target: UIElement, elements: UIElement[]): PlannedStep {
  const step: Step = { index: 0, observation: { text: '', elements }, action: { type: 'click', target: { elementId: target.id } }, targets: [], result: { ok: true }, timings: {} };
  return { sourceIndex: 0, step, bindings: [] };
}

describe('an extreme pick over a date column', () => {
  const demo = table([['Website refresh', 'Jun 5'], ['Data warehouse', 'Feb 2'], ['Search tuning', 'Oct 21']]);
  const fresh = table([['Brand guidelines', '12 Mar'], ['Billing cleanup', '2 Jan'], ['Partner portal', '30 Jul']]);

  it('reads "gone longest without an update" and "the stalest" as the oldest update, each row by its own Archive (not the Edit beside it)', () => {
    for (const [demoTask, task] of [
      ['Archive the project that has gone longest without an update.', 'Clean-up time: the stalest project on the list should be archived.'],
      ['Clean-up time: the stalest project on the list should be archived.', 'Archive the project that has gone longest without an update.'],
    ] as const) {
      const planned = clicked(demo.archive[1]!, demo.elements);
      const notes: string[] = [];
      markExtremePicks([planned], notes, demoTask, task);
      expect(planned.extremePick).toMatchObject({ choice: { quantity: 'date', extreme: 'min' } });
      expect(groundExtremePick(planned.extremePick!, fresh.elements)).toMatchObject({ ok: true, action: { target: { elementId: fresh.archive[1]!.id } } });
    }
  });

  it('finds the rows\' control by its name when the new page draws it as an icon', () => {
    const planned = clicked(demo.archive[1]!, demo.elements);
    markExtremePicks([planned], [], 'Archive the stalest project.', 'Archive the stalest project.');
    const icons = table([['Brand guidelines', '12 Mar'], ['Billing cleanup', '2 Jan'], ['Partner portal', '30 Jul']]);
    for (const button of icons.elements.filter((element) => element.role === 'button')) {
      button.label = button.text;
      button.text = button.text === 'Edit' ? '✎' : '▣';
      button.attributes = { class: 'icon' };
    }
    expect(groundExtremePick(planned.extremePick!, icons.elements)).toMatchObject({ ok: true, action: { target: { elementId: icons.archive[1]!.id } } });
  });

  it('finds the rows\' control when each icon is named for its own row ("Archive Billing cleanup"), never another row\'s', () => {
    const planned = clicked(demo.archive[1]!, demo.elements);
    markExtremePicks([planned], [], 'Archive the stalest project.', 'Archive the stalest project.');
    const icons = table([['Brand guidelines', '12 Mar'], ['Billing cleanup', '2 Jan'], ['Partner portal', '30 Jul']]);
    const projects = ['Brand guidelines', 'Billing cleanup', 'Partner portal'];
    icons.elements.filter((element) => element.role === 'button').forEach((button, index) => {
      button.label = `${button.text} ${projects[Math.floor(index / 2)]}`;
      button.text = button.text === 'Edit' ? '✎' : '▣';
    });
    expect(groundExtremePick(planned.extremePick!, icons.elements)).toMatchObject({ ok: true, action: { target: { elementId: icons.archive[1]!.id } } });
    // Named for a project no line beside it shows: not that row's control, so no rows to compare.
    icons.archive[1]!.label = 'Archive Search tuning';
    icons.archive[0]!.label = 'Archive Data warehouse';
    expect(groundExtremePick(planned.extremePick!, icons.elements)).toMatchObject({ ok: false });
  });

  it('still reads "longest" alone as a duration: no row shows one, so no pick', () => {
    const planned = clicked(demo.archive[1]!, demo.elements);
    markExtremePicks([planned], [], 'Book the longest flight', 'Book the longest flight');
    expect(planned.extremePick).toBeUndefined();
  });

  it('refuses when two rows tie at the oldest date', () => {
    const planned = clicked(demo.archive[1]!, demo.elements);
    markExtremePicks([planned], [], 'Archive the stalest project.', 'Archive the stalest project.');
    const tied = table([['Brand guidelines', 'Jan 2'], ['Billing cleanup', '2 Jan']]);
    expect(groundExtremePick(planned.extremePick!, tied.elements)).toMatchObject({ ok: false, reason: expect.stringMatching(/tie/) });
  });
});

describe('a comparison phrase whose comparing word stands alone in a slot', () => {
  it('accounts for the slot "fewest" → "most" when the pick compared by "the fewest unread"', () => {
    const list = el({ role: 'list', text: 'Inbox 42 Work 11 Spam 14' });
    const links = [['Inbox', 42], ['Work', 11], ['Spam', 14]].map(([name, count], index) =>
      el({ role: 'link', tag: 'a', parentId: list.id, text: `${name} ${count}`, interactive: true, box: { x: 0, y: index * 20, width: 80, height: 18 } }),
    );
    const elements = [list, ...links];
    const planned = clicked(links[1]!, elements);
    const used = markExtremePicks([planned], [], 'Open the folder with the fewest unread messages.', 'Open the folder with the most unread messages.');
    expect(planned.extremePick).toMatchObject({ choice: { extreme: 'max' } });
    expect([...used]).toEqual(expect.arrayContaining(['fewest unread', 'fewest']));
    expect(used.has('unread')).toBe(false);
  });
});
