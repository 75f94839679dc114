/**
 * Finding the JSON in a model's answer, shared by the policy's action parser
 * and the checks' answer judge: models wrap it in fences, prose or both.
 */

/** How many candidate JSON starts are tried before giving up (bounds work on hostile input). */
const MAX_CANDIDATES = 24;

/**
 * Substrings that may be the answer's JSON, best first: the contents of ```
 * fences, then balanced {...} / [...] spans from the first few openers. A
 * span that never closes is offered up to the end of the text so the
 * JSON.parse error can say it was cut off.
 */
export function jsonCandidates(text: string): string[] {
  const candidates: string[] = [];
  const fence = /```(?:json|JSON)?\s*\n?([\s\S]*?)```/g;
  for (const match of text.matchAll(fence)) {
    const inner = match[1]?.trim();
    if (inner && (inner.startsWith('{') || inner.startsWith('['))) candidates.push(inner);
    if (candidates.length >= 4) break;
  }
  let starts = 0;
  for (let index = 0; index < text.length && starts < MAX_CANDIDATES; index++) {
    const char = text[index];
    if (char !== '{' && char !== '[') continue;
    starts++;
    const end = balancedEnd(text, index);
    if (end === -1) {
      candidates.push(text.slice(index));
      break; // every later opener is inside this unclosed span
    }
    candidates.push(text.slice(index, end + 1));
    index = end; // skip nested openers: the outer span is the better candidate
  }
  return candidates;
}

/** Index of the bracket closing the one at `start`, honouring strings; -1 if it never closes. */
export function balancedEnd(text: string, start: number): number {
  const stack: string[] = [];
  let inString = false;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{') stack.push('}');
    else if (char === '[') stack.push(']');
    else if (char === '}' || char === ']') {
      if (stack.pop() !== char) return -1;
      if (stack.length === 0) return index;
    }
  }
  return -1;
}
