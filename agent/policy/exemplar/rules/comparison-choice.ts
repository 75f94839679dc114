/**
 * Rule: a task that chooses by comparison ("the tallest bar", "the folder
 * with the most unread messages", "the fewest") is done only by a plan that
 * compares on the page.
 *
 * A demonstration of such a task clicked whatever was the extreme on its own
 * page. Copying that click (the same label, place or position) on another
 * page picks whatever sits there, which is the extreme only by chance. The
 * plan can serve the task only when one of its steps is a comparison the
 * policy evaluates on the screen (an `extremePick`, see superlatives.ts);
 * otherwise the plan is refused with the words the task chose by.
 *
 * Pure functions over the task text and the plan; no task knowledge.
 */
import type { DemonstrationPlan } from '../planned-step.js';
import type { TaskValueProblem } from './task-values.js';
import { comparisonPhrases } from '../measures.js';

/** Words ending in "-est" that are no superlative ("the test", "the forest"). */
const NOT_SUPERLATIVE = new Set([
  'test', 'rest', 'nest', 'west', 'chest', 'guest', 'quest', 'request', 'interest', 'forest', 'harvest', 'contest',
  'protest', 'digest', 'manifest', 'conquest', 'priest', 'crest', 'vest', 'zest', 'pest', 'jest', 'arrest', 'inquest',
  'behest', 'bequest', 'everest', 'budapest', 'bucharest', 'honest', 'modest', 'suggest', 'invest', 'attest', 'detest',
  'ingest', 'infest', 'unrest', 'midwest', 'southwest', 'northwest', 'alkahest', 'palimpsest', 'celeste', 'orest',
]);

/** Words that make the next word a comparison: "the most unread", "the least mail". */
const DEGREE_WORDS = new Set(['most', 'least', 'fewest', 'max', 'min', 'maximum', 'minimum']);

/** Linking verbs: "the eldest is 65" states what the eldest is, it picks nothing. */
const LINKING_VERBS = new Set(['is', 'are', 'was', 'were']);

/** Two-word comparisons of the vocabulary ("best rated", "top rated"; measures.ts). */
const PHRASES = new Set(comparisonPhrases());

/**
 * The comparisons a task chooses by, as written ("tallest", "most unread"):
 * a superlative after "the" (or "the N"), a two-word comparison of the
 * vocabulary ("the best-rated"), or most / least / fewest with the word
 * after it. A superlative that is the subject of a linking verb ("the eldest
 * is 65", "the cheapest was £9") states a value and chooses nothing.
 */
export function comparisonsIn(task: string): string[] {
  const words = [...task.matchAll(/[\p{L}\p{N}]+/gu)].map((match) => match[0]);
  const found: string[] = [];
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!.toLowerCase();
    const before = words[index - 1]!.toLowerCase();
    const afterThe = before === 'the' || (index >= 2 && words[index - 2]!.toLowerCase() === 'the' && /^\d+$/.test(before));
    const phrase = `${word} ${words[index + 1]?.toLowerCase() ?? ''}`;
    if (afterThe && LINKING_VERBS.has(words[index + 1]?.toLowerCase() ?? '')) continue;
    if (afterThe && PHRASES.has(phrase)) {
      found.push(`${words[index]} ${words[index + 1]}`); // "the best-rated", "the top rated"
      index++;
    } else if (DEGREE_WORDS.has(word) && (afterThe || word === 'fewest')) {
      const next = words[index + 1];
      found.push(next && !/^(of|and|or|in|on)$/i.test(next) ? `${words[index]} ${next}` : words[index]!);
    } else if (afterThe && /^\p{L}{2,}est$/u.test(word) && !NOT_SUPERLATIVE.has(word)) {
      found.push(words[index]!);
    }
  }
  return [...new Set(found)];
}

/**
 * Why this plan cannot make the choice its task asks for, if it cannot: the
 * task chooses by comparison and no step of the plan compares on the page.
 */
export function comparisonProblem(plan: Pick<DemonstrationPlan, 'task' | 'steps'>): TaskValueProblem | undefined {
  const comparisons = comparisonsIn(plan.task);
  if (comparisons.length === 0) return undefined;
  if (plan.steps.some((planned) => planned.extremePick !== undefined)) return undefined;
  const named = comparisons.map((comparison) => JSON.stringify(`the ${comparison}`)).join(', ');
  return {
    text:
      `the task chooses by comparison (${named}), and the demonstration's steps only repeat the element it clicked; ` +
      `nothing in them compares what this page shows, so the same click would pick whatever sits there now`,
    blocking: true,
    help: 'a demonstration on a page where the compared values are shown as text next to each choice, or a model for the hybrid policy (--policy hybrid) to compare them',
  };
}
