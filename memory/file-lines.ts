/**
 * The lines of a file, read as a stream: only the current line (and one read
 * chunk) is held, whatever the file's size. A line longer than the limit is
 * refused as soon as it passes the limit, naming its line number and, when
 * its first bytes carry one, the trajectory id — it is never gathered whole.
 */
import { createReadStream } from 'node:fs';
import { UserFacingError } from '../agent/core/errors.js';

export interface FileLine {
  /** The line without its line break (and without a UTF-8 byte order mark on line 1). */
  text: string;
  /** 1-based. */
  line: number;
  /** Bytes of the file read up to the end of this line. */
  bytesRead: number;
}

export interface ReadLinesOptions {
  maxLineBytes: number;
  signal?: AbortSignal;
  /** Names the file in messages. */
  label?: string;
}

const NEWLINE = 0x0a;

export async function* readFileLines(file: string, options: ReadLinesOptions): AsyncGenerator<FileLine> {
  const stream = createReadStream(file, { highWaterMark: 1024 * 1024 });
  let parts: Buffer[] = [];
  let size = 0;
  let line = 1;
  let bytesRead = 0;
  const take = (part: Buffer) => {
    if (size + part.length > options.maxLineBytes) {
      const head = Buffer.concat([...parts, part]).subarray(0, 4096).toString('utf8');
      const id = /"id"\s*:\s*"([^"\\]{1,200})"/.exec(head)?.[1];
      throw new UserFacingError(
        `${options.label ?? file} line ${line}${id ? ` (trajectory ${id})` : ''}: a record longer than ${formatBytes(options.maxLineBytes)}; ` +
          'a trajectory, even with its screenshots, is far smaller',
        'check that this is a JSONL export of Understudy (one trajectory per line); a larger limit is --max-record-mb',
      );
    }
    if (part.length) parts.push(part);
    size += part.length;
  };
  const finish = (): FileLine => {
    let text = Buffer.concat(parts, size).toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    // A UTF-8 byte order mark (Windows editors write one) is not part of the first line's JSON.
    if (line === 1 && text.startsWith('\uFEFF')) text = text.slice(1);
    const result = { text, line, bytesRead };
    parts = [];
    size = 0;
    line++;
    return result;
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      options.signal?.throwIfAborted();
      let start = 0;
      for (;;) {
        const end = chunk.indexOf(NEWLINE, start);
        if (end === -1) {
          take(chunk.subarray(start));
          bytesRead += chunk.length - start;
          break;
        }
        take(chunk.subarray(start, end));
        bytesRead += end + 1 - start;
        start = end + 1;
        yield finish();
      }
    }
    if (size > 0) yield finish();
  } finally {
    stream.destroy();
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
