/**
 * Rule: a control whose caption varies between instances (Submit / Go /
 * Search / OK; a close icon "x" / "×" / "Close") is the same control when it
 * serves the same purpose.
 *
 * Grounding half (used by ground-target.ts): when the demonstrated caption is
 * not on screen and the task does not explain it, an activator whose caption
 * names the same purpose stands in for it — but only when it is the one such
 * control; two of them (Go and Search) are a guess, which is refused. A
 * caption that pays or deletes never stands in for one that only kept, moved
 * on or looked up ("Pay now" for "Save").
 * Planning needs nothing: the demonstrated caption is kept as it was.
 */
import { ACT_WORDS, type RiskKind } from '../../../safety/risk-vocabulary.js';

const RISKS = Object.keys(ACT_WORDS) as RiskKind[];

export type ControlPurpose = 'commit' | 'close' | 'cancel';

/**
 * The verbs of a caption that only keeps what the form holds, naming no other deed: "Save", "Update
 * profile", "Apply". Unlike "Pay", "Send", "Join" or "Search", each says nothing beyond "keep what is
 * written"; unlike "Submit" or "Finish", none hands the form over for good ("Save draft" is not "Submit").
 */
export const COMMIT_VERBS: readonly string[] = ['save', 'apply', 'update'];

/** Captions that only commit, said without an object: the verbs above, and "OK" / "Done". */
export const COMMIT_ONLY: readonly string[] = [...COMMIT_VERBS, 'ok', 'okay', 'done'];

/** Demonstrated captions that name no deed beyond keeping, moving on or looking up: no stand-in may pay or delete for them. */
const SAYS_NO_DEED: ReadonlySet<string> = new Set([...COMMIT_ONLY, 'continue', 'next', 'search', 'find', 'go', 'got it']);

/** Captions by purpose: words people use for the one button that sends a form, closes a box, backs out. */
const PURPOSES: Record<ControlPurpose, readonly string[]> = {
  commit: [...COMMIT_ONLY, 'submit', 'confirm', 'finish', 'go', 'search', 'send', 'pay', 'pay now', 'place order', 'continue', 'enter', 'find', 'accept', 'proceed', 'join', 'sign up', 'register', 'create account', 'accept all', 'allow', 'allow all', 'allow cookies', 'agree', 'i agree', 'got it'],
  close: ['x', '×', '✕', '✖', '╳', 'close', 'dismiss'],
  cancel: ['cancel', 'back', 'abort', 'discard', 'reject', 'reject all', 'decline', 'no thanks', 'no'],
};

/** Roles of controls that do something when clicked (the purpose only applies to them; closing-control.ts's too). */
export const ACTIVATORS: ReadonlySet<string> = new Set(['button', 'link', 'menuitem']);

/** An amount of money closing a caption ("Pay $26.35", "Send 12.00 EUR"): the sum a sender sends, not its purpose. */
const CARRIED_AMOUNT = /(?<=\p{L})\s+(?:[$€£¥]\s?\d[\d,]*(?:\.\d+)?|\d[\d,]*(?:\.\d+)?\s?(?:[$€£¥]|usd|eur|gbp|dollars?|euros?))$/u;

/** The captions that move money and may carry the sum they move ("Pay $26.35", "Send €5"); never "Save $5" or "Apply $10" (a coupon). */
const AMOUNT_SENDERS: ReadonlySet<string> = new Set(['pay', 'pay now', 'send', 'send now', 'transfer', 'confirm']);

/** A caption as purposeOf compares it: lower case, spacing and end punctuation aside. */
const plainCaption = (caption: string | undefined) => (caption ?? '').toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.!…]+$/, '');

/** Does a caption close with an amount of money ("Pay $7.00", "Save $5")? */
export function carriesAmount(caption: string | undefined): boolean {
  return CARRIED_AMOUNT.test(plainCaption(caption));
}

/** The purpose a caption names, if it is one of the known captions (spacing, case and end punctuation aside). */
export function purposeOf(caption: string | undefined): ControlPurpose | undefined {
  const plain = plainCaption(caption);
  const text = plain.replace(CARRIED_AMOUNT, '');
  // "Pay $26.35", "Send €5": a sender may carry the amount it sends; its verb, one that moves money, names its purpose.
  if (text !== plain) return AMOUNT_SENDERS.has(text) ? 'commit' : undefined;
  if (text === '') return undefined;
  // "Yes, delete" / "Yes, remove it": a caption that opens with "yes" affirms what its box asks — it commits.
  if (/^yes\b/.test(text)) return 'commit';
  for (const [purpose, captions] of Object.entries(PURPOSES) as [ControlPurpose, readonly string[]][]) {
    if (captions.includes(text)) return purpose;
  }
  return undefined;
}

/** The purpose an element serves, from its caption or accessible name, when it is an activator. */
export function elementPurpose(element: { role: string; text: string; label?: string }): ControlPurpose | undefined {
  if (!ACTIVATORS.has(element.role)) return undefined;
  return purposeOf(element.text) ?? purposeOf(element.label);
}

/**
 * Captions of the button that moves a form of several screens on to its next one (a review card, the next
 * step): "Review" on one instance is "Next" or "Continue" on another. Kept apart from the purposes above, so
 * that a form's sender (Submit) never stands for a step onward (Next) nor the other way round; "continue" and
 * "proceed" name both.
 */
const ADVANCE = ['next', 'continue', 'review', 'proceed', 'next step', 'continue to review'];

/** Does a caption name the step onward of a form of several screens (arrows after it aside)? */
export function advancesForm(caption: string | undefined): boolean {
  const text = (caption ?? '').toLowerCase().replace(/\s+/g, ' ').trim().replace(/[\s.!…→›»>]+$/u, '');
  return ADVANCE.includes(text);
}

/** The purpose two activators share by their captions: one of the purposes above, or moving a form on ('advance'). */
export function sharedPurposeOf(
  a: { role: string; text: string; label?: string },
  b: { role: string; text: string; label?: string },
): ControlPurpose | 'advance' | undefined {
  // A stand-in that spends money or deletes where the demonstrated control only kept, moved on or looked something
  // up ("Pay now" or "Place order" for a demonstrated "Save", "Continue", "OK") does more than the person showed: never
  // the same purpose (as rules/row-action.ts). A demonstrated go-ahead ("Confirm", "Submit") may have paid: not vetoed.
  const said = (element: typeof a) => element.text.trim() || element.label || '';
  const plain = said(a).toLowerCase().replace(/[\s.!…→›»>]+$/u, '').trim();
  const noDeed = SAYS_NO_DEED.has(plain) || COMMIT_VERBS.includes(plain.split(/\s+/u)[0] ?? '');
  if (noDeed && RISKS.some((risk) => ACT_WORDS[risk].test(said(b)) && !ACT_WORDS[risk].test(said(a)))) return undefined;
  const wanted = elementPurpose(a);
  if (wanted !== undefined && elementPurpose(b) === wanted) return wanted;
  const onward = (element: typeof a) => ACTIVATORS.has(element.role) && (advancesForm(element.text) || (element.text.trim() === '' && advancesForm(element.label)));
  return onward(a) && onward(b) ? 'advance' : undefined;
}

/**
 * A close glyph the task names ("the button labeled "x"") names a control by its purpose: an
 * icon-only close button whose name is "Close" (or "×") shows the glyph as an icon, not as text.
 * Grounding half (ground-target.ts, for a slot written into the demonstrated caption): true when
 * every new value is a close glyph or word and the element is an activator that closes.
 */
export function namesClosePurpose(values: readonly string[], element: { role: string; text: string; label?: string }): boolean {
  return values.length > 0 && values.every((value) => purposeOf(value) === 'close') && elementPurpose(element) === 'close';
}
