/** chosen-items: "Add Oslo and Lima to Chosen[, then press Post]." — each item picked and moved with Add, then the closing press. */
import { clickWhere, parseUtterance, type Demonstrator } from './demonstrator.js';

export const chosenItems: Demonstrator = async (context) => {
  const [names = '', caption] = parseUtterance(context.utterance, /^Add (.+?) to Chosen(?:,? (?:and |then )?(?:(?:press|click|hit) )?(\S+?))?\.$/, 'the items');
  const items = names.split(/, | and /);
  for (const item of items) {
    await clickWhere(context, { role: 'option', text: item });
    await clickWhere(context, { role: 'button', text: 'Add' });
  }
  if (caption) await clickWhere(context, { role: 'button', text: caption });
};
