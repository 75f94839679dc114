/**
 * The retrieval key: what a trajectory is found by. As in Synapse, it is
 * the task text plus a compact summary of the state the task started in
 * (for a stored trajectory, its first step's abstracted observation). Both
 * the stored side and the query side go through the same functions here, so
 * they match like for like.
 */
import type { Trajectory } from '../agent/core/trajectory.js';

/** Longest state summary kept in a key, characters. Enough to tell pages apart, short enough not to drown the task. */
export const STATE_SUMMARY_MAX_CHARS = 400;

/**
 * Relative weight of the state against the task (1) in vectors and bm25.
 * Below 1 so that on one page different tasks are still told apart by their
 * text; measured on the suite benchmark (paraphrased tasks, 5k distractors),
 * 0.35 left 13 of 220 same-task misses in the top 3, 0.6 left 2.
 */
export const STATE_WEIGHT = 0.6;

/** Whitespace collapsed and cut at a word boundary near the limit. */
export function summarizeState(text: string | undefined, maxChars = STATE_SUMMARY_MAX_CHARS): string {
  if (!text) return '';
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= maxChars) return collapsed;
  const cut = collapsed.slice(0, maxChars);
  const lastSpace = cut.lastIndexOf(' ');
  return lastSpace > maxChars * 0.6 ? cut.slice(0, lastSpace) : cut;
}

/** The state summary a stored trajectory is keyed by. */
export function trajectoryState(trajectory: Trajectory): string {
  return summarizeState(trajectory.steps[0]?.observation.text);
}

/** Most query terms sent to FTS5; beyond this a query costs more than it adds. */
const MAX_QUERY_TERMS = 24;

/** Words that occur in nearly every task and so only slow a full-text query down. */
const QUERY_STOPWORDS = new Set(
  'a an the and or of to in on at for from by with into onto as is are be it its this that these those then than there here you your please all any each'.split(
    ' ',
  ),
);

/**
 * The words a full-text query looks for: the task's words, then a few of the
 * state's, lower-cased (as the FTS5 unicode61 tokenizer stores them), with
 * function words dropped. The task's words come first because they say more
 * about which task it is.
 */
export function fullTextTerms(task: string, state = ''): string[] {
  const words = (text: string) =>
    [...text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)]
      .map((match) => match[0])
      .filter((word) => !QUERY_STOPWORDS.has(word));
  const taskWords = [...new Set(words(task))].slice(0, MAX_QUERY_TERMS);
  // Bare numbers in a state are mostly element ids ("[12] button"), not content.
  const stateWords = [...new Set(words(state))].filter((word) => !taskWords.includes(word) && !/^\d+$/.test(word));
  return [...taskWords, ...stateWords.slice(0, Math.max(0, Math.floor((MAX_QUERY_TERMS - taskWords.length) / 2)))];
}

/**
 * An FTS5 MATCH expression for rows holding any of the terms (bm25 then
 * ranks by how many and how rare). Every term is quoted, so text can never
 * be read as FTS5 syntax. Undefined when there is no term.
 */
export function matchExpression(terms: readonly string[]): string | undefined {
  if (terms.length === 0) return undefined;
  return terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' OR ');
}
