import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../test/integration/memory-kit.js';
import { bm25Scores, fullTextTokens, parseAveragesRecord } from './bm25.js';

const DOCUMENTS = [
  ['Click the Submit button', 'button "Submit" button "Cancel"'],
  ['Tick the checkbox "café" and click Submit', 'checkbox "café" checkbox "thé" button "Submit"'],
  ['Log in as "ana"', 'textbox "Username" textbox "Password" button "Login"'],
  ['Click click click the link', 'link "orbit" link "galaxy"'],
  ['Select Norway from the list', 'combobox "Country" button "Submit"'],
  ['Forward the email from Julia to Sven', 'button "Julia" button "Sven" button "Forward"'],
  ['Enter the date 12/03/2024', 'textbox "Date" button "Submit"'],
];

describe('bm25Scores', () => {
  let folder: { path: string; remove: () => void };
  let db: DatabaseConstructor.Database;
  beforeEach(() => {
    folder = tempFolder();
    db = new DatabaseConstructor(join(folder.path, 'fts.db'));
    // The memory's full-text table, as migration 001 declares it.
    db.exec(`CREATE VIRTUAL TABLE docs USING fts5 (task, state, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
             CREATE VIRTUAL TABLE terms USING fts5vocab (docs, 'row');`);
    const insert = db.prepare('INSERT INTO docs (rowid, task, state) VALUES (?, ?, ?)');
    DOCUMENTS.forEach(([task, state], index) => insert.run(index + 1, task, state));
  });
  afterEach(() => {
    db.close();
    folder.remove();
  });

  const statistics = () => {
    const averages = parseAveragesRecord(db.prepare('SELECT block FROM docs_data WHERE id = 1').pluck().get() as Buffer);
    const counts = new Map((db.prepare('SELECT term, doc FROM terms').raw().all() as [string, number][]).map(([term, doc]) => [term, doc]));
    return { ...averages!, documentCounts: counts };
  };

  it.each([
    [['click', 'submit', 'button']],
    [['cafe', 'checkbox', 'the']],
    [['julia', 'forward', 'norway', 'missing']],
    [['click']],
  ])('gives the same scores as FTS5 bm25() for %j', (terms) => {
    const expected = new Map(
      (
        db
          .prepare(`SELECT rowid, bm25(docs, 1.0, 0.6) AS score FROM docs WHERE docs MATCH ?`)
          .raw()
          .all(terms.map((term) => `"${term}"`).join(' OR ')) as [number, number][]
      ).map(([rowid, score]) => [rowid, score]),
    );
    const scores = bm25Scores(
      DOCUMENTS.map(([task, state], index) => ({ rowid: index + 1, columns: [task!, state!] })),
      terms,
      statistics(),
      [1, 0.6],
    );
    expect(expected.size).toBeGreaterThan(0);
    for (const [rowid, score] of scores) {
      if (expected.has(rowid)) expect(score).toBeCloseTo(expected.get(rowid)!, 9);
      else expect(score).toBe(0); // FTS5 returns only rows that match
    }
  });

  it('reads the row count and token total of the averages record', () => {
    const totals = DOCUMENTS.flat().reduce((sum, text) => sum + fullTextTokens(text).length, 0);
    expect(statistics()).toMatchObject({ rows: DOCUMENTS.length, tokens: totals });
  });
});

describe('fullTextTokens', () => {
  it('lower-cases, drops diacritics and splits on anything but letters and digits', () => {
    expect(fullTextTokens('Crème BRÛLÉE, 12/03 «naïve»_x')).toEqual(['creme', 'brulee', '12', '03', 'naive', 'x']);
  });
});

describe('parseAveragesRecord', () => {
  it('decodes multi-byte SQLite varints', () => {
    // 300 = 0x82 0x2c; 5; 16384 = 0x81 0x80 0x00
    expect(parseAveragesRecord(Uint8Array.from([0x82, 0x2c, 0x05, 0x81, 0x80, 0x00]))).toEqual({ rows: 300, tokens: 16389 });
  });

  it('is undefined for a missing record', () => {
    expect(parseAveragesRecord(undefined)).toBeUndefined();
    expect(parseAveragesRecord(new Uint8Array())).toBeUndefined();
  });
});
