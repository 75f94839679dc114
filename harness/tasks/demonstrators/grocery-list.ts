/**
 * grocery-list: "Add oats to the grocery list and remove milk.", "Groceries:
 * +oats, -milk", "We're out of oats. Don't buy milk, there's plenty." — the
 * item to drop is the one of the list the request names, the item to add the
 * other one; press its ✕ (named "Remove <item>"), type the new one into the
 * add field and press Add, then save with the last button.
 */
import { DemonstrationError, clickElement, findAll, nameOf, requireOne, typeInto, type Demonstrator } from './demonstrator.js';

const ADDED = /\bAdd (\w+) to\b|\bput (\w+) on it\b|\bneed (\w+) for\b|\+(\w+)|\bout of (\w+)\./;

export const groceryList: Demonstrator = async (context) => {
  const observation = await context.observe();
  const removers = findAll(observation, { role: 'button' }).filter((button) => /^Remove /.test(button.label ?? ''));
  const remove = removers.find((button) => new RegExp(`\\b${(button.label ?? '').slice('Remove '.length)}\\b`).test(context.utterance));
  const add = ADDED.exec(context.utterance)?.slice(1).find(Boolean);
  if (!remove || !add) throw new DemonstrationError(`no item to remove or to add in "${context.utterance}"`);
  await clickElement(context, remove);
  await typeInto(context, { role: 'textbox', label: 'Add an item' }, add);
  await clickElement(context, requireOne(await context.observe(), { role: 'button', text: 'Add' }));
  const buttons = findAll(await context.observe(), { role: 'button' }).filter((button) => !/^Remove /.test(button.label ?? '') && nameOf(button) !== 'Add');
  if (buttons.length !== 1) throw new DemonstrationError(`expected one save button, found ${buttons.map(nameOf).join(', ')}`);
  await clickElement(context, buttons[0]!);
};
