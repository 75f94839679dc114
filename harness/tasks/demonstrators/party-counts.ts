/**
 * party-counts: "Reserve for 2 adults and one child, then press OK.",
 * "Guests - adults: 2, children: 1. Then press OK.", "Set Adults to 2 and
 * Children to 1, then press OK." — a person reads each field's label, finds
 * its count in the sentence (by the noun, for one or several, or after the
 * label), sets the fields whose value differs, then presses the button.
 */
import { DemonstrationError, selectOption, typeInto, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SINGULAR: Record<string, string> = { Adults: 'adult', Children: 'child', Seniors: 'senior', Infants: 'infant' };

/** The count the utterance gives for the field labelled `label`. */
function countFor(utterance: string, label: string): string {
  const nouns = `${label.toLowerCase()}|${SINGULAR[label] ?? label.toLowerCase()}`;
  const count = `(\\d+|${WORDS.join('|')})`;
  const match = new RegExp(`\\b${count} (?:${nouns})\\b`, 'i').exec(utterance) ?? new RegExp(`\\b(?:${nouns}):? (?:to )?${count}\\b`, 'i').exec(utterance);
  if (!match) throw new DemonstrationError(`no count for ${label} in "${utterance}"`);
  const value = WORDS.indexOf(match[1]!.toLowerCase());
  return value >= 0 ? String(value) : match[1]!;
}

export const partyCounts: Demonstrator = async (context) => {
  const fields = (await context.observe()).elements.filter((element) => ['spinbutton', 'textbox', 'combobox'].includes(element.role) && element.label);
  for (const field of fields) {
    const want = countFor(context.utterance, field.label!);
    if ((field.value ?? '').trim() === want) continue;
    if (field.role === 'combobox') await selectOption(context, { role: 'combobox', label: field.label! }, want);
    else await typeInto(context, { role: field.role, label: field.label! }, want);
  }
  await clickFinalButton(context);
};
