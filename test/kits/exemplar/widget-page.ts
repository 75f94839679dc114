/**
 * A synthetic page for the offline policy's tests: a vertical stack of
 * widgets (text, textbox, checkbox, button, combobox, link…) that an
 * operator observes and acts on, with fresh element ids on every
 * observation as in a real page. Tests build instances of a "task family"
 * with different values and check the resulting state.
 */
import type { Action } from '../../../agent/core/action.js';
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { actionFailure, type ActionResult, type Operator } from '../../../agent/core/operator.js';

export interface WidgetSpec {
  /** Stable key for assertions (never shown to the policy). */
  key: string;
  role: string;
  text?: string;
  label?: string;
  inputType?: string;
  options?: string[];
  /** Key of the containing widget (a group), for parentId / context / ordinal. */
  parent?: string;
  attributes?: Record<string, string>;
  /** Horizontal position, logical px (default 10). */
  x?: number;
  /** Starts checked (checkboxes, radios). */
  checked?: boolean;
  /** Shown only while the tab with this key is the last tab clicked (a tab panel). */
  panel?: string;
  /** Shown only after this many scroll actions (an item further down a list). */
  afterScrolls?: number;
  /** Shown only on this page (0-based) of a paged list. */
  onPage?: number;
  /** Clicking it shows the next page. */
  nextPage?: boolean;
  /** A text field that keeps only this many characters of what is typed (as an HTML maxlength does). */
  maxLength?: number;
  /** The value a text field or drop-down shows at first. */
  value?: string;
  /** The group a radio sits in (a fieldset's legend): choosing one unchoses only the others of its group. */
  group?: string;
  /** Shown only once the widget with this key was clicked (a dialog's fields, after its opener is pressed). */
  openedBy?: string;
}

export class WidgetPageOperator implements Operator {
  readonly environment = 'browser' as const;
  readonly actionSpace = { types: ['click', 'type', 'select', 'press', 'scroll', 'wait', 'done'] as const, notes: [] };
  readonly checked = new Set<string>();
  readonly values = new Map<string, string>();
  readonly clicks: string[] = [];
  readonly executed: Action[] = [];
  private sequence = 0;
  private latest = new Map<number, WidgetSpec>();
  private focused: string | undefined;
  private activeTab: string | undefined;
  private readonly pressed = new Set<string>();
  private scrolls = 0;
  private page = 0;

  constructor(
    private readonly allWidgets: readonly WidgetSpec[],
    /** Where the page is (the observation's page facts): tests with several pages tell them apart by it. */
    private readonly where: { url: string; title: string } = { url: 'memory://widget-page', title: 'Widgets' },
  ) {
    for (const widget of allWidgets) if (widget.checked) this.checked.add(widget.key);
    for (const widget of allWidgets) if (widget.value !== undefined) this.values.set(widget.key, widget.value);
  }

  /** The widgets on screen now: tab panels and scrolled-in items come and go. */
  private get widgets(): WidgetSpec[] {
    return this.allWidgets.filter(
      (widget) =>
        (widget.panel === undefined || widget.panel === this.activeTab) &&
        (widget.openedBy === undefined || this.pressed.has(widget.openedBy)) &&
        (widget.afterScrolls ?? 0) <= this.scrolls &&
        (widget.onPage === undefined || widget.onPage === this.page),
    );
  }

  async observe(): Promise<Observation> {
    this.sequence++;
    const base = this.sequence * 1000;
    const widgets = this.widgets;
    const ids = new Map(widgets.map((widget, index) => [widget.key, base + index]));
    this.latest = new Map();
    const elements: UIElement[] = widgets.map((widget, index) => {
      const id = base + index;
      this.latest.set(id, widget);
      const siblings = widgets.filter((other) => other.parent === widget.parent && other.role === widget.role);
      const interactive = !['text', 'heading', 'group', 'list'].includes(widget.role);
      return {
        id,
        role: widget.role,
        tag: widget.role === 'textbox' ? 'input' : widget.role === 'checkbox' ? 'input' : widget.role === 'combobox' ? 'select' : 'div',
        text: widget.text ?? '',
        ...(widget.label !== undefined ? { label: widget.label } : {}),
        ...(widget.role === 'textbox' || widget.role === 'combobox' ? { value: this.values.get(widget.key) ?? '' } : {}),
        ...(widget.inputType ? { inputType: widget.inputType } : {}),
        ...(widget.options ? { options: widget.options } : {}),
        ...(widget.group !== undefined ? { group: widget.group } : {}),
        states: {
          ...(widget.role === 'checkbox' || widget.role === 'radio' ? { checked: this.checked.has(widget.key) } : {}),
          ...(this.focused === widget.key ? { focused: true } : {}),
        },
        box: { x: widget.x ?? 10, y: 10 + 24 * index, width: 100, height: 20 },
        source: 'dom',
        interactive,
        ...(widget.parent !== undefined ? { parentId: ids.get(widget.parent) } : {}),
        ordinal: siblings.indexOf(widget),
        ...(widget.attributes ? { attributes: widget.attributes } : {}),
      };
    });
    return {
      sequence: this.sequence,
      environment: 'browser',
      elements,
      viewport: { width: 300, height: 600, deviceScaleFactor: 1 },
      page: { ...this.where },
      capturedAt: Date.now(),
    };
  }

  async execute(action: Action): Promise<ActionResult> {
    this.executed.push(action);
    const widgetOf = (target: unknown): WidgetSpec | undefined =>
      target && typeof target === 'object' && 'elementId' in target ? this.latest.get((target as { elementId: number }).elementId) : undefined;
    switch (action.type) {
      case 'click': {
        const widget = widgetOf(action.target);
        if (!widget) return actionFailure('stale-element', 'no such element in the latest observation');
        this.clicks.push(widget.key);
        this.pressed.add(widget.key);
        this.focused = widget.key;
        if (widget.role === 'tab') this.activeTab = widget.key;
        if (widget.nextPage) this.page++;
        if (widget.role === 'radio') {
          for (const other of this.allWidgets) if (other.role === 'radio' && other.group === widget.group) this.checked.delete(other.key);
          this.checked.add(widget.key);
        }
        if (widget.role === 'checkbox') {
          if (this.checked.has(widget.key)) this.checked.delete(widget.key);
          else this.checked.add(widget.key);
        }
        return { ok: true, durationMs: 0 };
      }
      case 'type': {
        const widget = action.target ? widgetOf(action.target) : this.allWidgets.find((candidate) => candidate.key === this.focused);
        if (!widget || widget.role !== 'textbox') return actionFailure('failed', 'no text field to type into');
        this.focused = widget.key;
        const typed = action.replace ? action.text : (this.values.get(widget.key) ?? '') + action.text;
        this.values.set(widget.key, widget.maxLength === undefined ? typed : typed.slice(0, widget.maxLength));
        return { ok: true, durationMs: 0 };
      }
      case 'select': {
        const widget = widgetOf(action.target);
        if (!widget?.options) return actionFailure('failed', 'not a list');
        if (!widget.options.includes(action.option)) return actionFailure('failed', `no option ${action.option}`);
        this.values.set(widget.key, action.option);
        return { ok: true, durationMs: 0 };
      }
      case 'scroll':
        this.scrolls++;
        return { ok: true, durationMs: 0 };
      case 'press':
      case 'wait':
        return { ok: true, durationMs: 0 };
      default:
        return actionFailure('unsupported', `cannot ${action.type}`);
    }
  }

  async close(): Promise<void> {}
}
