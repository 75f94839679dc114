/**
 * The everyday colour words figures are named by, written once for both
 * sides: the in-page extraction and the recorder name a colour by its nearest
 * entry (operators/browser/page-script/extract/graphics.ts, bundled into the
 * page scripts), and figure-words.ts reads the same words back out of an
 * observation's `figure` attributes and out of a task. Data and a lookup
 * only, no imports: it runs in pages too.
 */

/** Everyday colour words and the sRGB colour each stands for (the CSS colour of that name). */
export const COLOUR_PALETTE: readonly (readonly [string, number, number, number])[] = [
  ['red', 255, 0, 0],
  ['maroon', 128, 0, 0],
  ['green', 0, 128, 0],
  ['lime', 0, 255, 0],
  ['olive', 128, 128, 0],
  ['blue', 0, 0, 255],
  ['navy', 0, 0, 128],
  ['teal', 0, 128, 128],
  ['cyan', 0, 255, 255],
  ['yellow', 255, 255, 0],
  ['orange', 255, 165, 0],
  ['purple', 128, 0, 128],
  ['magenta', 255, 0, 255],
  ['pink', 255, 192, 203],
  ['brown', 165, 42, 42],
  ['black', 0, 0, 0],
  ['white', 255, 255, 255],
  ['grey', 128, 128, 128],
  ['silver', 192, 192, 192],
];

/** Other words (CSS names among them) for palette colours. */
const COLOUR_SYNONYMS = new Map([
  ['gray', 'grey'],
  ['aqua', 'cyan'],
  ['fuchsia', 'magenta'],
]);

/** The palette word a lower-case word names ("gray" → "grey"), or undefined. */
export const paletteWord = (word: string): string | undefined => {
  const name = COLOUR_SYNONYMS.get(word) ?? word;
  return COLOUR_PALETTE.some((entry) => entry[0] === name) ? name : undefined;
};
