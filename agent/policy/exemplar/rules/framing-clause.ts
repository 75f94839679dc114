/**
 * A clause that only names the task as a whole: "Could you fill in the hotel
 * survey? Cleanliness: Good, Staff: Great." — the question asks for the form
 * to be filled, and the clauses after it say with what. It asks for nothing
 * beyond them, so a task without it ("Rate Breakfast as Fair …") leaves no
 * action of the demonstration out (rules/task-clauses.ts), and a task with it
 * asks no step of its own.
 *
 * The clause qualifies when, its courtesy words ("could you", "please") and
 * determiners aside, it is a verb of filling or completing a whole ("fill in",
 * "fill out", "complete", "finish", "do") and an object of at most three words
 * ending in a noun that names a form as a whole ("survey", "form",
 * "questionnaire") — and names no value (no quote, name, number).
 *
 * A clause may also only say where on the page the task is done: "In the
 * editor, make cobalt bold" — "in the editor" asks for no action, the clause
 * after it does. `placesTask`: a clause without a verb that is a preposition
 * of place ("in", "on", "inside", "within"), determiners, and a noun naming
 * the whole surface worked in ("editor", "page", "form", "window") with no
 * word before it ("the other window" names one of several), naming no value.
 * It frames the task only while
 * the other task names no place of its own ("In the sidebar, …"): then
 * the two name places that may differ.
 *
 * Pure; no task knowledge.
 */
import { wordsOf } from '../intent-words.js';
import type { TaskClause } from '../task-clauses.js';
import { COURTESY } from './restated-request.js';
import { valueSpans } from '../value-spans.js';
import { POSSESSIVES } from '../task-tokens.js';

/** Verbs that ask for a whole form to be filled, longest first. */
const WHOLE_VERBS: readonly (readonly string[])[] = [['fill', 'in'], ['fill', 'out'], ['complete'], ['finish'], ['do'], ['fill']];
/** Nouns that name a form as a whole. */
export const FORM_NOUNS: ReadonlySet<string> = new Set(['form', 'survey', 'questionnaire', 'checklist', 'poll', 'quiz', 'application', 'feedback']);
/** Determiners and possessives before the object. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', ...POSSESSIVES]);

/** Does the clause only ask for a form to be filled as a whole ("could you fill in the hotel survey")? */
export function framesWholeTask(clause: Pick<TaskClause, 'text'>): boolean {
  if (valueSpans(clause.text).length > 0) return false;
  let words = wordsOf(clause.text);
  while (words.length > 0 && COURTESY.has(words[0]!)) words = words.slice(1);
  const verb = WHOLE_VERBS.find((parts) => parts.every((part, offset) => words[offset] === part));
  if (!verb) return false;
  const object = words.slice(verb.length).filter((word) => !DETERMINERS.has(word) && !COURTESY.has(word));
  return object.length >= 1 && object.length <= 3 && FORM_NOUNS.has(object[object.length - 1]!);
}

/** Prepositions that say where ("in the editor", "on this page"). */
const PLACE_PREPOSITIONS = new Set(['in', 'on', 'inside', 'within']);
/** Nouns naming the whole surface a task is done on, not one place of it. */
export const SURFACE_NOUNS: ReadonlySet<string> = new Set(['editor', 'page', 'form', 'window', 'dialog', 'document', 'app', 'screen', 'site', 'website']);

/** Is the clause a verbless place phrase ("In the editor") naming no value? */
export function namesPlaceOnly(clause: Pick<TaskClause, 'text' | 'verbKey'>): boolean {
  if (clause.verbKey !== undefined || valueSpans(clause.text).length > 0) return false;
  const words = wordsOf(clause.text);
  if (words.length < 2 || !PLACE_PREPOSITIONS.has(words[0]!)) return false;
  // A determiner, then the surface noun alone: "in the other window", "in the popup window" name one of several.
  const object = words.slice(1).filter((word) => !DETERMINERS.has(word));
  return object.length === 1 && SURFACE_NOUNS.has(object[0]!);
}

/** Does the demonstration's clause only say where the task is done, the new task naming no place of its own? */
export function placesTask(clause: Pick<TaskClause, 'text' | 'verbKey'>, otherClauses: readonly Pick<TaskClause, 'text' | 'verbKey'>[]): boolean {
  return namesPlaceOnly(clause) && !otherClauses.some(namesPlaceOnly);
}
