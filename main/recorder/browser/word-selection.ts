/**
 * A double-click that selected one word inside a text element (a text field,
 * a rich-text editor) is a selection of that word: stored on the element's
 * centre, its replay double-clicks whatever word lies there now. Seen on a
 * real page (a Quill editor: the person double-clicked the word the task
 * named, then pressed a toolbar button). The word is kept in the action, and
 * where it comes from in the details: the task text (a slot, so a new task's
 * word takes its place) or, when the task does not name it, its place among
 * the element's words. An element holding that word alone is no such case:
 * its centre is the word. Pure.
 */
import type { UIElement } from '../../../agent/core/observation.js';
import type { PageTarget } from './captured-event.js';

export interface WordSelection {
  word: string;
  details: { wordFromTask: { value: string; start: number } } | { wordPlace: number };
  warning: string;
}

export function wordSelectionOf(
  selected: { text: string; wordIndex: number } | undefined,
  element: UIElement | undefined,
  target: PageTarget | undefined,
  /** Where the word stands in the task text, if it does (gesture-to-step.ts's taskSlotOf). */
  slotInTask: (word: string) => { value: string; start: number } | undefined,
): WordSelection | undefined {
  if (!selected || !element) return undefined;
  const editable = target?.editable === true || element.states.editable === true;
  if (!editable) return undefined;
  const held = `${element.value ?? ''} ${element.text} ${target?.value ?? ''} ${target?.text ?? ''}`;
  const words = held.split(/\s+/).filter((word) => word !== '');
  if (!words.some((word) => word.includes(selected.text)) || words.every((word) => word === selected.text)) return undefined;
  const slot = slotInTask(selected.text);
  if (slot) return { word: selected.text, details: { wordFromTask: slot }, warning: `double-click: selected the word ${JSON.stringify(selected.text)} the task names; replay selects the task's word wherever it is` };
  return {
    word: selected.text,
    details: { wordPlace: selected.wordIndex },
    warning: `double-click: selected the word ${JSON.stringify(selected.text)} (word ${selected.wordIndex + 1} of the text); the task does not name it, so a new instance selects the word at that place`,
  };
}
