/**
 * team-wishes: "Could you enter "Moss" as my nickname and choose Otters for
 * the team? Then save." — type the quoted nickname, choose the team the
 * instruction names (one of the drop-down's options), press Save. Worded
 * freely per seed; the person reads the values, not the template.
 */
import { clickWhere, DemonstrationError, firstQuoted, requireOne, selectOption, typeInto, type Demonstrator } from './demonstrator.js';

export const teamWishes: Demonstrator = async (context) => {
  await typeInto(context, { role: 'textbox', label: 'Nickname' }, firstQuoted(context.utterance));
  const select = requireOne(await context.observe(), { role: 'combobox', label: 'Team' });
  const team = (select.options ?? []).find((option) => new RegExp(`\\b${option}\\b`).test(context.utterance.replace(/"[^"]*"/g, '')));
  if (!team) throw new DemonstrationError('the instruction names no team of the list');
  await selectOption(context, { role: 'combobox', label: 'Team' }, team);
  await clickWhere(context, { role: 'button', text: 'Save' });
};
