/**
 * Rule: a word selected inside a text element (a double-click with `word`,
 * recorded by main/recorder/browser/word-selection.ts). The demonstration
 * selected one word of an editor's text, to style or replace it; a new
 * instance selects the word its own task names, or — when the demonstration's
 * task did not name the word — the word at the same place in the text as it
 * reads now. Never the demonstration's word when the task names another, and
 * never the element's centre (the operator finds the word in the page).
 *
 * Planning half: the word is one of the step's strings (planned-step.ts's
 * `stepStrings`), so the task's word is a slot this step uses.
 * Grounding half (`wordToSelect`): the word for this instance, checked
 * against the text the grounded element shows; refused when it is not there.
 */
import type { UIElement } from '../../../core/observation.js';
import { containsWhole, substitute, type Binding } from '../text-match.js';

/** Observations shorten long texts to about this many characters: a word past it may be cut off. */
const SHORTENED_AT = 95;

export type WordToSelect = { ok: true; word: string; reason: string; score: number } | { ok: false; reason: string };

export function wordToSelect(word: string, details: Record<string, unknown> | undefined, bindings: readonly Binding[], element: UIElement | undefined): WordToSelect {
  const shown = element ? [element.value ?? '', element.text].filter((text) => text.trim() !== '') : [];
  const shortened = shown.some((text) => text.length >= SHORTENED_AT || text.endsWith('…'));
  const substituted = substitute(word, bindings);
  const place = typeof details?.['wordPlace'] === 'number' ? (details['wordPlace'] as number) : undefined;
  let chosen = substituted.text;
  let reason = substituted.changed ? `selects the word ${JSON.stringify(chosen)} the task names (the demonstration's ${JSON.stringify(word)})` : `selects the word ${JSON.stringify(chosen)}`;
  if (!substituted.changed && place !== undefined && details?.['wordFromTask'] === undefined) {
    // The task did not name the word: the word at its place in the text as it reads now.
    const words = (shown[0] ?? '').split(/\s+/).filter((part) => part !== '');
    const at = words[place];
    if (at === undefined || (shortened && place >= words.length - 1)) return { ok: false, reason: `the demonstration selected word ${place + 1} of the text, and the text here ${at === undefined ? `has ${words.length} words` : 'is cut short there'}` };
    chosen = at;
    reason = `selects word ${place + 1} of the text, ${JSON.stringify(chosen)}, as the demonstration selected ${JSON.stringify(word)}`;
  }
  if (shown.length > 0 && !shown.some((text) => containsWhole(text, chosen))) {
    // A shortened text may hold the word past its cut: the operator looks in the page itself, and fails if absent.
    if (shortened) return { ok: true, word: chosen, reason: `${reason}; not in the text observed, which is cut short`, score: 0.6 };
    return { ok: false, reason: `the word ${JSON.stringify(chosen)} to select is not in the text of the ${element?.role ?? 'element'}` };
  }
  return { ok: true, word: chosen, reason, score: 1 };
}
