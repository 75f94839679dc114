/**
 * Typing any text through the X clipboard: nut-js `keyboard.type()` drops
 * Shift for symbols and cannot type non-ASCII, so text other than plain
 * letters, digits and spaces is put on the CLIPBOARD selection and pasted.
 *
 * X selections are served by a live process: we run `xsel --nodetach` as our
 * own child, keep it serving until the next paste or `close()`, and then end
 * it — no daemon is left behind (nut-js's own clipboard leaves one).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { UserFacingError } from '../../core/errors.js';

/** Text that nut-js can type key by key without the clipboard. */
export function typableByKeys(text: string): boolean {
  return /^[a-z0-9 ]*$/.test(text);
}

export class ClipboardServer {
  private server: ChildProcess | undefined;

  constructor(private readonly display: string) {}

  /** Own the CLIPBOARD selection with `text` (UTF-8) until the next call or close(). */
  async set(text: string): Promise<void> {
    await this.close();
    const child = spawn('xsel', ['--clipboard', '--input', '--nodetach'], {
      env: { ...process.env, DISPLAY: this.display },
      stdio: ['pipe', 'ignore', 'pipe'],
    });
    const failed = new Promise<Error>((resolve) => child.once('error', resolve));
    child.stdin!.end(Buffer.from(text, 'utf8'));
    // xsel takes the selection once it has read all input; give it until it does (or fails).
    const outcome = await Promise.race([
      failed,
      new Promise<'exited'>((resolve) => child.once('exit', () => resolve('exited'))),
      waitForOwnership(this.display, text).then(() => 'ready' as const),
    ]);
    if (outcome instanceof Error) {
      const missing = (outcome as NodeJS.ErrnoException).code === 'ENOENT';
      throw new UserFacingError(missing ? 'xsel is not installed (needed to type symbols and non-ASCII text)' : `xsel failed: ${outcome.message}`, missing ? 'apt-get install xsel' : undefined);
    }
    if (outcome === 'exited') throw new Error('xsel exited before it served the clipboard');
    this.server = child;
  }

  /** Stop serving the clipboard. Safe to call twice. */
  async close(): Promise<void> {
    const child = this.server;
    this.server = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  }
}

/** Poll `xsel --clipboard --output` until it returns the text (≤ 2 s). */
async function waitForOwnership(display: string, text: string): Promise<void> {
  const deadline = Date.now() + 2_000;
  while (Date.now() < deadline) {
    const current = await readClipboard(display).catch(() => undefined);
    if (current === text) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the clipboard did not take the text within 2 s');
}

/** The CLIPBOARD selection's text, via xsel. */
export function readClipboard(display: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('xsel', ['--clipboard', '--output'], { env: { ...process.env, DISPLAY: display }, stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(new Error(`xsel exited with ${code}`))));
  });
}
