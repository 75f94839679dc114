/**
 * The guards of the form reading (rules/form-fill.ts): a value of the right kind that is not the form's. A person filling a form from a note stops when a name stands where it names someone else ("From
 * Sam:", "… for Sam"), a count is in another measure than the field's ("aged 7 weeks", "7 years with us"), a choice
 * is said of someone else ("Her brother is male"), a number is said to be someone else's or another kind ("Her vet's
 * phone:", "Owner's fax:"), a value is in doubt ("male?"), a phrase says what no field takes ("(old number)"), the
 * text speaks of a relative beside the subject. Whether it asks at all ("… is already registered") is its mood
 * (task-mood.ts onlyStates).
 *
 * Why it is safe: each guard only refuses; what passes them is what form-fill.ts reads. Pure functions over the two
 * task texts and the page, no task knowledge: the few word lists are named for their meaning.
 */
import type { UIElement } from '../../../core/observation.js';
import { isActionVerb, PHRASE_VERBS, wordsOf } from '../intent-words.js';
import { sameNoun, sameStem } from '../word-forms.js';
import { COMMON_WORDS, FUNCTION_WORDS } from '../task-tokens.js';

/** A control's caption: its label, else its text. */
export const caption = (element: Pick<UIElement, 'label' | 'text'>) => (element.label || element.text || '').trim();

/** Is the word shown by the page as (a word of) a short caption: a button, a label, an option? */
export function pageShows(word: string, page: readonly UIElement[]): boolean {
  const texts = page.flatMap((element) => [element.text, element.label ?? '', ...(element.options ?? [])]).filter((text) => wordsOf(text).length <= 4);
  // A possessive caption shows its noun: "Pet's name" shows "pet".
  return texts.some((text) => wordsOf(text).some((shown) => shown === word.toLowerCase() || shown.replace(/['’]s$/u, '') === word.toLowerCase()));
}

export type Place = { start: number; end: number };

/** `text` with the places blanked, offsets kept: the other values and the choices' captions are no cue of a value. */
export function blanked(text: string, places: readonly Place[]): string {
  let result = text;
  for (const place of places) result = result.slice(0, place.start) + ' '.repeat(place.end - place.start) + result.slice(place.end);
  return result;
}

/** The phrase a value stands in: the text between the stops around it (a comma, a stop, a bracket, a " - "). */
export function phraseAround(text: string, value: Place): { before: string; after: string } {
  const bounds = /[,;|.!?()"“”]|\s[-–—]\s/gu;
  const stops = [...text.matchAll(bounds)].map((match) => match.index ?? 0);
  const from = Math.max(0, ...stops.filter((at) => at < value.start).map((at) => at + 1));
  const to = Math.min(text.length, ...stops.filter((at) => at >= value.end));
  return { before: text.slice(from, value.start), after: text.slice(value.end, to) };
}

/** The words beside a value within its phrase, two either side, every word: "a", "year-old" of "a 6-year-old male". */
export function nearWords(text: string, value: Place): string[] {
  const { before, after } = phraseAround(text, value);
  const words = (part: string) => wordsOf(part).filter((word) => !/^\p{N}+$/u.test(word));
  return [...words(before).slice(-2), ...words(after).slice(0, 2)];
}

/** The content words beside a value within its phrase, two either side: "year", "old" of "a 6-year-old male"; "kg" of "weighing 3 kg". */
export function cueWords(text: string, value: Place): string[] {
  const { before, after } = phraseAround(text, value);
  const content = (part: string) => wordsOf(part).filter((word) => !COMMON_WORDS.has(word) && !/^\p{N}+$/u.test(word));
  return [...content(before).slice(-2), ...content(after).slice(0, 2)];
}

/** One word standing for another: the same stem, or an abbreviation of it, its letters in order from the first ("yrs" / "years"). */
export function standsFor(word: string, other: string): boolean {
  if (word === other || sameStem(word, other)) return true;
  const [short, long] = word.length < other.length ? [word, other] : [other, word];
  if (short.length < 2 || short[0] !== long[0]) return false;
  let at = 0;
  for (const letter of long) if (letter === short[at]) at++;
  return at === short.length;
}

/** Words that say nothing of what a count counts: articles, possessives, pronouns, "is" ("she is 12", "our 7-year-old"). */
const COUNT_NEUTRAL: ReadonlySet<string> = new Set(['a', 'an', 'the', 'our', 'my', 'your', 'his', 'her', 'its', 'their', 'he', 'she', 'it', 'they', 'is', 'are', 'was']);

/**
 * Does a count of the new task go into the field a count of the demonstration went into? Every word beside it in its
 * phrase (two either side) is an article, a possessive or "is" ("She is 12"), or a word of the field's label or beside
 * the demonstration's count, a function word too ("7 yrs", "age 4" for "a 6-year-old" into "Age (years)"; "for room
 * 14" for "for room 12"). A unit of its own ("aged 7
 * weeks", "12 months old", "weighing 3 kg") or a word saying what the number is of ("3 toys", "7 years with us", "for
 * 7 years") is another measure than the field's: a person would not type it there.
 */
export function countFits(newTask: string, value: Place, demoTask: string, old: Place, label: string, masked: { old: Place[]; new: Place[] }): boolean {
  // Every word beside the demonstration's count, the function words too: "for room 12" → "for room 14", "4 guests at 7 pm" → "6 guests at 8 pm".
  const known = [...wordsOf(label), ...nearWords(blanked(demoTask, masked.old), old)];
  return nearWords(blanked(newTask, masked.new), value).every((word) => COUNT_NEUTRAL.has(word) || known.some((other) => standsFor(word, other)));
}

/** Words a person writes before a phone number for any phone field: "tel:", "mobile", "call", "my number is". */
const PHONE_WORDS: ReadonlySet<string> = new Set(['phone', 'telephone', 'tel', 'mobile', 'cell', 'number', 'call', 'ring', 'text', 'contact', 'reach']);

/**
 * A word right before a long number (two words, in its phrase) that says it is some other number: "Owner's fax:
 * 0792…", "Order ref 0792…". Known are the words of the demonstration's task, those the page shows, the common words
 * and PHONE_WORDS. Returns the first other word, else undefined.
 */
export function otherNumber(demoTask: string, newTask: string, value: Place, masked: readonly Place[], page: readonly UIElement[]): string | undefined {
  const demoWords = wordsOf(demoTask).map((word) => word.replace(/['’]s$/u, ''));
  const { before } = phraseAround(blanked(newTask, masked), value);
  return wordsOf(before).slice(-2).map((word) => word.replace(/['’]s$/u, '')).find((word) => !COMMON_WORDS.has(word) && !PHONE_WORDS.has(word) && !demoWords.includes(word) && !pageShows(word, page));
}

/**
 * A possessive right before a value in its phrase that is no word of the field's label: "Her vet's phone: 0792…" or
 * "Sam's phone: 0792…" for the field "Owner's phone" may be someone else's number; "Owner's phone: 0792…" is the
 * field's own. Returns that word, else undefined.
 */
export function whoseElse(text: string, value: Place, label: string, masked: readonly Place[]): string | undefined {
  const { before } = phraseAround(blanked(text, masked), value);
  const labelWords = wordsOf(label).map((word) => word.replace(/['’]s$/u, ''));
  return wordsOf(before).slice(-2).find((word) => /['’]s$/u.test(word) && !labelWords.some((other) => sameStem(other, word.replace(/['’]s$/u, ''))));
}

/** Words that give a thing its name right before it: "a parrot called Pepper", "named Otis". */
const NAMING_WORDS: ReadonlySet<string> = new Set(['called', 'named', 'name']);

/** Does a stop, a bracket, a "|" or the end follow at `at` (whitespace aside): the phrase ends there. */
const phraseEndsAt = (text: string, at: number) => /^\s*(?:[,.;:!?()|"”]|[-–—]\s|$)/u.test(text.slice(at));

/**
 * Does the name stand where it names the thing the form is about, not someone beside it? A person reads it so when
 * it is the object of the request's verb and its phrase ends ("Register Pepper, …", "add Bruno,"), follows a word of
 * the field's label or a naming word ("name: Otis", "called Pepper"), follows the kind the task chose or a word of the
 * page's heading ("our tortoise Waffles", "new patient Nala"), is said to be that kind ("Pepper, a 7-year-old female
 * parrot", "Pickle is our new guinea pig"), or is a segment of a terse note by itself ("Pepper | parrot | …"). Any
 * other place — a note's sender ("From Sam:", "Sam called:"), whom the thing is for ("… for Sam"), the one asked ("Ask
 * Sam to …") — leaves its role unclear: refuse. Unless the demonstration's task put the name it typed into this field
 * after the same two words ("Send the form as Lena …" for "Send the form as Gustav …"): the person showed what that
 * place means.
 */
export function namesTheSubject(text: string, value: Place, label: string, chosen: readonly Place[], page: readonly UIElement[], demonstrated?: { text: string; value: Place }): boolean {
  const before = text.slice(0, value.start);
  const previous = /([\p{L}\p{N}'’-]+)[\s:]*$/u.exec(before);
  const word = previous?.[1]?.toLowerCase() ?? '';
  const lastTwo = (words: readonly string[]) => (words.length >= 2 ? words.slice(-2).join(' ') : undefined);
  if (demonstrated && lastTwo(wordsOf(before)) !== undefined && lastTwo(wordsOf(before)) === lastTwo(wordsOf(demonstrated.text.slice(0, demonstrated.value.start)))) return true;
  const twoWords = wordsOf(before).slice(-2).join(' ');
  const joinedBefore = previous !== null && /^\s+$/u.test(before.slice(previous.index + previous[1]!.length));
  if (previous && (NAMING_WORDS.has(word) || wordsOf(label).some((other) => !FUNCTION_WORDS.has(other) && (other === word || sameStem(other.replace(/['’]s$/u, ''), word))))) return true;
  if (previous && (isActionVerb(word) || PHRASE_VERBS.includes(twoWords)) && joinedBefore && phraseEndsAt(text, value.end)) return true;
  if (joinedBefore && chosen.some((place) => place.end === previous!.index + previous![1]!.length)) return true;
  const headings = page.filter((element) => element.role === 'heading').flatMap((element) => wordsOf(caption(element)));
  if (joinedBefore && !COMMON_WORDS.has(word) && headings.includes(word)) return true;
  if (/(?:^|[|;]\s*)$/u.test(before) && /^\s*(?:[|;]|$)/u.test(text.slice(value.end))) return true;
  // Said to be the chosen kind: ", a … parrot" / " is our new guinea pig" / " (parrot)", the kind ending that phrase.
  const said = /^\s*(?:,|\(|[-–—]\s|is\b|was\b)/u.exec(text.slice(value.end));
  if (!said) return false;
  const from = value.end + said[0].length;
  const stop = text.slice(from).search(/[.;:!?|]/u);
  const to = stop < 0 ? text.length : from + stop;
  return chosen.some((place) => place.start >= from && place.end <= to && phraseEndsAt(text, place.end));
}

/**
 * Words naming someone beside the one a form is about — kin, household, the people around it: "Register Pepper. Her
 * mother, a 7-year-old female parrot, …" may give the mother's age and sex. When the text names one (and neither the
 * page nor the demonstration's task does), which one each value describes is unclear.
 */
const RELATED_ONES: ReadonlySet<string> = new Set([
  'mother', 'mum', 'mom', 'father', 'dad', 'parent', 'parents', 'brother', 'sister', 'sibling', 'siblings', 'twin', 'son', 'daughter',
  'child', 'kid', 'baby', 'husband', 'wife', 'partner', 'friend', 'neighbour', 'neighbor', 'cousin', 'aunt', 'uncle', 'grandma',
  'grandmother', 'grandpa', 'grandfather', 'mate', 'litter', 'owner', 'breeder', 'vet', 'boss', 'colleague', 'flatmate', 'roommate',
]);

/** A word of RELATED_ONES the new task says (outside its values) and neither the page nor the demonstration's task does. */
export function relatedOne(demoTask: string, newTask: string, places: readonly Place[], page: readonly UIElement[]): string | undefined {
  const demoWords = wordsOf(demoTask).map((word) => word.replace(/['’]s$/u, ''));
  return wordsOf(blanked(newTask, places)).map((word) => word.replace(/['’]s$/u, '')).find((word) => RELATED_ONES.has(word) && !pageShows(word, page) && !page.some((element) => wordsOf(element.label ?? '').some((other) => other.replace(/['’]s$/u, '') === word)) && !demoWords.includes(word));
}

/** A value with a question mark of its own: "Pepper | parrot | male? | …" — the segment or sentence holds nothing but it. */
export function saidInDoubt(text: string, place: Place): boolean {
  if (!/^\s*\?/u.test(text.slice(place.end))) return false;
  const before = text.slice(0, place.start);
  const from = Math.max(-1, ...['.', '!', '?', ';', '|', ':', '(', ','].map((stop) => before.lastIndexOf(stop)));
  return before.slice(from + 1).trim() === '';
}

/**
 * A phrase of the new task (between stops: , ; | . ! ? ( ) " and " - "; none ending in ":", a heading of what follows) that holds no value and no choice, with a
 * content word neither the demonstration's task, nor the page shows, nor a verb of a request: "Owner's phone: 0792…
 * (old number)", "Pepper | … | deceased" say something of a value no field takes; a person would ask before sending.
 * Returns the phrase, else undefined.
 */
export function phraseNoFieldTakes(demoTask: string, newTask: string, places: readonly Place[], page: readonly UIElement[]): string | undefined {
  const demoWords = wordsOf(demoTask);
  const phrases = [...newTask.matchAll(/[^,;|.!?()"“”]+/gu)].flatMap((match) => match[0].split(/\s[-–—]\s/u).map((part) => ({ part, start: (match.index ?? 0) + match[0].indexOf(part) })));
  for (const { part, start } of phrases) {
    const end = start + part.length;
    if (places.some((place) => place.start < end && place.end > start)) continue;
    // A heading of what follows ("From Sam: …", "Delivery note: …") is no value said of anything.
    if (part.trimEnd().endsWith(':')) continue;
    const strange = wordsOf(part).find((word) => !COMMON_WORDS.has(word) && !isActionVerb(word) && !demoWords.some((other) => other === word || sameNoun(other, word)) && !pageShows(word, page));
    if (strange) return part.trim();
  }
  return undefined;
}

/**
 * A word beside a choice of the new task that says it of something else: "Her brother is male" keeps the Sex radio at
 * Male for a parrot said to be a "her". Every content word beside the chosen caption in its phrase (two either side,
 * the other values set aside) must be a verb of the request, a word of the control's label ("sex: male") or a word
 * beside the demonstration's choice ("a 6-year-old male"); the first other word is returned, else undefined.
 */
export function choiceSaidOfAnother(demoTask: string, newTask: string, choice: { field: { label: string }; old: Place; new: Place }, oldSpans: readonly Place[], newSpans: readonly Place[]): string | undefined {
  const apart = (spans: readonly Place[], place: Place) => spans.filter((span) => span.start !== place.start || span.end !== place.end);
  const known = [...wordsOf(choice.field.label), ...cueWords(blanked(demoTask, apart(oldSpans, choice.old)), choice.old)];
  return cueWords(blanked(newTask, apart(newSpans, choice.new)), choice.new).find((word) => !isActionVerb(word) && !NAMING_WORDS.has(word) && !known.some((other) => standsFor(word, other)));
}
