/**
 * bold-word: double-click the word the task names where it shows in the
 * editor (real mouse, at the word — not the editor's centre), press the
 * toolbar's B, then Submit.
 */
import { DemonstrationError, parseUtterance, perform, requireOne, clickWhere, type Demonstrator } from './demonstrator.js';

export const boldWord: Demonstrator = async (context) => {
  const [word] = parseUtterance(context.utterance, /\b(?:word|make) (\w+) bold\b/, 'the word to make bold');
  const editor = requireOne(await context.observe(), { label: 'Text' });
  if (!new RegExp(`\\b${word}\\b`).test(`${editor.value ?? ''} ${editor.text}`)) throw new DemonstrationError(`"${word}" is not in the editor's text`);
  await perform(context, { type: 'double-click', target: { elementId: editor.id }, word: word! });
  await clickWhere(context, { text: 'B' });
  await clickWhere(context, { role: 'button', text: 'Submit' });
};
