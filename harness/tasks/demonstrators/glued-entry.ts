/**
 * glued-entry: "Enter Z, press Submit" / "Type 42 then click OK" — type the
 * value (the word after the verb) into the field, then press the button
 * the instruction ends with.
 */
import { parseUtterance, typeInto, type Demonstrator } from './demonstrator.js';
import { clickFinalButton } from './second-suite.js';

export const gluedEntry: Demonstrator = async (context) => {
  const [value = ''] = parseUtterance(context.utterance, /^(?:Enter|Type) (\S+?),? (?:then |and )?(?:press|click|hit) /, 'the value');
  await typeInto(context, { role: 'textbox' }, value);
  await clickFinalButton(context);
};
