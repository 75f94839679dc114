/**
 * OCR's guess where an application's accessibility tree was not read.
 *
 * When the desktop operator's read of a tree is cut short (the time budget on
 * a loaded machine) or fails, OCR reads the accessible windows too, and every
 * OCR element of that observation carries `unreadTreeOf`
 * (operators/desktop/unread-tree.ts): the application whose window it lies
 * in, or '' where that is not known. OCR only guesses from pixels — its
 * layout may call a radio button a check box, misread a word, or see a
 * caption where the control is something else. A person who cannot make out
 * what a control is does not press it on a guess; they look again.
 *
 * - A step demonstrated on a real element (read from a tree or the DOM) is
 *   never grounded on such a guess as if it were certain: ground-target.ts
 *   caps it below any threshold and says why (`treeGuessProblem`). The one
 *   exception is a demonstration that was itself OCR's reading of a window
 *   that publishes no tree (a Tk form), met again by a guess that lies in no
 *   known accessible window: the same reading as the one demonstrated — what
 *   every replay of an OCR-only window does — so it is no weaker evidence.
 * - A step the recorder stored as a point with OCR's guess beside it (the
 *   tree was not read when it was demonstrated) is grounded only where the
 *   guess is confirmed (`confirmTreeGuess`): exactly one element read from a
 *   tree now shows the guessed text (rewritten by the slot bindings) and is
 *   of the guessed kind of control (a toggle for OCR's "checkbox": OCR cannot
 *   tell a radio from a check box). The action then targets that element,
 *   never the point. No such element (the tree not read again, OCR's words
 *   not the application's), or two, is refused in words.
 *
 * Safe because it only ever refuses where the policy acted before, or acts
 * on an element read from the application's own tree whose text and kind
 * agree with the guess and which no other element shares.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step, TargetDescriptor } from '../../../core/trajectory.js';
import { UNREAD_TREE_ATTRIBUTE } from '../../../operators/desktop/unread-tree.js';
import { roleFamily } from '../role-families.js';
import { normalizeText, substitute, type Binding } from '../text-match.js';

/** The application whose tree OCR stood in for ('' when not known), when the element is such a guess; else undefined. */
export function treeGuessOf(element: { attributes?: Readonly<Record<string, string>> | undefined }): string | undefined {
  return element.attributes?.[UNREAD_TREE_ATTRIBUTE];
}

/** "signup-app.py's accessibility tree could not be read…; OCR's guess checkbox "Pro" is not certain". */
function guessWords(guess: { role: string; text: string; attributes?: Readonly<Record<string, string>> | undefined }, when: string): string {
  const application = treeGuessOf(guess);
  const whose = application ? `${application}'s` : "the window's";
  return `${whose} accessibility tree could not be read ${when}; OCR's guess ${guess.role} ${JSON.stringify(guess.text)} is not certain`;
}

/**
 * Why `element` must not be acted on as a demonstrated target: it is OCR's
 * guess where a tree was not read. Undefined when it is no guess, or when the
 * demonstration was itself OCR's reading of a window without a tree
 * (`demonstratedOnOcr`) and the guess lies in no known accessible window.
 */
export function treeGuessProblem(element: UIElement, demonstratedOnOcr = false): string | undefined {
  const application = treeGuessOf(element);
  if (application === undefined) return undefined;
  if (demonstratedOnOcr && application === '') return undefined;
  return guessWords(element, 'this time');
}

/** Was the demonstrated element OCR's own reading of a window that publishes no tree (no guess standing in for one)? */
export function readByOcrAlone(element: UIElement | undefined): boolean {
  return element?.source === 'ocr' && treeGuessOf(element) === undefined;
}

const inside = (point: { x: number; y: number }, box: { x: number; y: number; width: number; height: number }) =>
  point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;

/**
 * The guess the recorder kept beside a point (details.pointTargets), or the
 * guess its stored observation shows under the point (the smallest), when the
 * tree was not read as the point was demonstrated.
 */
export function treeGuessAt(step: Pick<Step, 'details' | 'observation'>, point: { x: number; y: number }): TargetDescriptor | undefined {
  const kept = Array.isArray(step.details?.['pointTargets']) ? (step.details['pointTargets'] as TargetDescriptor[]) : [];
  const beside = kept.find((descriptor) => treeGuessOf(descriptor) !== undefined && descriptor.box && inside(point, descriptor.box));
  if (beside) return beside;
  return step.observation.elements
    .filter((element) => treeGuessOf(element) !== undefined && inside(point, element.box))
    .sort((a, b) => a.box.width * a.box.height - b.box.width * b.box.height)[0];
}

export type GuessConfirmation = { ok: true; element: UIElement; reason: string } | { ok: false; reason: string };

/**
 * The one element read from a tree (or the DOM) now that confirms OCR's
 * demonstrated guess: it shows the guessed text, rewritten by the bindings,
 * as its text or label, and is of the guessed kind of control (any kind when
 * OCR read plain text). None, or several, is a refusal in words.
 */
export function confirmTreeGuess(guess: TargetDescriptor, bindings: readonly Binding[], elements: readonly UIElement[]): GuessConfirmation {
  const text = substitute(guess.text, bindings).text;
  const wanted = normalizeText(text);
  const family = roleFamily(guess.role);
  const unsure = guessWords(guess, 'when this step was demonstrated');
  if (wanted === '') return { ok: false, reason: `${unsure}, and it read no words there to confirm it by` };
  const confirming = elements.filter(
    (element) =>
      element.source !== 'ocr' &&
      treeGuessOf(element) === undefined &&
      !element.states.hidden &&
      (family === undefined || roleFamily(element.role) === family) &&
      (normalizeText(element.text) === wanted || normalizeText(element.label) === wanted),
  );
  const kind = family ? `${family} control` : 'element';
  if (confirming.length === 0) {
    return { ok: false, reason: `${unsure}, and no ${kind} read from an accessibility tree here shows ${JSON.stringify(text)} to confirm it` };
  }
  if (confirming.length > 1) {
    const named = confirming.map((element) => `[${element.id}] ${element.role} ${JSON.stringify(element.text || element.label || '')}`).join(', ');
    return { ok: false, reason: `${unsure}, and ${confirming.length} elements read from an accessibility tree here show ${JSON.stringify(text)} (${named}): which one it was is a guess` };
  }
  const element = confirming[0]!;
  return {
    ok: true,
    element,
    reason: `OCR's guess ${guess.role} ${JSON.stringify(guess.text)} (the tree was not read when this step was demonstrated) is confirmed by the accessibility tree: [${element.id}] ${element.role} ${JSON.stringify(element.text || element.label || '')}`,
  };
}
