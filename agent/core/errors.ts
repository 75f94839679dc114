/** Errors with a message a user can act on. */

/** Something the user must fix (missing display, bad flag, corrupt file); printed without a stack. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    /** A hint: the command or setting that fixes it. */
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** The message of anything thrown. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** A run budget (model calls, tokens, steps, wall time) would be exceeded; the run ends `budget-exceeded`. */
export class BudgetExceededError extends Error {
  constructor(
    readonly budget: 'model-calls' | 'tokens' | 'steps' | 'wall-time',
    message: string,
  ) {
    super(message);
    this.name = 'BudgetExceededError';
  }
}
