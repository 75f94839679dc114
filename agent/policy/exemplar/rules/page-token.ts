/**
 * Rule: a word of a typed text that names a thing on the page the task
 * describes, not names.
 *
 * "Delete the .gif file using the terminal" was demonstrated as `ls`, then
 * `rm data.gif`: "data.gif" is in no task — the demonstration read it off its
 * screen, the one name there holding the task's ".gif". On a new instance the
 * file is another ("photo.gif"); typing the demonstration's word would act on
 * a file that is not there. The word is the step's page token: the task's
 * piece it holds, and the word it was.
 *
 * Planning half (`markPageTokens`): a typed step (not already read off the
 * page whole or rewritten by a rule) with one word that is not in the
 * demonstration's task, shows whole on the screen it was typed on, and holds
 * a word of the task of three or more characters — where no other word on
 * that screen holds it (else what chose it is not told by the task).
 * Grounding half (`pageTokenFor`): the one word on the screen now that holds
 * the piece (rewritten by the slots, when the task changed it) is typed in
 * its place; none or several is refused, naming them.
 *
 * Pure functions, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { PlannedStep } from '../planned-step.js';
import { normalizeText, substitute, type Binding } from '../text-match.js';
import { escapeRegExp } from '../../../core/reg-exp.js';

/** A typed text's word read off the page: the task's piece that tells it. */
export interface PageToken {
  /** The word the demonstration typed ("data.gif"). */
  old: string;
  /** The task's piece it holds (".gif"). */
  piece: string;
}

/** Words of a text as the page or the typing shows them (white space apart, end punctuation of prose dropped). */
function wordsOf(text: string): string[] {
  return text.split(/\s+/).map((word) => word.replace(/[,;:!?)("'“”]+$|^[("'“”]+/g, '')).filter((word) => word !== '');
}

/** The task's pieces a page word may hold: its words of three or more characters, lower-cased, a sentence's end stop dropped. */
function piecesOf(task: string): string[] {
  return [...new Set(wordsOf(task).map((word) => word.replace(/\.$/, '').toLowerCase()).filter((word) => word.replace(/[^\p{L}\p{N}]/gu, '').length >= 3))];
}

/** The distinct words on the screen that hold `piece`, other than the piece itself. */
function holders(elements: readonly UIElement[], piece: string, exceptId?: number): string[] {
  const found = new Set<string>();
  for (const element of elements) {
    if (element.states.hidden || element.id === exceptId) continue;
    for (const word of wordsOf(element.text)) {
      const lower = word.toLowerCase();
      if (lower !== piece && lower.includes(piece)) found.add(word);
    }
  }
  return [...found];
}

export function markPageTokens(steps: PlannedStep[], context: { demoTask: string; notes: string[] }): void {
  const { demoTask, notes } = context;
  const taskText = normalizeText(demoTask);
  const pieces = piecesOf(demoTask);
  for (const planned of steps) {
    const action = planned.step.action;
    if (action.type !== 'type' || planned.copyFrom || planned.derived || planned.typeText !== undefined || planned.lookup) continue;
    if (substitute(action.text, planned.bindings).changed) continue;
    const typedInto = action.target && 'elementId' in action.target ? action.target.elementId : undefined;
    const tokens = wordsOf(action.text).flatMap((word) => {
      if (taskText.includes(normalizeText(word))) return [];
      const lower = word.toLowerCase();
      const piece = pieces.filter((candidate) => candidate !== lower && lower.includes(candidate)).sort((a, b) => b.length - a.length)[0];
      if (!piece) return [];
      const shown = holders(planned.step.observation.elements, piece, typedInto);
      return shown.length === 1 && shown[0] === word ? [{ old: word, piece }] : [];
    });
    if (tokens.length !== 1) continue;
    planned.pageToken = tokens[0]!;
    notes.push(`demonstrated step ${planned.sourceIndex + 1} typed ${JSON.stringify(tokens[0]!.old)}, the one word on its screen holding the task's ${JSON.stringify(tokens[0]!.piece)}: types the one such word the screen shows then`);
  }
}

/** The typed text with the page token's word as the screen shows it now, or why it cannot be told. */
export function pageTokenFor(
  token: PageToken,
  text: string,
  bindings: readonly Binding[],
  elements: readonly UIElement[],
  typedInto?: number,
): { ok: true; text: string; reason: string } | { ok: false; reason: string } {
  const piece = substitute(token.piece, bindings).text.toLowerCase();
  const shown = holders(elements, piece, typedInto);
  if (shown.length !== 1) {
    return {
      ok: false,
      reason: `the demonstration typed ${JSON.stringify(token.old)}, the one word on its screen holding ${JSON.stringify(piece)}; this screen shows ${shown.length === 0 ? 'none' : `${shown.length} (${shown.slice(0, 4).map((word) => JSON.stringify(word)).join(', ')})`}`,
    };
  }
  const escaped = escapeRegExp(token.old);
  const rewritten = text.replace(new RegExp(`(?<!\\S)${escaped}(?!\\S)`), shown[0]!);
  return { ok: true, text: rewritten, reason: `types ${JSON.stringify(shown[0])}, the one word on the screen holding ${JSON.stringify(piece)}, where the demonstration typed ${JSON.stringify(token.old)}` };
}
