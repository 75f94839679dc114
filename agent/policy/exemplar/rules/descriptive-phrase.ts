/**
 * Rule: a phrase that describes a value ("the value of Color", "the name of
 * the winner") is not a value, even when it holds a capital. Where the
 * demonstration's task quoted a literal ('Enter "dB7" into the text field')
 * and this task puts an unquoted phrase opening with a determiner in its place
 * ("Enter the value of Color into the text field"), typing the phrase would be
 * a wrong answer: the value has to be found somewhere else (read off the page),
 * which that demonstration does not show. The plan is refused
 * (rules/task-values.ts), so another demonstration — or a refusal — decides.
 */

/** Words that open a description rather than a value. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'your', 'my', 'its', 'their', 'his', 'her', 'each', 'every']);

/** Does the unquoted value open with a lower-case determiner and go on ("the value of Color")? */
export function describesValue(value: string, quotedInTask: boolean): boolean {
  if (quotedInTask) return false;
  const words = value.trim().split(/\s+/);
  return words.length >= 2 && DETERMINERS.has(words[0]!);
}
