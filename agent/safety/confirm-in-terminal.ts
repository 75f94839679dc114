/**
 * A `confirm` callback for the safety gate that asks on a terminal:
 * "Allow click [12] (pressing "Pay now"…)? [y/N]". Anything but y/yes is a
 * no; end of input is a no. The CLI passes process.stdin/stderr; tests pass
 * streams.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { ConfirmationRequest } from './safety-gate.js';

export function confirmInTerminal(input: Readable, output: Writable): (request: ConfirmationRequest) => Promise<boolean> {
  return (request) =>
    new Promise<boolean>((resolve) => {
      const reader = createInterface({ input, output, terminal: false });
      let answered = false;
      const finish = (value: boolean) => {
        if (answered) return;
        answered = true;
        reader.close();
        resolve(value);
      };
      reader.once('line', (line) => finish(/^\s*y(es)?\s*$/i.test(line)));
      reader.once('close', () => finish(false));
      output.write(`Step ${request.step + 1}: allow ${request.description}? It means ${request.reason}. [y/N] `);
    });
}
