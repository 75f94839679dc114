/**
 * A hotel survey for the offline policy's tests, laid out as the development page stay-survey shows it to the
 * recorder (boxes in CSS pixels, as stored): a table whose column headers are the ratings "Great", "Good", "Fair",
 * "Poor", one row per aspect ("Wi-Fi", "Value for money", …) with the aspect's caption in its first cell and four
 * wordless radios (value = rating, name = "asp<row>"), then "Would you stay with us again?" with the radios "Yes",
 * "No", "Maybe", and a "Done" button. Fresh element ids on every observation, as on a real page; clicking a radio
 * checks it and clears the others of its name; "Done" records what was sent.
 */
import type { Action } from '../../../agent/core/action.js';
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { actionFailure, type ActionResult, type Operator } from '../../../agent/core/operator.js';

export const RATINGS = ['Great', 'Good', 'Fair', 'Poor'] as const;
/** The columns' headers and radios as stay-survey lays them out: header x and width, radio x. */
const COLUMNS = [
  { x: 56, width: 29.05, radio: 65.52 },
  { x: 85.05, width: 28.39, radio: 94.23 },
  { x: 113.44, width: 20, radio: 118.44 },
  { x: 133.44, width: 24.56, radio: 140.72 },
] as const;
const ROW_HEIGHT = 15;
const STAY_ANSWERS = ['Yes', 'No', 'Maybe'] as const;
const ANSWER_X = [6, 35.69, 62.2] as const;

/** What the survey was sent with: each aspect's rating (undefined when left empty) and the stay-again answer. */
export interface SentSurvey {
  ratings: Record<string, string | undefined>;
  again: string | undefined;
}

export class SurveyPageOperator implements Operator {
  readonly environment = 'browser' as const;
  readonly actionSpace = { types: ['click', 'done'] as const, notes: [] };
  /** Each click, as "<aspect>:<rating>", "again:<answer>" or "Done". */
  readonly clicks: string[] = [];
  sent: SentSurvey | undefined;
  private readonly checked = new Map<string, string>();
  private sequence = 0;
  private latest = new Map<number, string>();

  constructor(
    private readonly aspects: readonly string[],
    private readonly url = 'memory://stay-survey',
  ) {}

  async observe(): Promise<Observation> {
    this.sequence++;
    let id = this.sequence * 1000;
    this.latest = new Map();
    const elements: UIElement[] = [];
    const add = (key: string | undefined, element: Omit<UIElement, 'id' | 'source'>): number => {
      const made: UIElement = { id: ++id, source: 'dom', ...element };
      if (key !== undefined) this.latest.set(made.id, key);
      elements.push(made);
      return made.id;
    };
    const bottom = 74.5 + ROW_HEIGHT * this.aspects.length;
    add(undefined, { role: 'heading', tag: 'h4', text: 'How was your stay?', states: {}, box: { x: 6, y: 54, width: 148, height: 11 }, interactive: false });
    const table = add(undefined, { role: 'table', tag: 'table', text: [...RATINGS, ...this.aspects.flatMap((aspect) => [aspect, ...RATINGS])].join(' '), states: {}, box: { x: 6, y: 67, width: 152, height: bottom - 67 }, interactive: false });
    const head = add(undefined, { role: 'row', tag: 'tr', text: RATINGS.join(' '), states: {}, box: { x: 6, y: 67, width: 152, height: 7.5 }, parentId: table, interactive: false });
    RATINGS.forEach((rating, column) => add(undefined, { role: 'columnheader', tag: 'th', text: rating, states: {}, box: { x: COLUMNS[column]!.x, y: 67, width: COLUMNS[column]!.width, height: 7.5 }, parentId: head, interactive: false }));
    this.aspects.forEach((aspect, row) => {
      const y = 74.5 + ROW_HEIGHT * row;
      const tr = add(undefined, { role: 'row', tag: 'tr', text: `${aspect} ${RATINGS.join(' ')}`, states: {}, box: { x: 6, y, width: 152, height: ROW_HEIGHT }, parentId: table, interactive: false });
      add(undefined, { role: 'cell', tag: 'td', text: aspect, states: {}, box: { x: 6, y, width: 50, height: ROW_HEIGHT }, parentId: tr, attributes: { class: 'aspect' }, interactive: false });
      RATINGS.forEach((rating, column) =>
        add(`${aspect}:${rating}`, {
          role: 'radio',
          tag: 'input',
          text: '',
          value: rating,
          inputType: 'radio',
          states: { checked: this.checked.get(aspect) === rating },
          box: { x: COLUMNS[column]!.radio, y: y + 1.5, width: 10, height: 10 },
          parentId: tr,
          attributes: { name: `asp${row}`, type: 'radio' },
          interactive: true,
        }),
      );
    });
    add(undefined, { role: 'text', tag: 'span', text: 'Would you stay with us again?', states: {}, box: { x: 6, y: bottom + 4, width: 148, height: 10 }, interactive: false });
    STAY_ANSWERS.forEach((answer, index) =>
      add(`again:${answer}`, { role: 'radio', tag: 'input', text: answer, label: answer, value: answer, inputType: 'radio', states: { checked: this.checked.get('again') === answer }, box: { x: ANSWER_X[index]!, y: bottom + 15, width: 10, height: 10 }, attributes: { name: 'again', type: 'radio' }, interactive: true }),
    );
    add('Done', { role: 'button', tag: 'button', text: 'Done', states: {}, box: { x: 6, y: bottom + 30, width: 39.52, height: 14 }, attributes: { id: 'sv-send', class: 'send', type: 'button' }, interactive: true });
    return { sequence: this.sequence, environment: 'browser', elements, viewport: { width: 160, height: 210, deviceScaleFactor: 1 }, page: { url: this.url, title: 'Stay survey' }, capturedAt: Date.now() };
  }

  async execute(action: Action): Promise<ActionResult> {
    if (action.type !== 'click' || !('elementId' in action.target)) return actionFailure('unsupported', `cannot ${action.type}`);
    const key = this.latest.get(action.target.elementId);
    if (key === undefined) return actionFailure('stale-element', 'no such element in the latest observation');
    this.clicks.push(key);
    if (key === 'Done') {
      this.sent = { ratings: Object.fromEntries(this.aspects.map((aspect) => [aspect, this.checked.get(aspect)])), again: this.checked.get('again') };
    } else {
      const [group, value] = key.split(':') as [string, string];
      this.checked.set(group, value);
    }
    return { ok: true, durationMs: 0 };
  }

  async close(): Promise<void> {}
}
