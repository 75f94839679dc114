/**
 * shell-terminal: click into the terminal and type the quoted command and
 * Enter; or type `ls`, Enter, read the .gif file's name off the listing and
 * type `rm <name>`, Enter. The keys go to whatever has the focus (the page
 * catches them in a hidden field), as a person's keyboard does.
 */
import { DemonstrationError, findAll, perform, requireOne, type Demonstrator, type DemonstratorContext } from './demonstrator.js';

/** Type a command line and Enter into the focused terminal. */
async function runCommand(context: DemonstratorContext, command: string): Promise<void> {
  if (context.input) {
    await context.input.type(command);
    await context.input.press('Enter');
    return;
  }
  await perform(context, { type: 'type', text: command });
  await perform(context, { type: 'press', keys: 'Enter' });
}

export const shellTerminal: Demonstrator = async (context) => {
  const welcome = requireOne(await context.observe(), { textStartsWith: 'Welcome' });
  if (context.input) await context.input.click(welcome.box.x + welcome.box.width / 2, welcome.box.y + welcome.box.height / 2);
  else await perform(context, { type: 'click', target: { elementId: welcome.id } });
  const quoted = /"([^"]+)"/.exec(context.utterance);
  if (quoted) {
    await runCommand(context, quoted[1]!);
    return;
  }
  const extension = /\.(\w+)\b/.exec(context.utterance)?.[1];
  if (!extension) throw new DemonstrationError(`no command and no extension in "${context.utterance}"`);
  await runCommand(context, 'ls');
  // A file name is a word before the extension (the instruction says ".gif" alone).
  const named = new RegExp(`^\\w[\\w-]*\\.${extension}$`);
  const words = findAll(await context.observe(), { role: 'text' }).flatMap((element) => (element.text.startsWith('$') ? [] : element.text.split(/\s+/)));
  const file = words.find((word) => named.test(word));
  if (!file) throw new DemonstrationError(`no .${extension} file in the listing`);
  await runCommand(context, `rm ${file}`);
};
