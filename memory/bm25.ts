/**
 * FTS5's bm25, recomputed in JavaScript for a handful of candidate rows.
 *
 * Why: a full-text query over every word of a task touches every row any of
 * its words occurs in (for "click" or "button", most of the memory), so the
 * store's fast path asks FTS5 about the rare words only (see
 * `fullTextBudget` in exemplar-store.ts). Ranked on some of the words, the
 * list loses the votes of the common ones; measured on the suite benchmark at
 * 100k trajectories that cost 2 points of paraphrased recall@3. Scoring the
 * candidates both searches found (a few hundred rows) on every word, with
 * the whole memory's statistics, gives them back the score an every-word
 * query would have: the same formula and constants as FTS5's built-in
 * `bm25()` (ext/fts5/fts5_aux.c), with document counts per term from
 * fts5vocab and the row/token totals from FTS5's averages record.
 *
 * Tokens follow the `unicode61 remove_diacritics 2` tokenizer the memory's
 * full-text table uses: letters and digits, lower-cased, diacritics
 * removed. (Exotic scripts whose combining marks unicode61 treats as
 * separators may split differently; such a row's score is then approximate,
 * not wrong in kind.)
 */

/** FTS5's constants (fts5_aux.c). */
const K1 = 1.2;
const B = 0.75;

/** What the formula needs to know about the whole memory. */
export interface Bm25Statistics {
  /** Rows in the full-text table. */
  rows: number;
  /** Tokens in all rows, all columns. */
  tokens: number;
  /** Rows each term occurs in (a term absent here occurs nowhere). */
  documentCounts: ReadonlyMap<string, number>;
}

/** One candidate: its text per column, in the table's column order. */
export interface Bm25Document {
  rowid: number;
  columns: readonly string[];
}

/** Lower-case tokens as `unicode61 remove_diacritics 2` splits them. */
export function fullTextTokens(text: string): string[] {
  // Plain ASCII (nearly every UI text) skips normalisation and Unicode classes: this runs on every candidate of every search.
  if (ASCII.test(text)) return text.toLowerCase().match(ASCII_WORD) ?? [];
  return [...text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().matchAll(/[\p{L}\p{N}\p{Co}]+/gu)].map((match) => match[0]);
}

const ASCII = /^[\x00-\x7f]*$/;
const ASCII_WORD = /[a-z0-9]+/g;

/**
 * bm25 of each document for a query that ORs `terms`, in FTS5's convention:
 * more negative is better, 0 = matches no term. `weights` are the per-column
 * weights as passed to FTS5's `bm25(table, w0, w1, …)` (missing ones are 1).
 */
export function bm25Scores(
  documents: readonly Bm25Document[],
  terms: readonly string[],
  statistics: Bm25Statistics,
  weights: readonly number[] = [],
): Map<number, number> {
  const scores = new Map<number, number>();
  const unique = [...new Set(terms)];
  // FTS5: idf = ln((N - n + 0.5) / (n + 0.5)), floored at 1e-6 so a very common term still counts a little.
  const idf = unique.map((term) => {
    const count = statistics.documentCounts.get(term) ?? 0;
    const value = Math.log((statistics.rows - count + 0.5) / (count + 0.5));
    return value <= 0 ? 1e-6 : value;
  });
  const averageLength = statistics.rows > 0 ? statistics.tokens / statistics.rows : 1;
  const position = new Map(unique.map((term, index) => [term, index]));
  for (const document of documents) {
    const frequency = new Float64Array(unique.length);
    let length = 0;
    document.columns.forEach((text, column) => {
      const weight = weights[column] ?? 1;
      for (const token of fullTextTokens(text)) {
        length++;
        const index = position.get(token);
        if (index !== undefined) frequency[index]! += weight;
      }
    });
    let score = 0;
    const norm = K1 * (1 - B + (B * length) / averageLength);
    for (let index = 0; index < unique.length; index++) {
      const f = frequency[index]!;
      if (f > 0) score += (idf[index]! * (f * (K1 + 1))) / (f + norm);
    }
    scores.set(document.rowid, score === 0 ? 0 : -score);
  }
  return scores;
}

/**
 * Row count and total tokens of an FTS5 table, from its averages record
 * (`<table>_data` row 1: SQLite varints — the row count, then each column's
 * token total), the figures FTS5's own bm25 reads. Undefined when absent.
 */
export function parseAveragesRecord(block: Uint8Array | undefined): { rows: number; tokens: number } | undefined {
  if (!block || block.length === 0) return undefined;
  const values: number[] = [];
  let offset = 0;
  while (offset < block.length) {
    // SQLite varint: 7 bits a byte, big-endian, high bit = more; a 9th byte carries 8 bits.
    let value = 0;
    let byte = 0;
    for (; byte < 9 && offset < block.length; byte++) {
      const current = block[offset++]!;
      if (byte === 8) {
        value = value * 256 + current;
        break;
      }
      value = value * 128 + (current & 0x7f);
      if ((current & 0x80) === 0) break;
    }
    values.push(value);
  }
  const [rows, ...columns] = values;
  if (rows === undefined) return undefined;
  return { rows, tokens: columns.reduce((sum, count) => sum + count, 0) };
}
