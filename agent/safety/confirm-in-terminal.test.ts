import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { confirmInTerminal } from './confirm-in-terminal.js';

const request = { step: 2, action: { type: 'press' as const, keys: 'Alt+F4' }, description: 'press Alt+F4', reason: 'the key chord Alt+F4, which closes a window or application' };

async function ask(answer: string | null): Promise<{ approved: boolean | undefined; shown: string }> {
  const input = new PassThrough();
  const output = new PassThrough();
  let shown = '';
  output.on('data', (chunk) => (shown += String(chunk)));
  const pending = confirmInTerminal(input, output)(request);
  if (answer === null) input.end();
  else input.write(`${answer}\n`);
  return { approved: await pending, shown };
}

describe('confirmInTerminal', () => {
  it('asks with the action and the reason; only y/yes approves; end of input is no answer, not a no', async () => {
    const yes = await ask('y');
    expect(yes.approved).toBe(true);
    expect(yes.shown).toBe('Step 3: allow press Alt+F4? It means the key chord Alt+F4, which closes a window or application. [y/N] ');
    expect((await ask(' YES ')).approved).toBe(true);
    expect((await ask('')).approved).toBe(false);
    expect((await ask('sure')).approved).toBe(false);
    expect((await ask(null)).approved).toBeUndefined();
  });

  it('gives up on abort: answers no, closes its readline and stops reading input', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk) => (shown += String(chunk)));
    const controller = new AbortController();
    const pending = confirmInTerminal(input, output)(request, controller.signal);
    await new Promise((resolve) => setImmediate(resolve));
    expect(input.listenerCount('data')).toBeGreaterThan(0);
    controller.abort(new Error('Ctrl+C'));
    expect(await pending).toBe(false);
    // The readline let go of the input: nothing keeps the process waiting on it.
    expect(input.listenerCount('data')).toBe(0);
    expect(shown.endsWith('[y/N] \n')).toBe(true);
    // A "y" typed afterwards approves nothing; an already-aborted signal does not even ask.
    input.write('y\n');
    const again = confirmInTerminal(input, output)(request, controller.signal);
    expect(await again).toBe(false);
    expect(input.listenerCount('data')).toBe(0);
  });
});
