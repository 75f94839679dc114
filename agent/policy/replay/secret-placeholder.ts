/**
 * A recorded step whose typed text is a secret placeholder (`<secret:password-1>`)
 * stands for a value the recording did not keep. Typing the placeholder itself
 * would submit nonsense as if it were the value, so a policy that plays stored
 * steps stops there and says what is missing instead.
 */
import type { Action } from '../../core/action.js';
import { SecretVault } from '../../safety/secret-vault.js';

/** Why the action cannot be played as stored, or undefined when it can. */
export function unresolvedPlaceholder(action: Action): string | undefined {
  if (action.type !== 'type' || !SecretVault.mentionsPlaceholder(action.text)) return undefined;
  return (
    `would type ${action.text}, a placeholder for a secret the recording did not keep and the task does not state; ` +
    'give the value in the task text, or record again with --allow-secrets'
  );
}
