/**
 * Nouns a task puts beside a value to say what kind of control (or place)
 * it is, not which one: "the Save button", "the name field", "the Done
 * column". The one home of these words; two uses read them, each with its
 * own list, because each list's extra words would change what the other
 * judges:
 *
 * - CAPTION_FRAME_NOUNS (rules/framed-value.ts): one noun taken off the end
 *   of a caption or choice value ("the OK button" → "OK", "the Twin
 *   option" → "Twin"). It knows the nouns of choices, lists and places ("option",
 *   "item", "row", "column", "list", "folder") but not "input" / "form" /
 *   "control", which often end a name of its own ("Contact form").
 * - PLACE_ROLE_WORDS (rules/intent-slots.ts): words set aside anywhere in a
 *   slot side to compare the places two wordings name ("the name field" /
 *   "the name"). It knows the words of text entry ("input", "textbox",
 *   "form", "fields") but not the nouns of items, rows or lists, which tell
 *   one place from another ("the item" / "the list").
 *
 * Both share CONTROL_KIND_NOUNS. Pure data, no task knowledge.
 */

/** Nouns that name a kind of control in every use: a button, a box, a field. */
const CONTROL_KIND_NOUNS = ['button', 'box', 'field'] as const;

/** Nouns a task may put after a caption or choice ("the Save button", "the Twin option", "the Done column"). */
export const CAPTION_FRAME_NOUNS: ReadonlySet<string> = new Set([
  ...CONTROL_KIND_NOUNS,
  'option', 'tab', 'link', 'checkbox', 'radio', 'choice', 'entry', 'item', 'icon', 'menu', 'toggle', 'switch',
  'column', 'row', 'lane', 'list', 'folder', 'section',
]);

/** Words naming the kind of control a value goes into, not which one: "the name field" is "the name". */
export const PLACE_ROLE_WORDS: ReadonlySet<string> = new Set([...CONTROL_KIND_NOUNS, 'fields', 'textbox', 'input', 'form', 'control']);
