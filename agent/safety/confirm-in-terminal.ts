/**
 * A `confirm` callback for the safety gate that asks on a terminal:
 * "Allow click [12] (pressing "Pay now"…)? [y/N]". Anything but y/yes is a
 * no; end of input is no answer at all (undefined), not a person's no. The
 * CLI passes process.stdin/stderr only when stdin is a terminal (or the user
 * said --confirm-from-stdin); tests pass streams.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { printable } from '../core/printable-text.js';
import type { ConfirmationRequest } from './safety-gate.js';

/**
 * A confirm callback (a `ConfirmFunction`) reading one line from `input`. When `signal` aborts
 * (Ctrl+C stops the run) the question is abandoned: the readline closes, so
 * it no longer holds stdin open, and the answer is no.
 */
export function confirmInTerminal(input: Readable, output: Writable): (request: ConfirmationRequest, signal?: AbortSignal) => Promise<boolean | undefined> {
  return (request, signal) =>
    new Promise<boolean | undefined>((resolve) => {
      if (signal?.aborted) {
        resolve(false);
        return;
      }
      const reader = createInterface({ input, output, terminal: false });
      let answered = false;
      const onAbort = () => {
        output.write('\n');
        finish(false);
      };
      const finish = (value: boolean | undefined) => {
        if (answered) return;
        answered = true;
        signal?.removeEventListener('abort', onAbort);
        reader.close();
        resolve(value);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      reader.once('line', (line) => finish(/^\s*y(es)?\s*$/i.test(line)));
      reader.once('close', () => finish(undefined));
      output.write(`Step ${request.step + 1}: allow ${printable(request.description, { singleLine: true })}? It means ${printable(request.reason, { singleLine: true })}. [y/N] `);
    });
}
