/**
 * The desktop operator's hands: an action carried out with the real mouse
 * and keyboard (nut-js; text the keys cannot type goes through the
 * clipboard), or — for an accessibility element outside the observed region —
 * through the accessibility interface, saying so (`via`). Targets resolve
 * against the operator's latest observation, logical → physical pixels.
 */
import type { Action, Target } from '../../core/action.js';
import { boxCentre, findElement, type Observation } from '../../core/observation.js';
import { actionFailure, type ActionResult, type ObserveOptions } from '../../core/operator.js';
import { sleep } from '../../core/sleep.js';
import type { AccessibilityReader, AccessibleActionRequest } from './a11y/accessibility-reader.js';
import { typableByKeys, type ClipboardServer } from './clipboard-typing.js';
import type { NativeInput } from './native-input.js';

/** Logical pixels of scroll per wheel notch (a typical 3-line step). */
const PIXELS_PER_NOTCH = 50;

/** What acting needs of the operator. */
export interface ActingScreen {
  input: NativeInput;
  clipboard: ClipboardServer;
  /** Logical region of the virtual screen the operator sees and acts in. */
  region: { x: number; y: number; width: number; height: number };
  /** Physical pixels per logical pixel. */
  scaleFactor: number;
  /** Milliseconds to let the application repaint after an input. */
  settleMs: number;
  latest(): Observation | undefined;
  accessibility(): AccessibilityReader | undefined;
  observe(options: ObserveOptions): Promise<Observation>;
  /** Why a click at this physical point would land in Understudy's own window (refused), or undefined. */
  ownWindowAt?(point: { x: number; y: number }): Promise<string | undefined>;
}

export class DesktopActions {
  constructor(private readonly screen: ActingScreen) {}

  /**
   * Real input reaches what is on screen; an accessibility element outside
   * the observed region (scrolled out of view, behind the screen's edge) is
   * acted on through the accessibility interface instead. Undefined: use real input.
   */
  async actThroughAccessibility(action: Action): Promise<ActionResult | undefined> {
    const accessibility = this.screen.accessibility();
    const latest = this.screen.latest();
    if (!accessibility || !latest) return undefined;
    const target = 'target' in action ? action.target : undefined;
    if (!target || !('elementId' in target)) return undefined;
    const element = findElement(latest, target.elementId);
    if (!element || element.source !== 'a11y') return undefined;
    const centre = boxCentre(element.box);
    const { x, y, width, height } = this.screen.region;
    if (centre.x >= x && centre.y >= y && centre.x < x + width && centre.y < y + height) return undefined;
    let request: AccessibleActionRequest;
    switch (action.type) {
      case 'click':
      case 'double-click':
        request = { kind: 'activate' };
        break;
      case 'type':
        request = { kind: 'set-text', text: action.replace ? action.text : `${element.value ?? ''}${action.text}` };
        break;
      default:
        return actionFailure('out-of-bounds', `${element.role} "${element.text}" is off screen, and ${action.type} cannot be done through the accessibility interface`);
    }
    const done = await accessibility.act(element.id, request);
    if (!done.ok) return actionFailure('failed', `${element.role} "${element.text}" is off screen, and the accessibility interface failed: ${done.error}`);
    await sleep(this.screen.settleMs);
    return { ok: true, durationMs: 0, via: `accessibility: ${done.how}` };
  }

  /** Carry out the action; a returned value is an expected failure. */
  async perform(action: Action, signal?: AbortSignal): Promise<ActionResult | undefined> {
    switch (action.type) {
      case 'click':
      case 'double-click':
      case 'right-click': {
        if (action.type === 'double-click' && action.word) return actionFailure('unsupported', `the desktop operator cannot find the word ${JSON.stringify(action.word)} inside an element; it would double-click the element's centre`);
        const point = this.resolve(action.target);
        if ('ok' in point) return point;
        await this.screen.input.move(point.x, point.y);
        await this.screen.input.click(action.type === 'right-click' ? 'right' : 'left', action.type === 'double-click' ? 2 : 1);
        break;
      }
      case 'type': {
        if (action.target) {
          const point = this.resolve(action.target);
          if ('ok' in point) return point;
          await this.screen.input.move(point.x, point.y);
          await this.screen.input.click('left');
        }
        if (action.replace) {
          // Portable "clear this line": Control+A means "line start" in Tk and Emacs-style fields.
          await this.screen.input.chord('End');
          await this.screen.input.chord('Shift+Home');
          await this.screen.input.chord('Backspace');
        }
        if (action.text.length > 0) {
          if (typableByKeys(action.text)) {
            await this.screen.input.typeKeys(action.text);
          } else {
            await this.screen.clipboard.set(action.text);
            await this.screen.input.chord('Control+V');
          }
        }
        break;
      }
      case 'press':
        await this.screen.input.chord(action.keys);
        break;
      case 'scroll': {
        const point = action.target
          ? this.resolve(action.target)
          : { x: (this.screen.region.x + this.screen.region.width / 2) * this.screen.scaleFactor, y: (this.screen.region.y + this.screen.region.height / 2) * this.screen.scaleFactor };
        if ('ok' in point) return point;
        await this.screen.input.move(point.x, point.y);
        const notches = (delta: number) => (delta === 0 ? 0 : Math.sign(delta) * Math.max(1, Math.round(Math.abs(delta) / PIXELS_PER_NOTCH)));
        await this.screen.input.wheel(notches(action.deltaX), notches(action.deltaY));
        break;
      }
      case 'drag': {
        const from = this.resolve(action.from);
        if ('ok' in from) return from;
        const to = this.resolve(action.to);
        if ('ok' in to) return to;
        await this.screen.input.move(from.x, from.y);
        await this.screen.input.press();
        // Intermediate moves: toolkits start a drag only after the pointer moved a few pixels.
        for (const share of [0.1, 0.5, 0.9, 1]) {
          await this.screen.input.move(from.x + (to.x - from.x) * share, from.y + (to.y - from.y) * share);
        }
        await this.screen.input.release();
        break;
      }
      case 'hover': {
        const point = this.resolve(action.target);
        if ('ok' in point) return point;
        await this.screen.input.move(point.x, point.y);
        break;
      }
      case 'copy':
      case 'paste':
        return actionFailure('unsupported', `the desktop operator does not ${action.type} yet; click the field and press Control+${action.type === 'copy' ? 'C' : 'V'}`);
      case 'select':
        return this.selectOption(action.target, action.option, signal);
      case 'wait':
        await sleep(action.ms, signal);
        return undefined;
      case 'done':
        return undefined;
    }
    await sleep(this.screen.settleMs, signal);
    return undefined;
  }

  /**
   * Choose an option of a list or combo box that came from the accessibility
   * tree, with real input: click the option of a list; open a combo box,
   * find the option in its popup (the tree shows it once open) and click it.
   * OCR lists cannot be read as lists: click them open, then click the option.
   */
  private async selectOption(target: Target, option: string, signal?: AbortSignal): Promise<ActionResult | undefined> {
    const latest = this.screen.latest();
    const element = 'elementId' in target && latest ? findElement(latest, target.elementId) : undefined;
    if (!element || element.source !== 'a11y' || (element.role !== 'listbox' && element.role !== 'combobox')) {
      return actionFailure('unsupported', 'select works on lists and combo boxes from the accessibility tree; otherwise click the list, then click the option');
    }
    const wanted = option.trim().toLowerCase();
    const matches = (candidate: { text: string }) => candidate.text.trim().toLowerCase() === wanted;
    if (element.role === 'listbox') {
      const choice = latest!.elements.find((candidate) => candidate.parentId === element.id && matches(candidate));
      if (!choice) return actionFailure('failed', `the list "${element.text}" has no option "${option}"`);
      const point = await this.clickable({ elementId: choice.id });
      if ('ok' in point) return point;
      await this.screen.input.move(point.x, point.y);
      await this.screen.input.click('left');
      return undefined;
    }
    const opener = this.resolve({ elementId: element.id });
    if ('ok' in opener) return opener;
    await this.screen.input.move(opener.x, opener.y);
    await this.screen.input.click('left');
    // The popup appears after a repaint; poll the tree for it (generously: a loaded machine is slow).
    const until = Date.now() + 3_000;
    let seen: string[] = [];
    while (Date.now() < until) {
      await sleep(100, signal);
      const observation = await this.screen.observe({ ...(signal ? { signal } : {}) });
      const items = observation.elements.filter((candidate) => candidate.source === 'a11y' && ['menuitem', 'option'].includes(candidate.role) && !candidate.attributes?.offscreen);
      const choice = items.find(matches);
      if (choice) {
        const point = await this.clickable({ elementId: choice.id });
        if ('ok' in point) {
          await this.screen.input.chord('Escape');
          return point;
        }
        await this.screen.input.move(point.x, point.y);
        await this.screen.input.click('left');
        return undefined;
      }
      seen = items.map((item) => item.text);
    }
    await this.screen.input.chord('Escape');
    return actionFailure('failed', `the combo box "${element.text}" shows no option "${option}"${seen.length ? ` (it shows ${seen.slice(0, 12).join(', ')})` : ''}`);
  }

  /** A point this action finds on its own way (an option), resolved and checked like the action's target: never in Understudy's own window. */
  private async clickable(target: Target): Promise<{ x: number; y: number } | ActionResult> {
    const point = this.resolve(target);
    if ('ok' in point) return point;
    const own = await this.screen.ownWindowAt?.(point);
    return own ? actionFailure('out-of-bounds', own) : point;
  }

  /** A target → physical screen point, or the failure to report. */
  resolve(target: Target): { x: number; y: number } | ActionResult {
    let logical: { x: number; y: number };
    if ('elementId' in target) {
      const latest = this.screen.latest();
      const element = latest ? findElement(latest, target.elementId) : undefined;
      if (!element) {
        return actionFailure('stale-element', `element ${target.elementId} is not in the latest observation (#${latest?.sequence ?? 0})`);
      }
      logical = boxCentre(element.box);
    } else {
      logical = target;
    }
    const { x, y, width, height } = this.screen.region;
    if (logical.x < x || logical.y < y || logical.x >= x + width || logical.y >= y + height) {
      return actionFailure('out-of-bounds', `point (${logical.x}, ${logical.y}) is outside the screen region ${width}x${height}+${x}+${y}`);
    }
    return { x: logical.x * this.screen.scaleFactor, y: logical.y * this.screen.scaleFactor };
  }
}
