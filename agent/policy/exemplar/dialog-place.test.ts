import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../core/observation.js';
import type { TargetDescriptor } from '../../core/trajectory.js';
import { groundTarget } from './ground-target.js';
import { dialogOf, dialogShown } from './dialog-place.js';

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

  it('still refuses a dialog caption of no known intent ("OK" for "Yes, delete"), never an icon behind it', () => {
    const { elements, rowIcons } = filesWithDialog('OK');
    const grounding = groundTarget(demonstratedConfirm, [], elements, { inDialog: true });
    expect(rowIcons.map((icon) => icon.id)).not.toContain(grounding.element?.id);
    expect(grounding.score).toBeLessThan(0.55);
  });
});
