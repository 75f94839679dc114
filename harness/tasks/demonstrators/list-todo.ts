/**
 * list-todo: read each quoted task and what the words around it ask — tick,
 * untick, delete or add — then do it: click the row's tick box when its
 * state differs, the row's wordless delete icon (named by title or
 * aria-label), or type into the add field and press Enter. Then confirm.
 */
import type { Observation, UIElement } from '../../../agent/core/observation.js';
import { clickElement, DemonstrationError, findAll, nameOf, perform, requireOne, type Demonstrator } from './demonstrator.js';
import { scrollIntoView } from './list-pages.js';

type Change = { kind: 'tick' | 'untick' | 'delete' | 'add'; text: string };

export function readChanges(utterance: string): Change[] {
  const quotes = [...utterance.matchAll(/"([^"]*)"/g)];
  return quotes.map((quote, index) => {
    const start = index === 0 ? 0 : quotes[index - 1]!.index! + quotes[index - 1]![0].length;
    const before = utterance.slice(start, quote.index).toLowerCase();
    const end = quote.index! + quote[0].length;
    const after = utterance.slice(end, quotes[index + 1]?.index ?? utterance.length).split(/,| and /)[0]!.toLowerCase();
    const text = quote[1]!;
    if (/\badd\b/.test(before)) return { kind: 'add', text };
    if (/untick|reopen/.test(before) || /not done/.test(after)) return { kind: 'untick', text };
    if (/delete|remove|drop|get rid/.test(before)) return { kind: 'delete', text };
    return { kind: 'tick', text };
  });
}

/** The row (list item) that holds the task's text. */
function rowOf(observation: Observation, text: string): UIElement | undefined {
  return findAll(observation, { role: 'listitem' }).find((row) => findAll(observation, { within: row }).some((element) => nameOf(element) === text));
}

export const listTodo: Demonstrator = async (context) => {
  const changes = readChanges(context.utterance);
  if (changes.length === 0) throw new DemonstrationError(`no task quoted in "${context.utterance}"`);
  for (const change of changes) {
    const observation = await context.observe();
    if (change.kind === 'add') {
      const field = requireOne(observation, { role: 'textbox' });
      await perform(context, { type: 'type', text: change.text, target: { elementId: field.id }, replace: true });
      await perform(context, { type: 'press', keys: 'Enter' });
      continue;
    }
    if (!rowOf(observation, change.text)) throw new DemonstrationError(`no row "${change.text}"`);
    // The list scrolls in its box when it is long: bring the row's control wholly into view first.
    const list = (seen: Observation) => findAll(seen, { role: 'list' })[0];
    if (change.kind === 'delete') {
      const { element: icon } = await scrollIntoView(context, (seen) => {
        const row = rowOf(seen, change.text);
        return row ? findAll(seen, { role: 'button', within: row }).find((button) => /^(Delete|Remove)$/.test(button.label ?? '') || /^(Delete|Remove)$/.test(nameOf(button))) : undefined;
      }, list, `the delete icon of "${change.text}"`);
      await clickElement(context, icon);
      continue;
    }
    const { element: box } = await scrollIntoView(context, (seen) => {
      const row = rowOf(seen, change.text);
      return row ? findAll(seen, { role: 'checkbox', within: row })[0] : undefined;
    }, list, `the tick box of "${change.text}"`);
    if (Boolean(box.states.checked) !== (change.kind === 'tick')) await clickElement(context, box);
  }
  const caption = /(?:press|with) (.+)\.$/.exec(context.utterance)?.[1];
  if (!caption) throw new DemonstrationError(`no confirm button named in "${context.utterance}"`);
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: caption }));
};
