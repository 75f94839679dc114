/**
 * inbox-triage: "Archive the email from Lena Ortiz.", "mail from Lena Ortiz
 * -> Travel", "Tag "Weekend plans" with the Receipts label." — a person finds
 * the row showing the sender's full name (or the quoted subject), presses its
 * archive icon, or its label icon and then the label asked for in the menu.
 */
import { DemonstrationError, clickElement, findAll, nameOf, quotedStrings, type Demonstrator } from './demonstrator.js';

const LABELS = ['Work', 'Family', 'Receipts', 'Travel', 'Bills'];

export const inboxTriage: Demonstrator = async (context) => {
  const { utterance } = context;
  const label = LABELS.find((name) => new RegExp(`\\b${name}\\b`).test(utterance.replace(/"[^"]*"/g, '')));
  const labelling = /\blabel|\btag\b|->|\bunder\b/i.test(utterance);
  if (labelling && !label) throw new DemonstrationError(`no label named in "${utterance}"`);
  const [subject] = quotedStrings(utterance).filter((quoted) => !/\s(sent|archive)/.test(quoted));
  const sender = /(?:from|archive|mail) ([A-Z][a-z]+ [A-Z][a-z]+)|([A-Z][a-z]+ [A-Z][a-z]+)'s\b/.exec(utterance);
  const key = subject ?? (sender ? (sender[1] ?? sender[2]) : undefined);
  if (!key) throw new DemonstrationError(`no sender or subject in "${utterance}"`);
  const observation = await context.observe();
  const texts = findAll(observation, { role: 'text' }).filter((text) =>
    subject ? text.text.trim().endsWith(` ${subject}`) : text.text.trim().startsWith(`${key} `));
  if (texts.length !== 1) throw new DemonstrationError(`expected one message for ${key}, found ${texts.length}`);
  const row = observation.elements.find((element) => element.id === texts[0]!.parentId);
  if (!row) throw new DemonstrationError('the message has no row');
  const tool = findAll(observation, { within: row, interactive: true })
    .find((element) => nameOf(element).startsWith(labelling ? 'Label' : 'Archive') || (element.label ?? '').startsWith(labelling ? 'Label' : 'Archive'));
  if (!tool) throw new DemonstrationError(`no ${labelling ? 'label' : 'archive'} icon in ${key}'s row`);
  await clickElement(context, tool);
  if (!labelling) return;
  const item = findAll(await context.observe(), { role: 'menuitem', text: label! })[0];
  if (!item) throw new DemonstrationError(`no menu item ${label}`);
  await clickElement(context, item);
};
