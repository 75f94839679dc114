/**
 * Numbers written as words ("one small pizza", "five tickets"): a person
 * reads them as the digits a form field takes. Small cardinals only — larger
 * numbers are written with digits in task texts.
 */
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** The digits a number word stands for ("five" → "5"), else undefined. */
export function numberWordValue(word: string): string | undefined {
  const index = WORDS.indexOf(word.trim().toLowerCase());
  return index < 0 ? undefined : String(index);
}

/** The number words a text holds, as digits: "send one pizza for two" → ["1", "2"]. */
export function numberWordsIn(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).flatMap((word) => {
    const value = numberWordValue(word);
    return value === undefined ? [] : [value];
  });
}
