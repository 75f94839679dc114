/**
 * profile-bio: "Change my bio to "Runner, reader, amateur astronomer." Also,
 * I go by they/them now.", "Can you fix my profile? The bio should read: …"
 * — a person replaces the text of the bio box (an editable area under its
 * heading) with the new bio, sets the pronouns when the request names them
 * and they differ, and presses the panel's button (not the Cancel link).
 */
import { DemonstrationError, clickElement, findAll, perform, requireOne, type Demonstrator } from './demonstrator.js';

/** The new bio: the quoted text, the part after "my bio -" in a relayed note, or what follows "should read:". */
export function newBio(utterance: string): string {
  const relayed = /my bio - ([^"]+)"/.exec(utterance);
  if (relayed) return relayed[1]!;
  const quoted = /"([^"]+)"/.exec(utterance);
  if (quoted) return quoted[1]!;
  const after = /should read: (.+)$/.exec(utterance);
  if (after) return after[1]!;
  throw new DemonstrationError(`no new bio in "${utterance}"`);
}

export const profileBio: Demonstrator = async (context) => {
  const bio = newBio(context.utterance);
  const pronouns = /\b(she\/her|he\/him|they\/them)\b/.exec(context.utterance.replace(bio, ''))?.[1];
  if (pronouns) {
    const select = requireOne(await context.observe(), { role: 'combobox', label: 'Pronouns' });
    if (select.value !== pronouns) await perform(context, { type: 'select', target: { elementId: select.id }, option: pronouns });
  }
  const boxes = findAll(await context.observe(), { role: 'textbox' }).filter((box) => box.label !== 'Display name');
  if (boxes.length !== 1) throw new DemonstrationError(`expected one bio box, found ${boxes.length}`);
  await perform(context, { type: 'type', text: bio, target: { elementId: boxes[0]!.id }, replace: true });
  await clickElement(context, requireOne(await context.observe(), { role: 'button' }));
};
