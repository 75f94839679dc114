/** Parsing of numeric CLI flags, with one clear error naming the flag. */
import { UserFacingError } from '../agent/core/errors.js';

/** `text` as a whole number ≥ `minimum`, or a UserFacingError naming `flag`. */
export function wholeNumber(text: string, flag: string, minimum: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isInteger(value) || value < minimum) {
    throw new UserFacingError(`${flag} must be a whole number ≥ ${minimum}, got ${JSON.stringify(text)}`);
  }
  return value;
}

/** A commander option parser for a whole number ≥ `minimum`. */
export function wholeNumberOption(flag: string, minimum: number): (text: string) => number {
  return (text) => wholeNumber(text, flag, minimum);
}
