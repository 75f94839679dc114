/**
 * Rule: a value ends where a clause begins.
 *
 *   demo: Change my password from Otter-tango34 to Quartzkite42.
 *   new:  Change my password from Maplekite28 to Otter_pepper77 but keep me signed in on my other devices.
 *
 * The word alignment leaves one gap after "to", and without this rule its new
 * side runs to the sentence's end: the slot would bind "Otter_pepper77 but
 * keep me signed in on my other devices" and the plan would type all of it.
 * A joining word that opens a clause of its own ("but", "so", "because" …)
 * ends the value: the gap keeps what comes before it, and the rest is wording
 * one text has alone — it lowers the fit and, as a clause of its own, asks
 * for something the demonstration never did (task-clauses.ts).
 *
 *   demo: PW change - old: Kite_quartz48 new: Kite_tango13 / log out other devices
 *   new:  PW change - old: Quartz_cinder33 new: Tango.lumen15
 *
 * A slash standing apart between spaces (" / ") parts a terse note as a
 * clause joiner parts a sentence: "Kite_tango13" is the value, "log out other
 * devices" a request of its own. A slash inside a word ("she/her", "3/7")
 * is that word's.
 *
 * Only where the other side of the gap has no such word (both texts saying
 * "… but …" in the gap differ inside one value, as before). Pure, no task knowledge.
 */
import type { Segment } from '../list-gaps.js';
import type { TaskToken } from '../task-tokens.js';

/** Words that join a clause of its own to what came before; never part of a value. */
export const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['but', 'so', 'yet', 'because', 'though', 'although', 'unless', 'while', 'whereas']);

/** A slash with space on both sides (" / "), parting a terse note's requests. */
const spacedSlash = (tokens: readonly TaskToken[], index: number): boolean => {
  const token = tokens[index]!;
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return token.kind === 'punctuation' && token.text === '/' && before !== undefined && before.end < token.start && after !== undefined && after.start > token.end;
};

const joinerAt = (tokens: readonly TaskToken[]): number =>
  tokens.findIndex(
    (token, index) =>
      index > 0 && ((token.kind === 'word' && CLAUSE_JOINERS.has(token.norm)) || spacedSlash(tokens, index)) && tokens.slice(index + 1).some((after) => after.kind === 'word'),
  );

/** The gap with each side cut at a clause joiner the other side lacks, and what was cut off as one-sided gaps after it. */
export function cutAtClauseJoiners(segments: readonly Segment[]): Segment[] {
  return segments.flatMap((segment) => {
    if (segment.anchor || segment.old.length === 0 || segment.new.length === 0) return [segment];
    const oldAt = joinerAt(segment.old);
    const newAt = joinerAt(segment.new);
    if ((oldAt < 0) === (newAt < 0)) return [segment];
    const side = oldAt >= 0 ? 'old' : 'new';
    const at = Math.max(oldAt, newAt);
    const head: Segment = { ...segment, [side]: segment[side].slice(0, at) };
    const tail: Segment = { anchor: false, old: side === 'old' ? segment.old.slice(at) : [], new: side === 'new' ? segment.new.slice(at) : [] };
    return [head, tail];
  });
}
