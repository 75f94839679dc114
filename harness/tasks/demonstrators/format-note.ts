/**
 * format-note: click into the note, clear what is there, type the words
 * before the bold one, switch bold on with Ctrl+B, type the word, switch it
 * off again and type the rest — as a person formats while typing — then press
 * the named button.
 */
import { DemonstrationError, clickElement, perform, quotedStrings, requireOne, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

export const formatNote: Demonstrator = async (context) => {
  const [note, word] = quotedStrings(context.utterance);
  if (note === undefined || word === undefined) throw new DemonstrationError(`no note and word quoted in "${context.utterance}"`);
  const at = new RegExp(`(^| )${word}( |$)`).exec(note);
  if (!at) throw new DemonstrationError(`"${word}" is not a word of "${note}"`);
  const start = at.index + at[1]!.length;
  const editor = requireOne(await context.observe(), { label: 'Note' });
  await clickElement(context, editor);
  await perform(context, { type: 'press', keys: 'Control+A' });
  await perform(context, { type: 'press', keys: 'Delete' });
  if (start > 0) await perform(context, { type: 'type', text: note.slice(0, start) });
  await perform(context, { type: 'press', keys: 'Control+B' });
  await perform(context, { type: 'type', text: word });
  await perform(context, { type: 'press', keys: 'Control+B' });
  const rest = note.slice(start + word.length);
  if (rest) await perform(context, { type: 'type', text: rest });
  await clickFinalButton(context);
};
