import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import { groundTarget } from '../ground-target.js';
import { mightSend, onlyCommits, onlyHandsOver, senderByPlace } from './sender-place.js';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

let nextId = 1;
function element(role: string, text: string, y: number, extra: Partial<UIElement> = {}): UIElement {
  return { id: nextId++, role, text, states: {}, box: { x: 10, y, width: 80, height: 20 }, source: 'dom', interactive: true, ...extra };
}
const save = { id: 'p-save', type: 'button' };
const demonstrated = (text: string, attributes: Record<string, string> = save): TargetDescriptor => ({ role: 'button', tag: 'button', text, attributes, ordinal: 0, box: { x: 10, y: 200, width: 80, height: 20 } });
/** A profile form under its title "Edit profile": a bio box, a "Cancel" link, and its one sending button, captioned anew on each instance. */
const form = (caption: string, attributes: Record<string, string> = save, extra: UIElement[] = []) => {
  const title = element('text', 'Edit profile', 60, { interactive: false });
  const bio = element('textbox', '', 100, { label: 'Bio' });
  const cancel = element('link', 'Cancel', 200, { attributes: { id: 'p-cancel' } });
  const sender = element('button', caption, 200, { tag: 'button', attributes, ordinal: 0 });
  return { sender, elements: [title, bio, cancel, sender, ...extra] };
};

describe('sender-place', () => {
  it('reads which captions could send a form: worded, no close / back-out / onward-only / deleting word', () => {
    expect(['Save', 'Update profile', 'Save changes', 'Continue', 'Share the bill'].map(mightSend)).toEqual([true, true, true, true, true]);
    expect(['Cancel', 'Close', '×', 'Next', 'Review', 'Delete account', 'Reset', '+', '▣'].map(mightSend)).toEqual(Array(9).fill(false));
  });

  it('grounds the one sender in the demonstrated one\'s place whatever its caption ("Update profile" → "Save")', () => {
    const { sender, elements } = form('Save');
    expect(senderByPlace(demonstrated('Update profile'), sender, elements)).toMatch(/same id="p-save"/);
    const grounding = groundTarget(demonstrated('Update profile'), [], elements, { demoTask: 'Change my bio to "Ask me about houseplants."' });
    expect(grounding.element?.id).toBe(sender.id);
    expect(grounding.score).toBeGreaterThan(0.55);
    expect(grounding.reason).toMatch(/in the place of the demonstrated sender: the same id="p-save", the one button here that could send/);
    // Both the form's submit button, no id: the place is still the sender's.
    const submit = form('Save changes', { type: 'submit' });
    expect(groundTarget(demonstrated('Update profile', { type: 'submit' }), [], submit.elements).element?.id).toBe(submit.sender.id);
    // "Look up fares" for "Find flights": neither only commits, so the place alone is no evidence.
    const fares = form('Look up fares', { type: 'submit' });
    expect(groundTarget(demonstrated('Find flights', { type: 'submit' }), [], fares.elements).score).toBeLessThan(0.55);
  });

  it('refuses when another button could be it: a destructive caption, a second sender, a reset beside it', () => {
    const want = demonstrated('Update profile');
    for (const rival of ['Delete account', 'Save draft', 'Reset']) {
      const { sender, elements } = form('Save', save, [element('button', rival, 240)]);
      expect(senderByPlace(want, sender, elements)).toBeUndefined();
      expect(groundTarget(want, [], elements).score).toBeLessThan(0.55);
    }
    // A back-out button beside it is no rival: "Cancel" never sends.
    const withCancel = form('Save', save, [element('button', 'Cancel', 200)]);
    expect(groundTarget(want, [], withCancel.elements).element?.id).toBe(withCancel.sender.id);
  });

  it('counts no rival a button the demonstration\'s own screen showed beside the one it pressed ("Add" beside "Done" → "Save list")', () => {
    // A grocery list: the adder's "Add" under its field, the list's sender "Done" (id g-save), then "Save list" on this instance.
    const list = (caption: string, extra: UIElement[] = []) => {
      const title = element('text', 'Grocery list', 20, { interactive: false });
      const field = element('textbox', '', 120, { label: 'Add an item' });
      const add = element('button', 'Add', 120, { tag: 'button', attributes: { id: 'g-add', type: 'button' } });
      const sender = element('button', caption, 200, { tag: 'button', attributes: { id: 'g-save', type: 'button' }, ordinal: 0 });
      return { sender, elements: [title, field, add, sender, ...extra] };
    };
    const want = demonstrated('Done', { id: 'g-save', type: 'button' });
    const then = list('Done').elements;
    const now = list('Save list');
    expect(senderByPlace(want, now.sender, now.elements, then)).toMatch(/same id="g-save", the one button here that could send \(beside "Add", which the demonstration's screen showed too and it did not press\)/);
    const grounding = groundTarget(want, [], now.elements, { demoElements: then });
    expect(grounding.element?.id).toBe(now.sender.id);
    expect(grounding.score).toBeGreaterThan(0.55);
    // Without the demonstration's screen the "Add" is a rival, as before.
    expect(senderByPlace(want, now.sender, now.elements)).toBeUndefined();
  });

  it('still refuses a rival new on this screen, or one naming a harm, whatever the demonstration\'s screen showed', () => {
    const want = demonstrated('Update profile');
    const then = form('Update profile', save, [element('button', 'Preview', 240), element('button', 'Delete account', 280)]).elements;
    // "Save draft" is new here: it may be the sender now.
    const fresh = form('Save', save, [element('button', 'Preview', 240), element('button', 'Save draft', 260)]);
    expect(senderByPlace(want, fresh.sender, fresh.elements, then)).toBeUndefined();
    expect(groundTarget(want, [], fresh.elements, { demoElements: then }).score).toBeLessThan(0.55);
    // "Delete account" beside it was on the demonstration's screen too: a destroying deed beside the sender is still a guess.
    const harm = form('Save', save, [element('button', 'Delete account', 280)]);
    expect(senderByPlace(want, harm.sender, harm.elements, then)).toBeUndefined();
    expect(groundTarget(want, [], harm.elements, { demoElements: then }).score).toBeLessThan(0.55);
    // Two of the stand-in's caption: the demonstration showing a "Save" it passed tells neither apart.
    const twice = form('Save', save, [element('button', 'Save', 240)]);
    expect(senderByPlace(want, twice.sender, twice.elements, [...then, element('button', 'Save', 240)])).toBeUndefined();
    // "Preview" alone, shown beside the demonstrated sender too, is passed by.
    const preview = form('Save', save, [element('button', 'Preview', 240)]);
    expect(senderByPlace(want, preview.sender, preview.elements, then)).toMatch(/beside "Preview"/);
  });

  it('never stands a button of another purpose or harm in, nor one elsewhere, nor one the task names', () => {
    const want = demonstrated('Update profile');
    // The tempting one sits in the sender's place but deletes, resets, pays or only moves on.
    for (const caption of ['Delete', 'Reset form', 'Pay now', 'Send', 'Next', 'Cancel', 'Save $5']) {
      const { elements } = form(caption);
      expect(groundTarget(want, [], elements).score).toBeLessThan(0.55);
    }
    // Another id and no submit type: nothing says it is the same place.
    const elsewhere = form('Save', { id: 'p-other', type: 'button' });
    expect(groundTarget(want, [], elsewhere.elements).score).toBeLessThan(0.55);
    // The demonstration's task named its caption: a button captioned otherwise is not the one it names.
    const named = form('Save');
    expect(groundTarget(want, [], named.elements, { demoTask: 'Write the bio, then click Update profile.' }).score).toBeLessThan(0.55);
    // A demonstrated step onward ("Next") is no sender: "Submit" in its place is not it.
    expect(groundTarget(demonstrated('Next'), [], form('Submit').elements).score).toBeLessThan(0.55);
  });

  it('reads which captions only commit: a commit word alone, or a commit verb on "changes" or the form\'s subject', () => {
    const { elements } = form('Save');
    expect(['Save', 'OK', 'Done.', 'Update profile', 'Save changes', 'Apply'].map((caption) => onlyCommits(caption, elements))).toEqual(Array(6).fill(true));
    const refused = ['Update account', 'Save draft', 'Submit', 'Finish', 'Confirm', 'Submit for review', 'Sign out', 'Enable', 'Disable', 'Unfollow', 'Leave group', 'Make public', 'Book now', 'Place bid', 'Join', 'Send', 'Look up fares'];
    expect(refused.filter((caption) => onlyCommits(caption, elements))).toEqual([]);
  });
});

describe('sender-place, a request form handed over', () => {
  const send = { id: 'rx-send', type: 'submit' };
  /** A refill form under its legend "Refill request" and its one submit button, captioned anew on each instance. */
  const refill = (caption: string, attributes: Record<string, string> = send, extra: UIElement[] = []) => {
    const legend = element('heading', 'Refill request', 40, { tag: 'legend', interactive: false });
    const quantity = element('spinbutton', '', 80, { label: 'Quantity' });
    const sender = element('button', caption, 200, { tag: 'button', attributes, ordinal: 0 });
    return { sender, elements: [legend, quantity, sender, ...extra] };
  };

  it('"Request refill" there, "Send" here: one id, both type=submit, both only hand the form over', () => {
    const elements = refill('Send').elements;
    expect(['Request refill', 'Send', 'Submit', 'Submit request'].map((caption) => onlyHandsOver(caption, elements))).toEqual([true, true, true, true]);
    for (const caption of ['Send', 'Submit']) {
      const { sender, elements: page } = refill(caption);
      const grounding = groundTarget(demonstrated('Request refill', send), [], page, { demoTask: 'I need 30 more of Metformin 500mg ready for 28 April 2025.' });
      expect(grounding.element?.id, grounding.reason).toBe(sender.id);
      expect(grounding.score).toBeGreaterThan(0.55);
      expect(grounding.reason).toMatch(/in the place of the demonstrated sender: the same id="rx-send"/);
    }
  });

  it('refuses a hand-over without its own place, beside a rival, in a dialog, or read into another deed', () => {
    const want = demonstrated('Request refill', send);
    // Only the submit type shared, or only the id: not place enough for a caption naming another verb.
    expect(groundTarget(want, [], refill('Send', { type: 'submit' }).elements).score).toBeLessThan(0.55);
    expect(groundTarget(want, [], refill('Send', { id: 'rx-send', type: 'button' }).elements).score).toBeLessThan(0.55);
    // A second worded button beside it: which one sends is a guess.
    expect(groundTarget(want, [], refill('Send', send, [element('button', 'Save for later', 240, { tag: 'button' })]).elements).score).toBeLessThan(0.55);
    // Inside a dialog its deed is the question's.
    const dialog = element('dialog', '', 30, { label: 'Cancel this refill?', interactive: false });
    const boxed = element('button', 'Send', 200, { tag: 'button', attributes: send, parentId: dialog.id });
    expect(senderByPlace(want, boxed, [dialog, boxed])).toBeUndefined();
    // Another deed, a draft kept, an object that is not the form's subject, or money.
    for (const caption of ['Save draft', 'Send message', 'Request refund', 'Submit for review', 'Cancel request', 'Sign out', 'Pay now']) {
      const { sender, elements } = refill(caption);
      expect(senderByPlace(want, sender, elements), caption).toBeUndefined();
    }
    // A draft saved there is never handed over here (the reviewer's probe, under one id now).
    expect(senderByPlace(demonstrated('Save draft', send), refill('Submit').sender, refill('Submit').elements)).toBeUndefined();
  });
});

/** The reviewer's probes (review 28): each grounding below once acted wrongly. */
const probeForm = (caption: string, attributes: Record<string, string>, withTitle = false) => {
  const title = element('text', 'Edit profile', 60, { interactive: false });
  const box = element('textbox', '', 100, { label: 'Notes' });
  const sender = element('button', caption, 200, { tag: 'button', attributes, ordinal: 0 });
  return { sender, elements: withTitle ? [title, box, sender] : [box, sender] };
};
const refuses = (want: TargetDescriptor, elements: UIElement[], demoTask?: string) => {
  const grounding = groundTarget(want, [], elements, demoTask ? { demoTask } : {});
  expect(grounding.score, grounding.reason).toBeLessThan(0.55);
};

describe('sender-place never stands in a button of another deed', () => {
  it('a toggle whose caption flipped under one id: "Enable" → "Disable", "Follow" → "Unfollow", "Mute" → "Unmute"', () => {
    refuses(demonstrated('Enable', { id: 'dark-toggle', type: 'button' }), probeForm('Disable', { id: 'dark-toggle', type: 'button' }).elements, 'Turn on dark mode');
    refuses(demonstrated('Follow', { id: 'follow-btn', type: 'button' }), probeForm('Unfollow', { id: 'follow-btn', type: 'button' }).elements, 'Keep up with Jane Doe');
    refuses(demonstrated('Mute', { id: 'mute-btn', type: 'button' }), probeForm('Unmute', { id: 'mute-btn', type: 'button' }).elements, 'Silence the #general channel');
  });

  it('a draft saved there, the form submitted for good here: "Save draft" → "Submit" / "Submit for review"', () => {
    refuses(demonstrated('Save draft', { type: 'submit' }), probeForm('Submit', { type: 'submit' }).elements, 'Save the report as a draft');
    refuses(demonstrated('Save draft', { type: 'submit' }), probeForm('Submit for review', { type: 'submit' }).elements, 'Keep the report as a draft');
    // Even when "draft" is the form's subject ("Edit draft"): saving it is not handing it in.
    const draft = [element('text', 'Edit draft', 60, { interactive: false }), ...probeForm('Submit', { type: 'submit' }).elements];
    refuses(demonstrated('Save draft', { type: 'submit' }), draft, 'Save the report as a draft');
  });

  it('"Update profile" → a form\'s one submit button captioned with another deed, with or without the form\'s title', () => {
    const captions = ['Archive', 'Block user', 'Sign out', 'Log out', 'Book now', 'Place bid', 'Leave group', 'Disable', 'Unfollow'];
    for (const withTitle of [false, true]) {
      const acted = captions.filter(
        (caption) => groundTarget(demonstrated('Update profile', { type: 'submit' }), [], probeForm(caption, { type: 'submit' }, withTitle).elements, { demoTask: 'Change my bio' }).score >= 0.55,
      );
      expect(acted).toEqual([]);
    }
  });

  it('a newsletter dialog over the page: its submit is not taken for the page form\'s sender', () => {
    const dialog = element('dialog', '', 50, { label: 'Join our newsletter', interactive: false });
    const email = element('textbox', '', 60, { label: 'Email', parentId: dialog.id });
    const signup = element('button', 'Sign me up', 80, { tag: 'button', attributes: { type: 'submit' }, parentId: dialog.id });
    const from = element('textbox', '', 300, { label: 'From' });
    const pageSender = element('button', 'Look up fares', 340, { tag: 'button', attributes: { type: 'submit' } });
    const grounding = groundTarget(demonstrated('Find flights', { type: 'submit' }), [], [dialog, email, signup, from, pageSender], { demoTask: 'Find flights from Boston to Denver' });
    expect(grounding.element?.id === signup.id && grounding.score >= 0.55, grounding.reason).toBe(false);
  });

  it('a shared confirm dialog (one id, a caption per use): "Save changes" → "Leave without saving" / "Sign out" / "OK"', () => {
    const acted: string[] = [];
    for (const caption of ['Leave without saving', 'Sign out', 'Archive project', 'Make public', 'Transfer ownership', 'OK', 'Confirm']) {
      const dialog = element('dialog', '', 50, { label: 'Are you sure?', interactive: false });
      const cancel = element('button', 'Cancel', 80, { tag: 'button', attributes: { id: 'modal-cancel', type: 'button' }, parentId: dialog.id });
      const ok = element('button', caption, 80, { tag: 'button', attributes: { id: 'modal-confirm', type: 'button' }, parentId: dialog.id });
      const grounding = groundTarget(demonstrated('Save changes', { id: 'modal-confirm', type: 'button' }), [], [dialog, cancel, ok], { demoTask: 'Rename the project to Atlas', inDialog: true });
      if (grounding.element?.id === ok.id && grounding.score >= 0.55) acted.push(caption);
    }
    expect(acted).toEqual([]);
  });
});

const settings = (caption: string): WidgetSpec[] => [
  { key: 'heading', role: 'heading', text: 'Appearance' },
  { key: 'toggle', role: 'button', text: caption, attributes: { id: 'dark-toggle', type: 'button' } },
];
const profile = (caption: string): WidgetSpec[] => [
  { key: 'bio', role: 'textbox', label: 'Bio' },
  { key: 'send', role: 'button', text: caption, attributes: { type: 'submit' } },
];

describe('sender-place, end to end', () => {
  it('dark mode already on ("Disable" shown where "Enable" was): never presses Disable', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator(settings('Enable')), 'Turn on dark mode.', (observation, step) => {
      const toggle = observation.elements.find((candidate) => candidate.text === 'Enable');
      return step === 0 && toggle ? { type: 'click', target: { elementId: toggle.id } } : undefined;
    });
    const operator = new WidgetPageOperator(settings('Disable'));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run('Turn on dark mode.');
    expect(operator.clicks, `${result.outcome.status}: ${result.outcome.reason}`).not.toContain('toggle');
  });

  it('a profile form whose one submit button reads "Sign out" here: never pressed for "Update profile"', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator(profile('Update profile')), 'Change my bio to "Gardener".', (observation, step) => {
      const bio = observation.elements.find((candidate) => candidate.label === 'Bio');
      const send = observation.elements.find((candidate) => candidate.text === 'Update profile');
      if (step === 0 && bio) return { type: 'type', target: { elementId: bio.id }, text: 'Gardener' };
      if (step === 1 && send) return { type: 'click', target: { elementId: send.id } };
      return undefined;
    });
    const operator = new WidgetPageOperator(profile('Sign out'));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run('Change my bio to "Painter".');
    expect(operator.clicks, `${result.outcome.status}: ${result.outcome.reason}`).not.toContain('send');
  });
});

describe('sender-place, a list\'s finishing button known by its class (no id, type=button)', () => {
  /**
   * A packing list: its title, a ticked thing, the move button under the pane (class "move", captioned anew per
   * instance), a chip in the bag with its wordless ×, and the finishing button (class "finish", captioned anew).
   */
  const list = (move: string, finish: string, extra: UIElement[] = [], finishClass = 'finish') => {
    const title = element('heading', 'Packing list', 10, { interactive: false, tag: 'h3' });
    const box = element('checkbox', 'Sun hat', 40, { tag: 'input', label: 'Sun hat' });
    const mover = element('button', move, 120, { tag: 'button', attributes: { class: 'move', type: 'button' } });
    const bagTitle = element('text', 'In the bag', 140, { interactive: false });
    const out = element('button', '×', 160, { tag: 'button', label: 'Take out Passport', attributes: { type: 'button' } });
    const sender = element('button', finish, 200, { tag: 'button', attributes: { class: finishClass, type: 'button' } });
    return { sender, elements: [title, box, mover, bagTitle, out, sender, ...extra] };
  };
  const pressed = (caption: string, finishClass = 'finish'): TargetDescriptor => ({ role: 'button', tag: 'button', text: caption, attributes: { class: finishClass, type: 'button' }, ordinal: 2, box: { x: 10, y: 200, width: 80, height: 20 } });

  it('"Save list" there, "Finish packing" here; "Finish packing" → "Done"; "Done" → "Save list"', () => {
    for (const [was, now] of [['Save list', 'Finish packing'], ['Finish packing', 'Done'], ['Done', 'Save list']] as const) {
      const then = list('Pack selected', was).elements;
      const here = list('Move to bag', now);
      expect(senderByPlace(pressed(was), here.sender, here.elements, then)).toMatch(/the one button of its class \("finish"\) here and on the demonstration's screen, the one button here that could send \(beside "Move to bag"/);
      const grounding = groundTarget(pressed(was), [], here.elements, { demoElements: then, demoTask: 'Pack sun hat.' });
      expect(grounding.element?.id).toBe(here.sender.id);
      expect(grounding.score).toBeGreaterThan(0.55);
    }
  });

  it('reads "Finish" with the list\'s subject as only ending the work, never "Finish" alone or with another object', () => {
    const { elements } = list('Move to bag', 'Done');
    expect(['Finish packing', 'Save list', 'Done'].map((caption) => onlyCommits(caption, elements))).toEqual([true, true, true]);
    expect(['Finish', 'Finish later', 'Finish and pay', 'Finish trip', 'Complete', 'Complete packing'].filter((caption) => onlyCommits(caption, elements))).toEqual([]);
  });

  it('refuses without the demonstration\'s screen, with two of the class here or there, or a class that only styles', () => {
    const then = list('Pack selected', 'Save list').elements;
    const here = list('Move to bag', 'Finish packing');
    expect(senderByPlace(pressed('Save list'), here.sender, here.elements)).toBeUndefined();
    const twoHere = list('Move to bag', 'Finish packing', [element('button', 'Done', 240, { tag: 'button', attributes: { class: 'finish', type: 'button' } })]);
    expect(senderByPlace(pressed('Save list'), twoHere.sender, twoHere.elements, then)).toBeUndefined();
    expect(groundTarget(pressed('Save list'), [], twoHere.elements, { demoElements: then }).score).toBeLessThan(0.55);
    const twoThere = list('Pack selected', 'Save list', [element('button', 'Done', 240, { tag: 'button', attributes: { class: 'finish', type: 'button' } })]).elements;
    expect(senderByPlace(pressed('Save list'), here.sender, here.elements, twoThere)).toBeUndefined();
    const styled = list('Move to bag', 'Finish packing', [], 'btn btn-primary');
    const styledThen = list('Pack selected', 'Save list', [], 'btn btn-primary').elements;
    expect(senderByPlace(pressed('Save list', 'btn btn-primary'), styled.sender, styled.elements, styledThen)).toBeUndefined();
    expect(groundTarget(pressed('Save list', 'btn btn-primary'), [], styled.elements, { demoElements: styledThen }).score).toBeLessThan(0.55);
  });

  it('refuses a caption of another deed in the class\'s place: "Clear list", "Share list", "Finish and pay", "Finish"', () => {
    const then = list('Pack selected', 'Save list').elements;
    for (const caption of ['Clear list', 'Share list', 'Finish and pay', 'Finish', 'Print list']) {
      const here = list('Move to bag', caption);
      expect(senderByPlace(pressed('Save list'), here.sender, here.elements, then)).toBeUndefined();
      expect(groundTarget(pressed('Save list'), [], here.elements, { demoElements: then }).score).toBeLessThan(0.55);
    }
  });

  it('counts as a rival a button new here, one naming a harm, or one of the pressed control\'s own kind', () => {
    const then = list('Pack selected', 'Save list').elements;
    // "Save draft" (class "draft") the demonstration's screen never showed: either may send.
    const draft = list('Move to bag', 'Finish packing', [element('button', 'Email list', 240, { tag: 'button', attributes: { class: 'share', type: 'button' } })]);
    expect(senderByPlace(pressed('Save list'), draft.sender, draft.elements, then)).toBeUndefined();
    // The move button's class, captioned with a harm here.
    const harm = list('Delete selected', 'Finish packing');
    expect(senderByPlace(pressed('Save list'), harm.sender, harm.elements, then)).toBeUndefined();
    // The stand-in in the pressed one's id place (class "commit" now); a button of the pressed one's own class "save"
    // captioned anew beside it is the pressed control itself, never a button passed by.
    const demoSender = element('button', 'Done', 200, { tag: 'button', attributes: { id: 's', class: 'save', type: 'button' } });
    const want: TargetDescriptor = { role: 'button', tag: 'button', text: 'Done', attributes: { id: 's', class: 'save', type: 'button' }, ordinal: 0, box: demoSender.box };
    const title = element('text', 'Packing list', 10, { interactive: false });
    const standIn = element('button', 'Save', 200, { tag: 'button', attributes: { id: 's', class: 'commit', type: 'button' } });
    const sameKind = element('button', 'Save list', 240, { tag: 'button', attributes: { class: 'save', type: 'button' } });
    expect(senderByPlace(want, standIn, [title, standIn, sameKind], [title, demoSender])).toBeUndefined();
    // Without it the id place stands.
    expect(senderByPlace(want, standIn, [title, standIn], [title, demoSender])).toMatch(/same id="s"/);
  });
});
