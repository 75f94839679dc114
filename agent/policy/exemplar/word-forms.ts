/**
 * Forms of one English word, in one place: a noun and its plural ("post" /
 * "posts", "box" / "boxes", "berry" / "berries") and a word with a short
 * ending more ("italic" / "italics", "bold" / "bolded"), a word's stem as a
 * header carries it ("Reviews" / "reviewed"). Pure functions over
 * lower- or mixed-case words; no task knowledge.
 */

/** Plurals not made with an ending: "children" of "child", "people" of "person". */
const IRREGULAR_PLURALS: Readonly<Record<string, string>> = { child: 'children', person: 'people', man: 'men', woman: 'women' };

/** Is `other` the plural of `one`: "posts" of "post", "boxes" of "box", "berries" of "berry", "children" of "child". */
export function isPluralOf(one: string, other: string): boolean {
  const [singular, plural] = [one.toLowerCase(), other.toLowerCase()];
  if (singular.length === 0) return false;
  if (IRREGULAR_PLURALS[singular] === plural) return true;
  return plural === `${singular}s` || plural === `${singular}es` || (/[^aeiou]y$/.test(singular) && plural === `${singular.slice(0, -1)}ies`);
}

/** One noun, for one or for several: equal, or either the plural of the other. */
export function sameNoun(a: string, b: string): boolean {
  const [left, right] = [a.toLowerCase(), b.toLowerCase()];
  return left === right || isPluralOf(left, right) || isPluralOf(right, left);
}

/** The same word, or one a short ending longer (plural, past participle): "italics" and "italic". Looser than `sameNoun`. */
export function sameStem(a: string, b: string): boolean {
  const [short, long] = [a.toLowerCase(), b.toLowerCase()].sort((x, y) => x.length - y.length) as [string, string];
  return short.length >= 3 && long.startsWith(short) && long.length - short.length <= 2;
}

/** A word's stem for matching a header: "Reviews" / "reviewed", "Rating" / "rated". */
export function stem(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > 4 ? lower.replace(/(?:ings?|ed|es|s|e)$/, '') : lower;
}
