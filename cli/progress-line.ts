/**
 * Progress of a long command on one line of a stream (stderr): on a terminal
 * the line is rewritten in place (`\r` + erase to the end), at most every
 * `everyMs`; elsewhere (a log, a pipe) a whole line at most every `everyMs`.
 * The clock starts at the first report (the work itself, not the opening of
 * files before it), and nothing is printed before `everyMs` has passed, so
 * short work prints nothing.
 */
export interface ProgressLine {
  update(text: string): void;
  /** Ends the line on a terminal (so what follows starts on its own line). Safe to call twice. */
  end(): void;
}

export function progressLine(stream: NodeJS.WriteStream, options: { everyMs: number; now?: () => number }): ProgressLine {
  const now = options.now ?? Date.now;
  const terminal = Boolean(stream.isTTY);
  let last: number | undefined;
  let shown = false;
  return {
    update(text) {
      const time = now();
      if (last === undefined) last = time;
      if (time - last < options.everyMs) return;
      last = time;
      shown = true;
      stream.write(terminal ? `\r${text}\x1b[K` : `${text}\n`);
    },
    end() {
      if (shown && terminal) stream.write('\n');
      shown = false;
    },
  };
}
