/**
 * case-text: type the quoted phrase in the letter case (or spacing) the
 * sentence asks for, as a person reads it: "lowercase", "all caps",
 * "every word capitalised", "without spaces"…
 */
import { clickWhere, DemonstrationError, firstQuoted, typeInto, type Demonstrator } from './demonstrator.js';

const STYLES: { pattern: RegExp; apply: (text: string) => string }[] = [
  { pattern: /\blower ?case\b|\bsmall letters\b/i, apply: (text) => text.toLowerCase() },
  { pattern: /\bupper ?case\b|\ball caps\b|\bcapital letters\b/i, apply: (text) => text.toUpperCase() },
  { pattern: /\bevery word capitalised\b|\btitle case\b/i, apply: (text) => text.toLowerCase().replace(/(^|\s)(\S)/g, (_all, space: string, letter: string) => space + letter.toUpperCase()) },
  { pattern: /\bwithout spaces\b|\bspaces removed\b/i, apply: (text) => text.replace(/\s+/g, '') },
];

export const caseText: Demonstrator = async (context) => {
  const phrase = firstQuoted(context.utterance);
  const style = STYLES.find((candidate) => candidate.pattern.test(context.utterance.replace(`"${phrase}"`, '')));
  if (!style) throw new DemonstrationError(`no letter case named in "${context.utterance}"`);
  await typeInto(context, { role: 'textbox' }, style.apply(phrase));
  await clickWhere(context, { role: 'button', text: 'Submit' });
};
