import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import type { TargetDescriptor, Trajectory } from '../../core/trajectory.js';
import { groundTarget } from './ground-target.js';
import { dialogOf, dialogShown, skippableDialogStep } from './dialog-place.js';
import { purposeOf } from './rules/control-purpose.js';

let nextId = 1;
function element(role: string, text: string, box: { x: number; y: number }, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { ...box, width: 40, height: 20 }, source: 'dom', interactive: true, ...extra };
}

/** A table of files, each row with a "Delete" icon, and a confirmation dialog whose confirm caption is `caption`. */
function filesWithDialog(caption: string, dialogOpen = true): { elements: UIElement[]; confirm: UIElement; rowIcons: UIElement[] } {
  const table = element('table', 'Name KB a.txt 1 Delete b.txt 2 Delete', { x: 0, y: 50 });
  const rowIcons: UIElement[] = [];
  const elements: UIElement[] = [table];
  for (const [index, file] of ['a.txt', 'b.txt'].entries()) {
    const row = element('row', `${file} ${index + 1} Delete`, { x: 0, y: 70 + index * 20 }, { parentId: table.id });
    const icon = element('button', 'Delete', { x: 138, y: 70 + index * 20 }, { parentId: row.id, label: 'Delete', attributes: { class: 'btn icon-btn', type: 'button' } });
    rowIcons.push(icon);
    elements.push(row, icon);
  }
  const dialog = element('dialog', `Delete file Delete b.txt? Cancel ${caption}`, { x: 0, y: 50 }, dialogOpen ? {} : { states: { hidden: true } });
  const cancel = element('button', 'Cancel', { x: 30, y: 148 }, { parentId: dialog.id, ...(dialogOpen ? {} : { states: { hidden: true } }) });
  const confirm = element('button', caption, { x: 90, y: 148 }, { parentId: dialog.id, attributes: { id: 'yes', class: 'btn btn-danger', type: 'button' }, ...(dialogOpen ? {} : { states: { hidden: true } }) });
  elements.push(dialog, cancel, confirm);
  return { elements, confirm, rowIcons };
}

const demonstratedConfirm: TargetDescriptor = {
  role: 'button',
  tag: 'button',
  text: 'Yes, delete',
  ordinal: 2,
  box: { x: 74, y: 148, width: 73, height: 22 },
  attributes: { id: 'yes', class: 'btn btn-danger', type: 'button' },
};

describe('dialog place', () => {
  it('reads a caption opening with "Yes" as committing what its box asks', () => {
    expect(purposeOf('Yes, delete')).toBe('commit');
    expect(purposeOf('Yes')).toBe('commit');
    expect(purposeOf('Yesterday')).toBeUndefined();
  });

  it('finds the dialog an element sits in', () => {
    const { elements, confirm, rowIcons } = filesWithDialog('Delete');
    expect(dialogOf(confirm, elements)?.role).toBe('dialog');
    expect(dialogOf(rowIcons[0]!, elements)).toBeUndefined();
    expect(dialogShown(elements)).toBe(true);
    expect(dialogShown(filesWithDialog('Delete', false).elements)).toBe(false);
  });

  it('takes the confirm button inside the dialog over the look-alike icons behind it', () => {
    const { elements, confirm } = filesWithDialog('Delete');
    const grounding = groundTarget(demonstratedConfirm, [], elements, { inDialog: true });
    expect(grounding.element?.id).toBe(confirm.id);
    expect(grounding.score).toBeGreaterThan(0.55);
    expect(grounding.reason).not.toContain('nearly tied');
  });

  it('reads a caption of the same intent as the demonstrated one ("Remove" for "Yes, delete")', () => {
    const { elements, confirm } = filesWithDialog('Remove');
    const grounding = groundTarget(demonstratedConfirm, [], elements, { inDialog: true });
    expect(grounding.element?.id).toBe(confirm.id);
    expect(grounding.score).toBeGreaterThan(0.55);
  });

  it('takes the dialog\'s one committing button for "Yes, delete" ("OK"), and refuses a caption of no known purpose, never an icon behind it', () => {
    const ok = filesWithDialog('OK');
    const committed = groundTarget(demonstratedConfirm, [], ok.elements, { inDialog: true });
    expect(committed.element?.id).toBe(ok.confirm.id);
    expect(committed.score).toBeGreaterThan(0.55);
    // The demonstration's task said "Delete …": its verb does not make "delete" a word the button must show.
    const verb = groundTarget(demonstratedConfirm, [{ old: 'a.txt', new: 'b.txt' }], ok.elements, { inDialog: true, demoTask: 'Delete a.txt.' });
    expect(verb.element?.id).toBe(ok.confirm.id);
    const { elements, rowIcons } = filesWithDialog('Maybe later');
    const grounding = groundTarget(demonstratedConfirm, [], elements, { inDialog: true });
    expect(rowIcons.map((icon) => icon.id)).not.toContain(grounding.element?.id);
    expect(grounding.score).toBeLessThan(0.55);
  });
});

/** A demonstration as the policy reads it: each step's action and the elements it saw (the rest is not consulted). */
function demonstration(steps: { elements: UIElement[]; click: UIElement }[]): Trajectory {
  return { steps: steps.map(({ elements, click }) => ({ action: { type: 'click', target: { elementId: click.id } }, observation: { elements }, targets: [] })) } as unknown as Trajectory;
}

describe('pop-ups the demonstration dismissed', () => {
  const page = () => {
    const field = element('textbox', '', { x: 2, y: 69 }, { label: 'Search' });
    const go = element('button', 'OK', { x: 2, y: 95 });
    const banner = element('dialog', 'We use cookies. OK No thanks', { x: 0, y: 180 }, { label: 'Cookie consent' });
    const accept = element('button', 'OK', { x: 7, y: 185 }, { parentId: banner.id });
    return { field, go, banner, accept };
  };

  it('skips a banner that was there before the demonstration acted, when none shows now', () => {
    const { field, go, banner, accept } = page();
    const demo = demonstration([
      { elements: [field, go, banner, accept], click: accept },
      { elements: [field, go], click: go },
    ]);
    expect(skippableDialogStep(demo, 0, [field, go])).toBe(true);
    // The banner is up on the new screen too: dismiss it, inside it (never the look-alike "OK" outside).
    expect(skippableDialogStep(demo, 0, [field, go, banner, accept])).toBe(false);
    const grounding = groundTarget({ role: 'button', text: 'OK', box: accept.box }, [{ old: 'OK', new: 'Find' }], [field, go, banner, accept], { inDialog: true });
    expect(grounding.element).toBeUndefined();
    // Not a dialog step at all.
    expect(skippableDialogStep(demo, 1, [field, go])).toBe(false);
  });

  it('never skips a dialog the previous step opened (a confirmation), and finds nothing outside it while it is missing', () => {
    const { elements, confirm, rowIcons } = filesWithDialog('Delete');
    const closed = filesWithDialog('Delete', false).elements;
    const demo = demonstration([
      { elements: closed, click: rowIcons[1]! },
      { elements, click: confirm },
    ]);
    expect(skippableDialogStep(demo, 1, closed)).toBe(false);
    const grounding = groundTarget(demonstratedConfirm, [], closed, { inDialog: true });
    expect(grounding.element).toBeUndefined();
    expect(grounding.reason).toContain('no dialog shows here');
  });
});
