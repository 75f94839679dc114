/**
 * Rule: a deed done on one card of a list, the card told by what it shows.
 *
 *   demonstration: "Send Noah Nassar a message."        (pressed ✉ "Send message" in Noah Nassar's card)
 *   task:          "Give the analyst in Dijon a ring."  → ☎ "Start call" in the one card showing "analyst" and "Dijon"
 *
 *   demonstration: "Return order #C4115."               (pressed "Start a return" in the row of #C4115)
 *   task:          "Get the invoice for the 131.49 pounds order." → "Invoice" in the one row showing 131.49 that offers one
 *
 * A person reads such a request as two things: which card (the values it names — a name, a role and a city, a
 * total, an order number) and which deed (call, message, favourite, return …, in whatever words: "give … a ring",
 * "Phone", ☎ "Start call" are one deed). The two texts share almost no wording, so no template pairs them; the
 * demonstration still shows the kind of task: one press, on a control naming its task's deed, inside the one card
 * showing every value its task named.
 *
 * Planning half (`readRowDeed`, plan-demonstration.ts, on the page the demonstration was recorded on): the
 * demonstration's last press — or the press before a dialog's button naming the same deed ("Confirm return") — is an
 * activator whose caption (text, label, title) names exactly one deed of DEED_WORDS, the one deed its task names;
 * before it only scrolls and presses naming no deed outside the list of cards ("Show more"). Every word its task
 * names beside the deed and the wording (function, courtesy and common words, the opening verb, a group noun,
 * "only", words describing a past purchase) shows in the pressed card — and no other card offering that deed shows
 * them all —, or every card of its page shows it (the kind's word, "Order"), or it is a plain lower-case word its
 * card did not show ("order" where the rows write "#C4115"), which the new task may say too. The new task names
 * exactly one deed, no negation, no quoted text, no request of its own ("Archive the email") or joined on ("… and
 * order the kettle"), no comparing word ("over 40 pounds", "before July 4": no card shows it, and dropping it changes
 * the card), and at least one value. Only speaking words are set aside (function, courtesy, pronoun, possessive …); an
 * amount keeps its currency ("42.50 dollars" is "$42.50", shown only as "$42.50").
 *
 * A caption names a deed only when it asks for it: its deed's word after openers ("Start a", "Yes,", "Add to") and
 * before its object ("order", "parcel", "it again") alone — "Return policy", "Call history", "End call", "Track
 * price", "Don't cancel" name none.
 *
 * Grounding half (`groundRowDeed`, ground-plan-step.ts): among the controls on screen naming the new deed (none in a
 * dialog), the one whose card shows every value (read by card-values.ts) — a day and month however written, on a card writing one day; a
 * number outside the card's dates; a word in an entry of the card holding only the task's words ("kettle" is not
 * "Kettle descaler", "Noah Nassar" not "calls go to Noah Nassar") —; none is no grounding yet (a
 * search may scroll or load more), two or more a refusal, and a search before it stops there, as it does at the one card (`deedSettled`: its press or its own refusal stands). The card
 * is the control's nearest ancestors up to the first one holding a deed control of another card, so a namesake's
 * card, a twin order lacking the deed, or a card offering another deed is never the one pressed. Then
 * `groundDeedConfirmation`: a dialog after the press is answered only by its one button naming the deed, never a bare
 * "Cancel" (a dialog's way out) nor one naming more than the deed ("Cancel Subscription"); no dialog but a "Yes, …" /
 * "Confirm …" control or a question about the deed in place ("Are you sure? Press again to cancel.") is a refusal,
 * not done. A cancel or return of a card showing the named thing among others ("Kettle, Lamp") is refused: it would
 * take the others too; so is a control acting on one item ("Return item") in a card naming other things beside the
 * task's ("Kettle", "Final sale", "Lamp" as texts of their own): which item it belongs to is not read. A task naming only a group ("Call the Finance team") is no card's.
 *
 * Pure functions over texts and observations; the deed words are what a person would accept on any site.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { StepGrounding } from '../ground-step.js';
import { casedWords, intentsOf, wordsOf, isActionVerb } from '../intent-words.js';
import { rowAncestorIds } from '../cell-place.js';
import { showsValue } from '../row-keys.js';
import { COURTESY_WORDS, tokenizeTask } from '../task-tokens.js';
import { targetDescriptorsOf, targetedElements } from '../planned-step.js';
import { isNegation } from './negation-words.js';
import { ACTIVATORS } from './control-purpose.js';
import { MONTH_NAMES } from '../date-parts.js';
import { dialogOf } from '../dialog-place.js';
import { SPEAKING_WORDS, amountsIn, cardShows, cardShowsValue, daysIn, otherThingsShown, valueAmongOthers } from './card-values.js';

/** A deed done on one card: what its control does, whatever the page calls it. */
export type Deed = 'call' | 'message' | 'favourite' | 'return' | 'reorder' | 'invoice' | 'track' | 'cancel';

/**
 * Words (lower case) naming each deed, in a task and on a control's caption; a run of words ("send back") names it
 * only whole. A person accepts each as the same deed.
 */
const DEED_WORDS: Record<Deed, readonly string[]> = {
  call: ['call', 'ring', 'phone', 'dial'],
  message: ['message', 'chat', 'email', 'e-mail'],
  favourite: ['star', 'favourite', 'favourites', 'favorite', 'favorites'],
  return: ['return', 'send back'],
  reorder: ['reorder', 'buy again', 'order again', 'place again'],
  invoice: ['invoice', 'receipt'],
  track: ['track', 'where is'],
  cancel: ['cancel', 'cancellation'],
};

/**
 * Words a task uses to describe the thing it names rather than to name it: an opening verb is found apart
 * (isActionVerb), these are the rest — "the only designer", "the Finance team", "the order that came to £5",
 * "the kettle I ordered", "the order I placed", "47.75 pounds".
 */
const DESCRIBING_WORDS: ReadonlySet<string> = new Set([
  'only', 'team', 'department', 'came', 'cost', 'costs', 'ordered', 'bought', 'placed', 'number',
]);

/**
 * Words comparing or choosing among cards ("over 40 pounds", "before July 4", "my last order", "Hana or Noah"): no
 * card shows them, and dropping them changes which card is meant ("over 40" is never the £40 order) — a refusal.
 */
const COMPARING_WORDS: ReadonlySet<string> = new Set([
  'over', 'under', 'above', 'below', 'before', 'after', 'since', 'until', 'till', 'than', 'between', 'up', 'off', 'out', 'down',
  'least', 'most', 'cheapest', 'dearest', 'latest', 'earliest', 'oldest', 'newest', 'recent', 'last', 'first', 'next',
  'previous', 'every', 'each', 'both', 'either', 'or', 'other', 'another', 'around', 'about', 'roughly', 'almost', 'nearly',
]);

/** Words joining a second request ("… and order the kettle", "…, then call Sam"). */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'then', 'also', 'plus', ',', ';']);

/**
 * Opening verbs the vocabulary (isActionVerb) lacks that ask nothing beyond the deed the rest names: light verbs
 * lending a deed noun their action — "give … a ring", "drop … a message", "make a call", "start a return" — and
 * fetching a document.
 */
const OPENING_VERBS: ReadonlySet<string> = new Set(['give', 'drop', 'make', 'leave', 'put', 'start', 'download', 'fetch']);

/** Does a word open a request of its own: a verb of the vocabulary, a light verb, or a deed's word ("… and call Sam")? */
const startsRequest = (word: string) => isActionVerb(word) || OPENING_VERBS.has(word) || Object.values(DEED_WORDS).some((phrases) => phrases.some((phrase) => phrase.split(' ')[0] === word));

/** Where each deed's words stand in `words`: deed → indexes of the words naming it. A run may be split by other words ("buy … again"). */
function deedsNamed(words: readonly string[]): Map<Deed, number[]> {
  const found = new Map<Deed, number[]>();
  for (const [deed, phrases] of Object.entries(DEED_WORDS) as [Deed, readonly string[]][]) {
    for (const phrase of phrases) {
      const parts = phrase.split(' ');
      const first = words.indexOf(parts[0]!);
      if (first < 0) continue;
      if (parts.length === 1) {
        found.set(deed, [...(found.get(deed) ?? []), ...words.flatMap((word, index) => (word === parts[0] ? [index] : []))]);
        continue;
      }
      // "send back" whole and in order; "buy … again": the second word anywhere after the first.
      const second = parts[1] === 'back' || parts[1] === 'is' ? (words[first + 1] === parts[1] ? first + 1 : -1) : words.indexOf(parts[1]!, first + 1);
      if (second > first) found.set(deed, [...(found.get(deed) ?? []), first, second]);
    }
  }
  return found;
}

/**
 * Intents of the verb vocabulary (intent-words.ts) that a deed's own wording uses — "send … a message", "send back",
 * "mark … as a favourite", "write a message" — and so ask nothing beside it. Any other — "Archive the email",
 * "Delete message from Rhea" — is a request of its own, whose object the deed word only names ("email", "message").
 */
const DEED_WORDING_INTENTS: ReadonlySet<string> = new Set(['send', 'check', 'enter']);

const asksOtherThing = (text: string) => intentsOf(text).some((intent) => !DEED_WORDING_INTENTS.has(intent));

/** The one deed a control's caption names (its text, label or title), else undefined. */
export function captionDeed(element: Pick<UIElement, 'text' | 'label' | 'attributes'>): Deed | undefined {
  const deeds = new Set<Deed>();
  for (const caption of [element.text, element.label ?? '', element.attributes?.['title'] ?? '']) {
    if (asksOtherThing(caption)) return undefined;
    const words = wordsOf(caption);
    const named = deedsNamed(words);
    for (const [deed, at] of named) if (asksDeed(words, at, casedWords(caption))) deeds.add(deed);
    // A caption naming a deed's word without asking for it ("Return policy", "End call", "Don't cancel") names none.
    if (named.size > 0 && ![...named.values()].some((at) => asksDeed(words, at, casedWords(caption)))) return undefined;
  }
  return deeds.size === 1 ? [...deeds][0] : undefined;
}


/**
 * The capitalised words a deed caption puts after its deed ("Start call Sara Lindqvist"): a name its card must show
 * beside the caption, else the caption asks for something of its own ("Return Policy", "Call History").
 */
function captionNames(element: Pick<UIElement, 'text' | 'label' | 'attributes'>): string[] {
  return [element.text, element.label ?? '', element.attributes?.['title'] ?? ''].flatMap((caption) => {
    const at = [...deedsNamed(wordsOf(caption)).values()].flat();
    return casedWords(caption).filter((word, index) => index > Math.min(...at) && /^\p{Lu}/u.test(word) && !CAPTION_OBJECTS.has(word.toLowerCase()) && !at.includes(index));
  });
}

/**
 * Are the names its control's caption puts after the deed whom the deed is for: words of the task (`values`) or of the
 * card's title line, its name ("Call Hana Sato" on Hana Sato's card)? "Email Manager" on her card emails someone
 * else, "Cancel Subscription" on an order's row cancels something else, whatever else the card shows.
 */
const namesShown = (control: UIElement, title: string | undefined, values: readonly string[]) => {
  const asked = new Set(values.map((value) => value.toLowerCase()));
  return captionNames(control).every((name) => asked.has(name.toLowerCase()) || (title !== undefined && showsValue(title, name)));
};

/** Words a caption may open with before the deed it asks for: a light verb, a yes, a confirmation ("Start a return", "Yes, cancel", "Add to favourites"). */
const CAPTION_OPENERS: ReadonlySet<string> = new Set([
  'yes', 'ok', 'okay', 'confirm', 'please', 'start', 'make', 'place', 'send', 'give', 'request', 'download', 'get', 'view', 'open',
  'add', 'mark', 'as', 'to', 'a', 'an', 'the', 'i', 'want',
]);

/** Words a caption may put after the deed it asks for: its object ("Track parcel", "Cancel order", "Buy it again"). */
const CAPTION_OBJECTS: ReadonlySet<string> = new Set([
  'order', 'orders', 'item', 'items', 'parcel', 'package', 'shipment', 'delivery', 'purchase', 'it', 'this', 'them', 'now',
  'again', 'here', 'my', 'your', 'the', 'a', 'an', 'pdf',
]);

/**
 * Does the caption ask for the deed whose words stand at `at`: only openers before it, only its object (or a
 * reference holding a digit) after, no negation? "Return policy", "Call history", "Track price", "Mute call",
 * "Copy phone number" name a deed's word and ask for something else.
 */
function asksDeed(words: readonly string[], at: readonly number[], cased: readonly string[]): boolean {
  const first = Math.min(...at);
  if (words.some(isNegation)) return false;
  // A capitalised word after the deed may be whom it is for ("Call Sara Lindqvist"): its card must show it (captionNames).
  return words.every((word, index) => at.includes(index) || (index < first ? CAPTION_OPENERS.has(word) : CAPTION_OBJECTS.has(word) || /\d/.test(word) || /^\p{Lu}/u.test(cased[index] ?? '')));
}

/** A task read as a deed and the values naming its card. */
export interface DeedReading {
  deed: Deed;
  /** The words and values left once the deed and the wording are set aside, as written. */
  values: string[];
}

/**
 * The one deed a task names and the values beside it (words outside DEED_WORDS, the opening verb, common and
 * describing words, and `wording`); undefined when it names no deed or two, or negates anything.
 */
export function readDeedTask(task: string, wording: ReadonlySet<string> = new Set()): DeedReading | undefined {
  // A day and month is one value, however written ("the 4th of June" for a row's "4 Jun 2026").
  const days = daysIn(task);
  const all = tokenizeTask(task);
  // A quoted text is something to write or find ("Message Priya "see you at 5""): more than a press.
  if (all.some((token) => token.kind === 'quoted')) return undefined;
  // An amount is one value with its currency, however written ("42.50 dollars" is "$42.50").
  const amounts = amountsIn(task);
  const spans = [...days, ...amounts];
  // A second request joined on ("Cancel order #B2201 and order the kettle"): doing the deed alone is half of it.
  const nextWord = (from: number) => all.slice(from).find((next) => next.kind === 'word' && !COURTESY_WORDS.has(next.norm) && !JOINING_WORDS.has(next.norm));
  if (all.some((token, index) => JOINING_WORDS.has(token.norm) && startsRequest(nextWord(index + 1)?.norm ?? ''))) return undefined;
  const tokens = all.filter((token) => (token.kind === 'word' || token.kind === 'number') && !spans.some((span) => token.start >= span.index && token.end <= span.end));
  const words = tokens.map((token) => token.norm);
  if (words.some(isNegation) || words.some((word) => COMPARING_WORDS.has(word)) || asksOtherThing(task)) return undefined;
  const deeds = deedsNamed(words);
  if (deeds.size !== 1) return undefined;
  const [[deed, at]] = [...deeds.entries()] as [[Deed, number[]]];
  const values = tokens.filter((token, index) => {
    if (at.includes(index)) return false;
    if (token.kind === 'number') return true;
    if (SPEAKING_WORDS.has(token.norm) || DESCRIBING_WORDS.has(token.norm) || wording.has(token.norm)) return false;
    // The opening verb ("Give", "Mark", "Get", "Buy"), after any courtesy words and a wish ("I want to …").
    const before = words.slice(0, index);
    return !((isActionVerb(token.norm) || OPENING_VERBS.has(token.norm)) && before.every((word) => SPEAKING_WORDS.has(word)));
  });
  return { deed, values: [...days.map((day) => task.slice(day.index, day.end).replace(/^the\s+/i, '').replace(/\.$/, '')), ...amounts.map((amount) => amount.value), ...values.map((token) => token.text)] };
}

/**
 * The card of a deed control: its nearest ancestors up to the first holding a deed control of another card (a
 * control under another parent than its own group of buttons). None when no other card offers a deed: nothing to
 * tell apart. Returned as the texts of the card's elements.
 */
function cardTexts(control: UIElement, elements: readonly UIElement[]): string[] | undefined {
  const top = cardOf(control, elements);
  if (top === undefined) return undefined;
  return elements.filter((element) => !element.states.hidden && within(element, top, elements)).flatMap((element) => [element.text, element.label ?? '', element.attributes?.['title'] ?? '']).filter((text) => text.trim() !== '');
}

/** A card's own texts, one per element holding no text-bearing child, captions of its controls left out. */
function cardLeafTexts(control: UIElement, elements: readonly UIElement[]): string[] {
  const top = cardOf(control, elements);
  if (top === undefined) return [];
  const inside = elements.filter((element) => !element.states.hidden && within(element, top, elements));
  return inside.filter((element) => !ACTIVATORS.has(element.role) && element.text.trim() !== '' && !inside.some((child) => child.parentId === element.id && child.text.trim() !== '')).map((element) => element.text.trim());
}

/** Does a control's caption act on one item of its card ("Return item", "Cancel item"), not the card's whole order? */
function actsOnOneItem(control: UIElement): boolean {
  return [control.text, control.label ?? '', control.attributes?.['title'] ?? ''].some((caption) => wordsOf(caption).includes('item'));
}

/** A card's title line: the text of its first element holding text and no element with text of its own (a person's name, an item). */
function cardTitle(control: UIElement, elements: readonly UIElement[]): string | undefined {
  const top = cardOf(control, elements);
  if (top === undefined) return undefined;
  const inside = elements.filter((element) => !element.states.hidden && !ACTIVATORS.has(element.role) && within(element, top, elements));
  return inside.find((element) => element.text.trim() !== '' && !inside.some((child) => child.parentId === element.id && child.text.trim() !== ''))?.text;
}

/** The id of a deed control's card (see cardTexts), else undefined. */
function cardOf(control: UIElement, elements: readonly UIElement[]): number | undefined {
  const others = elements.filter((element) => element.id !== control.id && element.parentId !== control.parentId && !element.states.hidden && ACTIVATORS.has(element.role) && captionDeed(element) !== undefined);
  if (others.length === 0) return undefined;
  return rowAncestorIds(control, elements, others, 6).at(-1);
}

/** Is the element `ancestor` or inside it? */
function within(element: UIElement, ancestor: number, elements: readonly UIElement[]): boolean {
  const byId = new Map(elements.map((candidate) => [candidate.id, candidate]));
  for (let up: number | undefined = element.id, level = 0; up !== undefined && level < 20; level++, up = byId.get(up)?.parentId) if (up === ancestor) return true;
  return false;
}

/** The controls on screen naming `deed` whose card shows every value. */
export function deedControlsShowing(deed: Deed, values: readonly string[], elements: readonly UIElement[], alongside: readonly string[] = values): UIElement[] {
  return elements.filter((element) => {
    // A dialog's button confirms a deed already pressed (groundDeedConfirmation): it is no card's.
    if (element.states.hidden || !ACTIVATORS.has(element.role) || captionDeed(element) !== deed || dialogOf(element, elements)) return false;
    const card = cardTexts(element, elements);
    const title = cardTitle(element, elements);
    return card !== undefined && namesShown(element, title, alongside) && values.every((value) => cardShowsValue(card, value, alongside, { title }));
  });
}

/** What the plan keeps of the reading: the deed and the values of the new task's card. */
export interface RowDeedPick {
  deed: Deed;
  values: string[];
  /**
   * Words every card of the demonstration's page showed ("order" of "Order #C4115"): the kind's word, telling no
   * card apart there. Here too a card must show each, unless no card on screen does (rows that write no "Order").
   */
  kindWords?: string[];
  /** The way of messaging the task names, when it names one ("Email Hana" is no chat): see MESSAGE_WAYS. */
  way?: string;
}

/**
 * The demonstration read as a deed on a card (see above), and the new task's deed and values; else why not.
 * `steps` are the demonstrated steps; `position` is the press the new task's pick replaces.
 */
export function readRowDeed(input: { demoTask: string; task: string; steps: readonly Step[] }): { position: number; confirmation?: number; pick: RowDeedPick; note: string } | { gap: string; demonstrationRead?: true } {
  let position = input.steps.findLastIndex((step) => !PASSING.has(step.action.type));
  // A press in a dialog naming its task's deed after it ("Confirm return") confirmed the deed: the deed is the press before.
  const last = input.steps[position];
  const lastTarget = last && last.action.type === 'click' ? targetedElements(last)[0] : undefined;
  const confirmed = lastTarget !== undefined && dialogOf(lastTarget, last!.observation.elements) !== undefined && captionDeed(lastTarget) !== undefined && captionDeed(lastTarget) === readDeedTask(input.demoTask)?.deed;
  if (confirmed) position = input.steps.findLastIndex((step, index) => index < position && !PASSING.has(step.action.type));
  const press = input.steps[position];
  if (!press || press.action.type !== 'click') return { gap: 'its last step pressed nothing' };
  // Before the press only scrolls and presses naming no deed ("Show more"): nothing typed, chosen or confirmed, so
  // the one press is the whole deed — a confirmation in a dialog after it, or a deed pressed twice, is another shape.
  const before = input.steps.slice(0, position);
  if (before.some((step) => !PASSING.has(step.action.type) && (step.action.type !== 'click' || targetDescriptorsOf(step).some((descriptor) => captionDeed(descriptor) !== undefined)))) {
    return { gap: 'its steps before the last press did more than scroll or show more' };
  }
  const target = targetedElements(press)[0];
  const descriptor = targetDescriptorsOf(press)[0];
  if (!target || !descriptor || !ACTIVATORS.has(descriptor.role)) return { gap: 'its last press was on no button or link' };
  if (dialogOf(target, press.observation.elements)) return { gap: 'its last press was in a dialog' };
  const deed = captionDeed(descriptor);
  const demo = readDeedTask(input.demoTask);
  if (deed === undefined || demo === undefined || demo.deed !== deed) return { gap: 'its task and its last press name no one deed' };
  const elements = press.observation.elements;
  const card = cardTexts(target, elements);
  if (card === undefined) return { gap: 'its press was in no card of a list' };
  // Nothing pressed before inside the list of cards (an "Edit" of some row, replayed where it stood): only around it.
  const list = elements.find((element) => element.id === cardOf(target, elements))?.parentId;
  const inList = (step: Step) => targetedElements(step).some((element) => list !== undefined && within(element, list, step.observation.elements));
  if (before.some((step) => step.action.type === 'click' && inList(step))) return { gap: 'it pressed something inside the list before the deed' };
  // A value every card of its page showed ("Order" of "Order #C4115") told no card apart: the kind's word, wording too.
  const cards = elements.filter((element) => !element.states.hidden && ACTIVATORS.has(element.role) && captionDeed(element) !== undefined && !dialogOf(element, elements)).map((element) => ({ texts: cardTexts(element, elements) ?? [] }));
  const everywhere = (value: string) => cards.every(({ texts }) => cardShowsValue(texts, value, demo.values, { kind: true }));
  const title = cardTitle(target, elements);
  const kind = new Set(demo.values.filter((value) => /^\p{Ll}+$/u.test(value) && cardShowsValue(card, value, demo.values, { kind: true }) && everywhere(value)));
  const shown = demo.values.filter((value) => cardShowsValue(card, value, demo.values, { title }) && !kind.has(value));
  // The demonstration's plain lower-case words its card did not show are its wording for the kind of thing ("order");
  // a number, a name or a month ("21st", "September" beside a card's "21 Sep") is a value it merely wrote otherwise.
  const wording = new Set(demo.values.filter((value) => !shown.includes(value) && !kind.has(value) && /^\p{Ll}+$/u.test(value) && !MONTH_NAMES.some((month) => month.toLowerCase().startsWith(value.slice(0, 3)))).map((value) => value.toLowerCase()));
  const unshown = demo.values.filter((value) => !shown.includes(value) && !kind.has(value) && !wording.has(value.toLowerCase()));
  if (unshown.length > 0) return { gap: `its card did not show ${unshown.map((value) => JSON.stringify(value)).join(', ')}, which its task named` };
  if (shown.length === 0) return { gap: 'its card showed none of the values its task named' };
  const alike = deedControlsShowing(deed, shown, elements, demo.values);
  if (alike.length !== 1 || alike[0]!.id !== target.id) return { gap: `its card was not the one card showing ${shown.map((value) => JSON.stringify(value)).join(', ')}` };
  const now = readDeedTask(input.task, wording);
  // Past here the demonstration read as a deed on a card: why the new task does not is worth saying in a refusal.
  if (now === undefined) return { gap: 'this task names no one deed, or negates one', demonstrationRead: true };
  for (const value of now.values) if (/^\p{Ll}+$/u.test(value) && everywhere(value)) kind.add(value);
  const values = now.values.filter((value) => !kind.has(value.toLowerCase()));
  const kindWords = now.values.filter((value) => kind.has(value.toLowerCase()));
  if (values.length === 0) return { gap: 'this task names no value telling its card', demonstrationRead: true };
  // "Call the Finance team": a group, not one of its cards — whoever alone shows "Finance" here is not what it asks.
  const group = [...input.task.matchAll(GROUP_NAMED)].flatMap((match) => match[1]!.trim().split(/\s+/).map((word) => word.toLowerCase()));
  if (values.every((value) => group.includes(value.toLowerCase()))) return { gap: `this task names a group (${values.join(' ')}), not one card of it`, demonstrationRead: true };
  return {
    position,
    ...(confirmed ? { confirmation: input.steps.findLastIndex((step) => !PASSING.has(step.action.type)) } : {}),
    pick: { deed: now.deed, values, ...(kindWords.length > 0 ? { kindWords } : {}), ...wayOf(input.task) },
    note: `read as a deed on a card: the demonstration's ${JSON.stringify(demo.deed)} on the card showing ${shown.map((value) => JSON.stringify(value)).join(', ')}; this task's ${JSON.stringify(now.deed)} on the one card showing ${now.values.map((value) => JSON.stringify(value)).join(', ')}`,
  };
}

/** A caption's first word asking to confirm something ("Yes, cancel", "Confirm return"). */
const CONFIRMING_WORDS: ReadonlySet<string> = new Set(['yes', 'confirm']);

/** Steps that change nothing a task asks: moving the view, waiting, ending. */
const PASSING: ReadonlySet<string> = new Set(['scroll', 'wait', 'done']);

/** Ways of sending a message a person tells apart: an email is no chat, though both are the message deed. */
const MESSAGE_WAYS: Record<string, readonly string[]> = { email: ['email', 'e-mail', 'mail'], chat: ['chat'] };

/** The one way of messaging a text names, if it names exactly one. */
function wayOf(text: string): { way?: string } {
  const words = wordsOf(text);
  const ways = Object.entries(MESSAGE_WAYS).filter(([, named]) => named.some((word) => words.includes(word) || (word.includes('-') && text.toLowerCase().includes(word))));
  return ways.length === 1 ? { way: ways[0]![0] } : {};
}

/** A group a task names by its name and a group noun: "the Finance team", "Sales department". */
const GROUP_NAMED = /((?:\p{Lu}[\p{L}'’-]*\s+)+)(?:team|department|group|office)\b/gu;

/** Deeds undoing a card's whole content: done to an order holding other things beside the one named, they take those too. */
const WHOLE_TAKING_DEEDS: ReadonlySet<Deed> = new Set(['cancel', 'return']);

/** Score of the one control naming the deed in the one card showing every value. */
const ROW_DEED_SCORE = 0.85;

/**
 * Is the deed's card settled on this screen? Two or more cards show every value and offer the deed (scrolling one
 * of them away would leave the other to be pressed), or the one card doing so is here — pressed, or refused for its
 * own reason ("among other things": searching on would only lose that reason). Then no search before the press may
 * go on: ground-plan-step.ts grounds the deed's step, and its answer stands.
 */
export function deedSettled(pick: RowDeedPick | undefined, elements: readonly UIElement[]): boolean {
  return pick !== undefined && (deedControlsShowing(pick.deed, pick.values, elements).length > 1 || deedControlsFound(pick, elements).length === 1);
}

/** The deed's controls in cards showing every value — and the words of the kind ("order") wherever a card shows them. */
function deedControlsFound(pick: RowDeedPick, elements: readonly UIElement[]): UIElement[] {
  const shownSomewhere = (pick.kindWords ?? []).filter((word) => elements.some((element) => !element.states.hidden && ACTIVATORS.has(element.role) && captionDeed(element) !== undefined && (cardTexts(element, elements) ?? []).some((text) => cardShows(text, word))));
  return deedControlsShowing(pick.deed, pick.values, elements).filter((control) => shownSomewhere.every((word) => cardShowsValue(cardTexts(control, elements) ?? [], word, pick.values, { kind: true })));
}

export function groundRowDeed(pick: RowDeedPick, elements: readonly UIElement[]): StepGrounding {
  const found = deedControlsFound(pick, elements);
  const card = `a card showing ${pick.values.map((value) => JSON.stringify(value)).join(', ')}`;
  if (found.length === 0) return { ok: false, score: 0, reason: `no ${pick.deed} control in ${card} is on screen` };
  if (found.length > 1) return { ok: false, score: 0, reason: `${found.length} cards offer a ${pick.deed} control, each ${card.slice(2)} (${found.map((element) => `[${element.id}]`).join(', ')}): which one the task means cannot be told` };
  const control = found[0]!;
  // Cancelling or returning an order holding the named thing among others would take the others too ("Cancel the kettle" on "Kettle, Lamp").
  const among = WHOLE_TAKING_DEEDS.has(pick.deed) ? pick.values.find((value) => /^\p{L}+$/u.test(value) && valueAmongOthers(cardTexts(control, elements) ?? [], value, pick.values)) : undefined;
  const otherWay = pick.way === undefined ? undefined : Object.keys(MESSAGE_WAYS).find((way) => way !== pick.way && wayOf([control.text, control.label ?? '', control.attributes?.['title'] ?? ''].join(' ')).way === way);
  if (otherWay !== undefined) return { ok: false, score: 0, reason: `[${control.id}] ${JSON.stringify(control.label || control.text)} sends by ${otherWay}, not the ${pick.way} the task asks for` };
  if (among !== undefined) return { ok: false, score: 0, reason: `[${control.id}] ${JSON.stringify(control.label || control.text)} is in a card showing ${JSON.stringify(among)} among other things: the ${pick.deed} would take them too` };
  // One item's control in a flat card naming other things ("Kettle", "Final sale", "Lamp", [Return item]): whose it is
  // (the lamp's, standing beside it?) is not read, so it is refused.
  const beside = WHOLE_TAKING_DEEDS.has(pick.deed) && actsOnOneItem(control) ? otherThingsShown(cardLeafTexts(control, elements), pick.values) : [];
  if (beside.length > 0) return { ok: false, score: 0, reason: `[${control.id}] ${JSON.stringify(control.label || control.text)} acts on one item, and its card shows ${beside.map((text) => JSON.stringify(text)).join(', ')} beside ${pick.values.map((value) => JSON.stringify(value)).join(', ')}: which item it belongs to cannot be told` };
  return { ok: true, action: { type: 'click', target: { elementId: control.id } }, score: ROW_DEED_SCORE, reason: `the one ${pick.deed} control in ${card}: [${control.id}] ${JSON.stringify(control.label || control.text)}` };
}

/**
 * After the deed's press, a dialog asking to confirm it: its one button naming the deed ("Confirm return", "Yes,
 * cancel it"), never its way back ("Keep order", "Go back"). No dialog: nothing to confirm. A dialog whose buttons
 * name the deed none or several times is a refusal.
 */
export function groundDeedConfirmation(deed: Deed, elements: readonly UIElement[]): StepGrounding {
  const inDialogs = elements.filter((element) => !element.states.hidden && ACTIVATORS.has(element.role) && dialogOf(element, elements) !== undefined);
  if (inDialogs.length === 0) {
    // No dialog, but a control asking to confirm in place ("Cancel this order? [Yes, cancel] [Keep order]"): not done.
    const asking = elements.find((element) => !element.states.hidden && ACTIVATORS.has(element.role) && [element.text, element.label ?? ''].some((caption) => CONFIRMING_WORDS.has(wordsOf(caption)[0] ?? '')));
    if (asking) return { ok: false, score: 0, reason: `no dialog, but [${asking.id}] ${JSON.stringify(asking.text || asking.label)} asks to confirm in place: the ${deed} is not done` };
    // Nor a question in place about the deed ("Cancel this order? [OK] [Keep order]", "Are you sure? Press again to cancel.").
    const question = elements.find((element) => !element.states.hidden && !ACTIVATORS.has(element.role) && element.text.includes('?') && !elements.some((child) => child.parentId === element.id && child.text.includes('?')) && (deedsNamed(wordsOf(element.text)).has(deed) || /\bare you sure\b/i.test(element.text)));
    if (question) return { ok: false, score: 0, reason: `no dialog, but ${JSON.stringify(question.text)} asks about the ${deed} in place: it is not done` };
    return { ok: true, satisfied: true, score: 1, reason: `no dialog asks to confirm the ${deed}` };
  }
  const going = inDialogs.filter((element) => captionDeed(element) === deed && captionNames(element).length === 0);
  // A dialog's bare "Cancel" is its way out, whatever it asks: never the confirmation, and a cancel deed's dialog offering it cannot be told.
  if (going.some((element) => [element.text, element.label ?? ''].some((caption) => wordsOf(caption).join(' ') === 'cancel'))) return { ok: false, score: 0, reason: `a dialog's bare "Cancel" closes it: which button confirms the ${deed} cannot be told` };
  if (going.length !== 1) return { ok: false, score: 0, reason: `a dialog shows ${inDialogs.map((element) => JSON.stringify(element.text || element.label)).join(', ')}, and ${going.length === 0 ? 'none' : 'more than one'} of its buttons names the ${deed}` };
  return { ok: true, action: { type: 'click', target: { elementId: going[0]!.id } }, score: ROW_DEED_SCORE, reason: `the dialog's button confirming the ${deed}: [${going[0]!.id}] ${JSON.stringify(going[0]!.text || going[0]!.label)}` };
}
