/**
 * What a scripted demonstrator (a "person" of the test suite) may use: the
 * utterance, observations and actions — never the page itself — plus, when
 * the demonstration is captured by the recorder, raw input at viewport points
 * (moves, clicks, the wheel, key chords, typing), as a person's hand would
 * give it. Demonstrators written against `observe`/`act` alone keep working.
 */
import type { Action } from '../../agent/core/action.js';
import type { Observation } from '../../agent/core/observation.js';
import type { ActionResult } from '../../agent/core/operator.js';

/** Real input at viewport points (CSS px of the task page), through Playwright's mouse and keyboard. */
export interface DemonstratorInput {
  /** Move the pointer there, in `steps` intermediate moves (default 1). */
  move(x: number, y: number, steps?: number): Promise<void>;
  click(x: number, y: number, options?: { button?: 'left' | 'right' | 'middle'; clickCount?: number }): Promise<void>;
  /** Move over (x, y), then turn the wheel by (deltaX, deltaY) CSS px. */
  wheel(x: number, y: number, deltaX: number, deltaY: number): Promise<void>;
  /** A key or chord in Playwright names ("Enter", "Control+a"). */
  press(keys: string): Promise<void>;
  /** Type text key by key into whatever has the focus. */
  type(text: string): Promise<void>;
}

export interface DemonstratorContext {
  /** The task's instruction, as `core.getUtterance()` returned it. */
  utterance: string;
  /** A fresh observation of the page. */
  observe(): Promise<Observation>;
  /** Execute an action against the latest observation (with real input on a recorded page). */
  act(action: Action): Promise<ActionResult>;
  /** Raw input; present when the demonstration is captured by the recorder. */
  input?: DemonstratorInput;
}

export type Demonstrator = (context: DemonstratorContext) => Promise<void>;
