import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import type { Action } from '../../../core/action.js';
import { valueSpans } from '../value-spans.js';
import { addedChoice } from './added-choice.js';
import { alignByPlaces } from './kind-by-places.js';

type Step = Trajectory['steps'][number];

let nextId = 1;
const element = (role: string, text: string, extra: Partial<UIElement> = {}): UIElement => ({
  id: nextId++,
  role,
  tag: role === 'textbox' ? 'input' : role === 'combobox' ? 'select' : role === 'radio' || role === 'checkbox' ? 'input' : 'button',
  text,
  states: {},
  box: { x: 0, y: nextId * 20, width: 100, height: 16 },
  source: 'dom',
  interactive: true,
  ...extra,
});
const step = (elements: UIElement[], action: Action): Step => ({ index: 0, observation: { text: '', elements }, action, targets: [] }) as unknown as Step;

// An issue form: a title typed, a component chosen, a severity left as it was, then "Create issue".
const title = element('textbox', '', { label: 'Title' });
const component = element('combobox', 'Backend', { label: 'Component', value: 'Backend', options: ['Backend', 'Frontend', 'Docs'] });
const severity = ['Low', 'Normal', 'Urgent'].map((text) => element('radio', text, { group: 'Severity', states: { checked: text === 'Normal' } }));
const create = element('button', 'Create issue');
const form = [title, component, ...severity, create];
const steps = [
  step(form, { type: 'type', text: 'Login fails', target: { elementId: title.id } }),
  step(form, { type: 'select', option: 'Backend', target: { elementId: component.id } }),
  step(form, { type: 'click', target: { elementId: create.id } }),
];
const DEMO = 'File a bug "Login fails" against Backend.';

describe('addedChoice: a choice the new task adds that no step made', () => {
  it('finds "urgent", a radio of the page the demonstration never chose', () => {
    const task = 'File an urgent bug "Export broken" against Frontend.';
    expect(addedChoice(DEMO, task, valueSpans(task), steps, form)).toEqual({ word: 'urgent', caption: 'Urgent' });
  });

  it('finds an option of a select the steps chose another option of ("docs")', () => {
    const task = 'File a docs bug "Export broken" against Frontend.';
    expect(addedChoice(DEMO, task, valueSpans(task), steps, form)?.word).toBe('docs');
  });

  it('lets courtesy, framing and words no choice shows pass', () => {
    for (const task of ['Please file a bug "Export broken" against Frontend now, thanks.', 'Could you file a bug "Export broken" against Frontend for me?', 'Quickly file a bug "Export broken" against Frontend.']) {
      expect(addedChoice(DEMO, task, valueSpans(task), steps, form)).toBeUndefined();
    }
  });

  it('lets a word of a caption the steps pressed anyway pass ("issue" of "Create issue")', () => {
    const task = 'File an issue "Export broken" against Frontend.';
    expect(addedChoice(DEMO, task, valueSpans(task), steps, form)).toBeUndefined();
  });

  it('lets the tab already shown pass: it names where the task is done', () => {
    const shown = element('tab', 'Bugs', { states: { selected: true } });
    const other = element('tab', 'Features');
    const task = 'In bugs, file one "Export broken" against Frontend.';
    expect(addedChoice(DEMO, task, valueSpans(task), steps, [...form, shown, other])).toBeUndefined();
    const featureTask = 'In features, file one "Export broken" against Frontend.';
    expect(addedChoice(DEMO, featureTask, valueSpans(featureTask), steps, [...form, shown, other])?.word).toBe('features');
  });

  it('never counts a verb: what the texts ask is verb-gap.ts\'s to judge', () => {
    const task = 'File a bug "Export broken" against Frontend and create it.';
    expect(addedChoice(DEMO, task, valueSpans(task), steps, form)).toBeUndefined();
  });
});

describe('alignByPlaces refuses a choice the new task adds', () => {
  it('reads the same kind of task without the word, and refuses naming "urgent" with it', () => {
    const plain = alignByPlaces(DEMO, 'Log a bug "Export broken" against Frontend.', steps, form);
    expect('alignment' in plain).toBe(true);
    const urgent = alignByPlaces(DEMO, 'Log an urgent bug "Export broken" against Frontend.', steps, form);
    expect('gap' in urgent && urgent.gap).toContain('"urgent"');
  });
});

describe('addedChoice: a choice already made stays made', () => {
  it('lets "normal" pass where Normal is ticked and no step chose a severity, and refuses it once a step chose one', () => {
    const task = 'File a normal bug "Export broken" against Frontend.';
    expect(addedChoice(DEMO, task, valueSpans(task), steps, form)).toBeUndefined();
    const low = severity[0]!;
    const chose = [...steps.slice(0, 2), step(form, { type: 'click', target: { elementId: low.id } }), steps[2]!];
    const lowDemo = 'File a low bug "Login fails" against Backend.';
    expect(addedChoice(lowDemo, 'File a normal bug "Export broken" against Frontend.', valueSpans(task), chose, form)?.word).toBe('normal');
  });

  it('lets a select\'s shown option pass only where no step chose in that select', () => {
    const task = 'File a backend bug "Export broken".';
    const typed = [steps[0]!, steps[2]!];
    const demo = 'File a bug "Login fails".';
    expect(addedChoice(demo, task, valueSpans(task), typed, form)).toBeUndefined();
    const frontendTask = 'File a frontend bug "Export broken".';
    expect(addedChoice(demo, frontendTask, valueSpans(frontendTask), typed, form)?.word).toBe('frontend');
  });
});

describe('addedChoice: choices the demonstration\'s later screens showed', () => {
  it('finds "urgent" where the severity radios appear only in the dialog the opener brings up', () => {
    const opener = element('button', 'New issue');
    const list = [opener, element('button', 'Closed')];
    const dialogSteps = [step(list, { type: 'click', target: { elementId: opener.id } }), ...steps];
    const task = 'File an urgent bug "Export broken" against Frontend.';
    // The current page is the list: no radio shows there, the demonstration's dialog showed "Urgent".
    expect(addedChoice(DEMO, task, valueSpans(task), dialogSteps, list)?.word).toBe('urgent');
    expect(addedChoice(DEMO, task, valueSpans(task), dialogSteps.slice(0, 1), list)).toBeUndefined();
  });
});

describe('addedChoice: buttons and short words', () => {
  it('lets a plain button\'s caption pass ("ticket" of "Create ticket" on this page, where the steps pressed "Submit")', () => {
    const submit = element('button', 'Submit');
    const demoForm = [title, submit];
    const typed = [step(demoForm, { type: 'type', text: 'Login fails', target: { elementId: title.id } }), step(demoForm, { type: 'click', target: { elementId: submit.id } })];
    const page = [title, element('button', 'Create ticket')];
    const task = 'Could you file a support ticket "Export broken"?';
    expect(addedChoice('I need help: "Login fails".', task, valueSpans(task), typed, page)).toBeUndefined();
  });

  it('finds a toggle button\'s caption ("express" of a chip "Express", off)', () => {
    const page = [...form, element('button', 'Express', { states: { checked: false } })];
    const task = 'File a bug "Export broken" against Frontend, express.';
    expect(addedChoice(DEMO, task, valueSpans(task), steps, page)?.word).toBe('express');
  });

  it('never reads a three-letter word as the start of a longer one ("app" / "Apply")', () => {
    const page = [...form, element('checkbox', 'Apply to all')];
    const task = 'File a bug "Export broken" against Frontend for the app.';
    expect(addedChoice(DEMO, task, valueSpans(task), steps, page)).toBeUndefined();
    const urgently = 'File a bug "Export broken" against Frontend urgently.';
    expect(addedChoice(DEMO, urgently, valueSpans(urgently), steps, form)?.word).toBe('urgently');
  });
});

describe('addedChoice: a tick box or switch captioned by a sentence (review30)', () => {
  // A sign-up form: the demonstration typed an address and ticked Newsletter; a second box's caption is a sentence.
  const mk = () => {
    const email = element('textbox', '', { label: 'Email' });
    const news = element('checkbox', 'Newsletter', { states: { checked: false } });
    const terms = element('checkbox', 'I have read and accept the terms of service', { states: { checked: false } });
    const send = element('button', 'Sign up');
    return { email, news, terms, send, all: [email, news, terms, send] };
  };
  const demo = mk();
  const signUp = [
    step(demo.all, { type: 'type', text: 'ana@x.org', target: { elementId: demo.email.id } }),
    step(demo.all, { type: 'click', target: { elementId: demo.news.id } }),
    step(demo.all, { type: 'click', target: { elementId: demo.send.id } }),
  ];
  const page = mk().all;

  it('refuses "tick the terms box": the tick the demonstration made was Newsletter\'s, the terms stay unticked', () => {
    // On trial30a the tick effect (step-effects.ts) met "tick" and the caption, over four words, was no choice: paired, ticked Newsletter only.
    const placed = alignByPlaces('Newsletter for ana@x.org, please.', 'Newsletter for bob@y.org, and tick the terms of service box.', signUp, page);
    expect('gap' in placed && placed.gap).toMatch(/"terms"/);
    expect(addedChoice('Newsletter for ana@x.org, please.', 'Newsletter for bob@y.org; check the terms box too.', valueSpans('Newsletter for bob@y.org; check the terms box too.'), signUp, page)).toMatchObject({ word: 'terms' });
  });

  it('still pairs the same request for another address', () => {
    expect('alignment' in alignByPlaces('Newsletter for ana@x.org, please.', 'Newsletter for bob@y.org, please.', signUp, page)).toBe(true);
  });
});
