/**
 * rich-compose: "Make the word "Friday" bold, then send.", "bullet | second
 * line", "From Sam: "sign it off with Cheers"" — a person reads which edit is
 * asked; for a word's style double-clicks the word in the message and presses
 * the toolbar's B or I; for a line's bullet puts the caret in that line — by
 * its place (Ctrl+Home, then ArrowDown) or by double-clicking a word only it
 * holds (from its quoted words or its last word) — and presses the
 * bulleted-list tool; to add at the end clicks into the message, goes to its
 * end with Ctrl+End and types a space and the text; then presses the send
 * button (never Discard).
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, perform, quotedStrings, requireOne, type Demonstrator } from './demonstrator.js';

const ORDINALS = ['first', 'second', 'third'];
const SEND = /^(send|post|save|publish)$/i;

function tool(observation: Observation, title: string): UIElement {
  const found = observation.elements.find((element) => (element.label ?? '').trim() === title || element.attributes?.title === title);
  if (!found) throw new DemonstrationError(`no "${title}" tool in the toolbar`);
  return found;
}

export const richCompose: Demonstrator = async (context) => {
  const utterance = context.utterance;
  const inner = utterance.replace(/^From Sam: "(.*)"$/, '$1');
  const observation = await context.observe();
  const editor = requireOne(observation, { label: 'Message body' });
  const words = (editor.value ?? editor.text).split(/\s+/).filter(Boolean);
  if (/\bbold\b|italic/.test(utterance)) {
    const quoted = quotedStrings(inner)[0];
    const word = quoted ?? /(?:the word|put|\||can|set) ([A-Za-z]+)/.exec(inner)?.[1];
    if (!word || !words.includes(word)) throw new DemonstrationError(`no word of the message named in "${utterance}"`);
    await perform(context, { type: 'double-click', target: { elementId: editor.id }, word });
    await clickElement(context, tool(await context.observe(), /\bbold\b/.test(utterance) ? 'Bold' : 'Italic'));
  } else if (/bullet|list item/.test(utterance)) {
    const ordinal = ORDINALS.findIndex((name) => new RegExp(`\\b${name} line\\b`).test(utterance));
    if (ordinal >= 0) {
      // The line by its place: into the message, to its start, down line by line.
      await clickElement(context, editor);
      await perform(context, { type: 'press', keys: 'Control+Home' });
      for (let step = 0; step < ordinal; step++) await perform(context, { type: 'press', keys: 'ArrowDown' });
    } else {
      // The line by its words: a word of it the rest of the message does not hold.
      const said = quotedStrings(inner)[0] ?? /line ending in (\w+)/.exec(inner)?.[1];
      const word = said?.split(' ').find((candidate) => candidate.length >= 4 && words.filter((other) => other.toLowerCase() === candidate.toLowerCase()).length === 1);
      if (!word) throw new DemonstrationError(`no line of the message named in "${utterance}"`);
      await perform(context, { type: 'double-click', target: { elementId: editor.id }, word });
    }
    await clickElement(context, tool(await context.observe(), 'Bulleted list'));
  } else {
    const text = quotedStrings(inner)[0] ?? /sign it off with (.+)$/.exec(inner)?.[1];
    if (!text) throw new DemonstrationError(`no text to add in "${utterance}"`);
    await clickElement(context, editor);
    await perform(context, { type: 'press', keys: 'Control+End' });
    await perform(context, { type: 'type', text: ` ${text}` });
  }
  const send = findAll(await context.observe(), { role: 'button' }).filter((button) => SEND.test(nameOf(button)));
  if (send.length !== 1) throw new DemonstrationError(`expected one send button, found ${send.map(nameOf).join(', ')}`);
  await clickElement(context, send[0]!);
};
