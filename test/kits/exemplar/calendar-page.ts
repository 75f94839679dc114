/**
 * A pop-up month calendar for the offline policy's tests: a read-only date
 * field that opens a calendar with Prev / Next month buttons, a "Month YYYY"
 * title and one button per day; Submit records the field's value. Fresh
 * element ids on every observation, as in a real page.
 */
import type { Action } from '../../../agent/core/action.js';
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { actionFailure, type ActionResult, type Operator } from '../../../agent/core/operator.js';
import { MONTH_NAMES } from '../../../agent/policy/exemplar/date-parts.js';

export class CalendarOperator implements Operator {
  readonly environment = 'browser' as const;
  readonly actionSpace = { types: ['click', 'done'] as const, notes: [] };
  /** The values Submit was clicked with. */
  readonly submitted: string[] = [];
  value = '';
  private open = false;
  private sequence = 0;
  private latest = new Map<number, string>();

  /**
   * @param month the month shown when the calendar opens, as year × 12 + month − 1
   * @param brokenPrev when true, "Prev" moves forward too (a page the policy must not trust blindly)
   */
  /**
   * @param look how the calendar is drawn: `plainDays` day cells with no "March 4, 2012" label (only the number,
   *   as jQuery UI draws them); `neighbourDays` the grid also shows the last days of the month before and the first
   *   of the month after; `splitCaption` month and year as two texts; `glyphs` ‹ › paging buttons with no words;
   *   `noCaption` no month caption at all
   */
  constructor(
    private month: number,
    private readonly brokenPrev = false,
    private readonly look: { plainDays?: boolean; neighbourDays?: boolean; splitCaption?: boolean; glyphs?: boolean; noCaption?: boolean } = {},
  ) {}

  async observe(): Promise<Observation> {
    this.sequence++;
    let id = this.sequence * 1000;
    this.latest = new Map();
    const elements: UIElement[] = [];
    const add = (key: string, element: Omit<UIElement, 'id' | 'states' | 'source' | 'interactive'> & { interactive?: boolean }) => {
      const made: UIElement = { id: ++id, states: {}, source: 'dom', interactive: true, ...element };
      this.latest.set(made.id, key);
      elements.push(made);
      return made;
    };
    add('field', { role: 'textbox', text: '', label: 'Date:', value: this.value, tag: 'input', box: { x: 2, y: 60, width: 140, height: 20 }, ordinal: 0 });
    add('submit', { role: 'button', text: 'Submit', tag: 'button', box: { x: 150, y: 60, width: 50, height: 20 }, ordinal: 0 });
    if (this.open) {
      const dialog = add('dialog', { role: 'dialog', text: 'Calendar', tag: 'div', box: { x: 2, y: 80, width: 150, height: 110 }, interactive: false });
      const year = Math.floor(this.month / 12);
      const name = MONTH_NAMES[this.month % 12]!;
      const look = this.look;
      if (look.glyphs) add('prev', { role: 'button', text: '‹', tag: 'button', parentId: dialog.id, ordinal: 0, box: { x: 4, y: 82, width: 15, height: 15 } });
      else add('prev', { role: 'button', text: '< Prev', label: 'Previous month', tag: 'button', parentId: dialog.id, ordinal: 0, box: { x: 4, y: 82, width: 40, height: 15 } });
      if (look.noCaption) {
        // no caption
      } else if (look.splitCaption) {
        add('title', { role: 'text', text: name, tag: 'span', parentId: dialog.id, ordinal: 0, box: { x: 55, y: 83, width: 30, height: 12 }, interactive: false });
        add('title-year', { role: 'text', text: String(year), tag: 'span', parentId: dialog.id, ordinal: 1, box: { x: 88, y: 83, width: 22, height: 12 }, interactive: false });
      } else {
        add('title', { role: 'text', text: `${name} ${year}`, tag: 'span', parentId: dialog.id, ordinal: 0, box: { x: 55, y: 83, width: 47, height: 12 }, interactive: false });
      }
      if (look.glyphs) add('next', { role: 'button', text: '›', tag: 'button', parentId: dialog.id, ordinal: 1, box: { x: 135, y: 82, width: 15, height: 15 } });
      else add('next', { role: 'button', text: 'Next >', label: 'Next month', tag: 'button', parentId: dialog.id, ordinal: 1, box: { x: 112, y: 82, width: 40, height: 15 } });
      const table = add('table', { role: 'table', text: '', tag: 'table', parentId: dialog.id, box: { x: 2, y: 98, width: 150, height: 110 }, interactive: false });
      const days = new Date(Date.UTC(year, (this.month % 12) + 1, 0)).getUTCDate();
      const daysBefore = new Date(Date.UTC(year, this.month % 12, 0)).getUTCDate();
      // Cells: [month offset, day] — the neighbouring months' days only when the look asks for them.
      const cells: [number, number][] = [];
      if (look.neighbourDays) for (let day = daysBefore - 2; day <= daysBefore; day++) cells.push([-1, day]);
      for (let day = 1; day <= days; day++) cells.push([0, day]);
      if (look.neighbourDays) for (let day = 1; day <= 6; day++) cells.push([1, day]);
      cells.forEach(([offset, day], index) => {
        add(offset === 0 ? `day:${day}` : `other:${offset}:${day}`, {
          role: 'button',
          text: String(day),
          ...(look.plainDays || offset !== 0 ? {} : { label: `${name} ${day}, ${year}` }),
          tag: 'button',
          parentId: table.id,
          ordinal: index,
          box: { x: 3 + (index % 7) * 21, y: 100 + Math.floor(index / 7) * 16, width: 20, height: 15 },
        });
      });
    }
    return {
      sequence: this.sequence,
      environment: 'browser',
      elements,
      viewport: { width: 300, height: 300, deviceScaleFactor: 1 },
      page: { url: 'memory://calendar', title: 'Calendar' },
      capturedAt: Date.now(),
    };
  }

  async execute(action: Action): Promise<ActionResult> {
    if (action.type !== 'click' || !('elementId' in action.target)) return actionFailure('unsupported', `cannot ${action.type}`);
    const key = this.latest.get(action.target.elementId);
    if (key === undefined) return actionFailure('stale-element', 'no such element in the latest observation');
    if (key === 'field') this.open = true;
    else if (key === 'next') this.month++;
    else if (key === 'prev') this.month += this.brokenPrev ? 1 : -1;
    else if (key === 'submit') this.submitted.push(this.value);
    else if (key.startsWith('day:') || key.startsWith('other:')) {
      const pad = (value: number) => String(value).padStart(2, '0');
      const [month, day] = key.startsWith('day:') ? [this.month, Number(key.slice(4))] : [this.month + Number(key.split(':')[1]), Number(key.split(':')[2])];
      this.value = `${pad((month % 12) + 1)}/${pad(day)}/${Math.floor(month / 12)}`;
      this.open = false;
    }
    return { ok: true, durationMs: 0 };
  }

  async close(): Promise<void> {}
}
