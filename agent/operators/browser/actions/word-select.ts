/**
 * A double-click on a word inside an element (`word` of a double-click): a
 * person selecting that word to style or replace it. The word is found where
 * it is now (page-script/locate-word.ts) and double-clicked there with the
 * real mouse, never at the element's centre, which holds some other word;
 * then the page's selection must be that word, or the action fails.
 */
import type { Action } from '../../../core/action.js';
import { actionFailure, type ActionResult } from '../../../core/operator.js';
import { locateWord, selectedText } from '../page-script/locate-word.js';
import { runInPage } from '../page-script/run-in-page.js';
import type { ActingContext } from './acting-context.js';

type DoubleClick = Extract<Action, { type: 'double-click' }>;

export async function doubleClickWord(context: ActingContext, action: DoubleClick & { word: string }): Promise<ActionResult | undefined> {
  if (!('elementId' in action.target)) return actionFailure('failed', `the word ${JSON.stringify(action.word)} is searched inside an element, and the target is a point`);
  // Brings the element into view and checks it is still the observed one.
  const element = await context.pointOf(action.target, true);
  if ('ok' in element) return element;
  const found = await runInPage(context.page, locateWord, { id: action.target.elementId, sequence: context.sequence, word: action.word });
  if (!found.ok) return actionFailure('failed', found.detail);
  const missed = await context.pressOn(action.target, () => context.page.mouse.dblclick(found.x, found.y));
  if (missed) return missed;
  const selected = await runInPage(context.page, selectedText, undefined);
  if (selected.toLowerCase() !== action.word.toLowerCase()) {
    return actionFailure('failed', `double-clicked the word ${JSON.stringify(action.word)}, but the page selected ${JSON.stringify(selected)}`);
  }
  return undefined;
}
