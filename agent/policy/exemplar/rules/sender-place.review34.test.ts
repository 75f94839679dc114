/**
 * Review probes (session 34, review34) of rules/sender-place.ts's reading of a finishing button known by its class:
 * the one button of a class naming it ("finish") here and on the demonstration's screen stands in for the pressed
 * one, and "Finish <subject>" only ends the work. Hostile: "Finish <subject>" where finishing hands the thing over
 * for good, a class shared by a button of another deed, a move button passed by whose caption now sends.
 * `it.fails` marks a wrong action or a false refusal (one line: what it did).
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { groundTarget } from '../ground-target.js';
import { onlyCommits, senderByPlace } from './sender-place.js';
import { demonstrateOnWidgets, followOnWidgets, type WidgetMove } from '../../../../test/kits/exemplar/widget-runs.js';
import type { WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

let nextId = 1;
function element(role: string, text: string, y: number, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 10, y, width: 80, height: 20 }, source: 'dom', interactive: true, ...extra };
}
const button = (text: string, y: number, cls: string) => element('button', text, y, { tag: 'button', attributes: { class: cls, type: 'button' } });
const pressed = (caption: string, cls: string): TargetDescriptor => ({ role: 'button', tag: 'button', text: caption, attributes: { class: cls, type: 'button' }, ordinal: 1, box: { x: 10, y: 200, width: 80, height: 20 } });

/** A screen under `title` with a text box, one button of class "move" and the finishing one of class `cls`. */
const screen = (title: string, move: string, finish: string, cls = 'finish', extra: UIElement[] = []) => {
  const heading = element('heading', title, 10, { interactive: false, tag: 'h3' });
  const note = element('textbox', '', 60, { label: 'Note' });
  const mover = button(move, 120, 'move');
  const sender = button(finish, 200, cls);
  return { sender, elements: [heading, note, mover, sender, ...extra] };
};

describe('sender-place by class: review34 probes that hold', () => {
  it('stands "Finish packing" in for "Save list" (the reading\'s own case)', () => {
    const then = screen('Packing list', 'Pack selected', 'Save list').elements;
    const here = screen('Packing list', 'Move to bag', 'Finish packing');
    expect(senderByPlace(pressed('Save list', 'finish'), here.sender, here.elements, then)).toMatch(/one button of its class/);
  });
  it('never stands in "Finish and send" or "Finish & pay" or "Finish checkout"', () => {
    const then = screen('Packing list', 'Pack selected', 'Save list').elements;
    for (const caption of ['Finish and send', 'Finish & pay', 'Finish checkout', 'Finish and share']) {
      const here = screen('Packing list', 'Move to bag', caption);
      expect(senderByPlace(pressed('Save list', 'finish'), here.sender, here.elements, then), caption).toBeUndefined();
    }
  });
  it('never takes a subject word from a long text ("finish" a thing the page only mentions in a sentence)', () => {
    const sentence = element('text', 'Your order ships once you finish the order form below', 30, { interactive: false });
    expect(onlyCommits('Finish order', [sentence])).toBe(false);
  });
});

describe('sender-place by class: review34 hostile pages', () => {
  // Wrong action if it stood in: "Save" kept a survey's answers for later; "Finish survey" hands them in for good. The
  // class ("survey-action") is shared, the deed is not; a person would not press "Finish survey" for "Save".
  it.fails('wrong action: never stands "Finish survey" in for "Save" (handing in is not keeping)', () => {
    const then = screen('Survey', 'Next page', 'Save', 'survey-action').elements;
    const here = screen('Survey', 'Skip question', 'Finish survey', 'survey-action');
    expect(senderByPlace(pressed('Save', 'survey-action'), here.sender, here.elements, then)).toBeUndefined();
    expect(groundTarget(pressed('Save', 'survey-action'), [], here.elements, { demoElements: then, demoTask: 'Answer "fine" and save.' }).score).toBeLessThan(0.55);
  });
  // As above for a registration: "Finish registration" registers; "Save" kept a draft of the form.
  it.fails('wrong action: never stands "Finish registration" in for "Save changes"', () => {
    const then = screen('Registration', 'Add guest', 'Save changes', 'reg-btn').elements;
    const here = screen('Registration', 'Add guest', 'Finish registration', 'reg-btn');
    expect(senderByPlace(pressed('Save changes', 'reg-btn'), here.sender, here.elements, then)).toBeUndefined();
    expect(groundTarget(pressed('Save changes', 'reg-btn'), [], here.elements, { demoElements: then, demoTask: 'Note "vegan" and save.' }).score).toBeLessThan(0.55);
  });
  // The move button (class "move") captioned as a sender now ("Save and close"): it could send as well; two senders
  // here, the one the class names is still the pressed one's kind — a person might hesitate. Either refusing or
  // pressing the "finish" one is acceptable; pressing the "move" one never.
  it('never presses the passed-by kind\'s button for the pressed one', () => {
    const then = screen('Packing list', 'Pack selected', 'Save list').elements;
    const here = screen('Packing list', 'Save and close', 'Finish packing');
    const mover = here.elements.find((shown) => shown.text === 'Save and close')!;
    expect(senderByPlace(pressed('Save list', 'finish'), mover, here.elements, then)).toBeUndefined();
    const grounding = groundTarget(pressed('Save list', 'finish'), [], here.elements, { demoElements: then, demoTask: 'Pack sun hat.' });
    expect(grounding.score > 0.55 ? grounding.element?.id : here.sender.id).toBe(here.sender.id);
  });
  // A class naming the kind of a whole bar of buttons, one visible: the demonstration's screen showed "Save" alone of
  // class "toolbar-btn", here "Publish" — publishing is a hand-over, not keeping.
  it('never stands "Publish" in for "Save" of one class', () => {
    const then = screen('Edit post', 'Preview', 'Save', 'toolbar-btn').elements;
    const here = screen('Edit post', 'Preview', 'Publish', 'toolbar-btn');
    expect(senderByPlace(pressed('Save', 'toolbar-btn'), here.sender, here.elements, then)).toBeUndefined();
  });
  // "Done" there (class "finish"), "OK" here — inside no dialog, the one finishing button: a person presses it.
  it('stands "OK" in for "Done" as the one finishing button', () => {
    const then = screen('Packing list', 'Pack selected', 'Done').elements;
    const here = screen('Packing list', 'Move to bag', 'OK');
    expect(senderByPlace(pressed('Done', 'finish'), here.sender, here.elements, then)).toMatch(/one button of its class/);
  });
});

describe('sender-place by class, followed end to end: review34', () => {
  const survey = (move: string, finish: string): WidgetSpec[] => [
    { key: 'heading', role: 'heading', text: 'Survey' },
    { key: 'comments', role: 'textbox', label: 'Comments' },
    { key: 'move', role: 'button', text: move, attributes: { class: 'move', type: 'button' } },
    { key: 'finish', role: 'button', text: finish, attributes: { class: 'survey-action', type: 'button' } },
  ];
  const write = (text: string): WidgetMove => (observation) => ({ type: 'type', target: { elementId: observation.elements.find((shown) => shown.label === 'Comments')!.id }, text });
  const press = (caption: string): WidgetMove => (observation) => ({ type: 'click', target: { elementId: observation.elements.find((shown) => shown.text === caption)!.id } });
  // Holds: the task says "save" and no control here says it — refused (a near tie, the class reading not reached).
  it('never presses "Finish survey" for a task that says "save"', async () => {
    const demo = await demonstrateOnWidgets(survey('Next page', 'Save'), 'Write "fine so far" in the comments and save.', [write('fine so far'), press('Save')]);
    const { operator, reason } = await followOnWidgets(survey('Skip question', 'Finish survey'), demo, 'Write "all good" in the comments and save.');
    expect(operator.clicks, reason).not.toContain('finish');
  });
  // Wrong action, end to end: the demonstration pressed "Save" after writing its comment (the task said nothing of
  // saving); here the one button of that class reads "Finish survey" and is pressed, done — the survey handed in for
  // good where the demonstration only kept the answers.
  it.fails('wrong action: never presses "Finish survey" where the demonstration pressed "Save" (class shared)', async () => {
    const demo = await demonstrateOnWidgets(survey('Next page', 'Save'), 'Please write "fine so far" in the comments box.', [write('fine so far'), press('Save')]);
    const { operator, reason } = await followOnWidgets(survey('Skip question', 'Finish survey'), demo, 'Please write "all good" in the comments box.');
    expect(operator.clicks, reason).not.toContain('finish');
  });
});
