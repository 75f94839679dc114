import { existsSync } from 'node:fs';
import { join } from 'node:path';
import DatabaseConstructor from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../agent/core/errors.js';
import { samplePng, sampleTrajectory, tempFolder } from '../test/integration/memory-kit.js';
import { HashedNgramEmbedder } from './embedders/hashed-ngram-embedder.js';
import { ExemplarStore, defaultMemoryPath } from './exemplar-store.js';

let folder: { path: string; remove: () => void };
let store: ExemplarStore;
const dbPath = () => join(folder.path, 'memory.db');

beforeEach(() => {
  folder = tempFolder();
  store = ExemplarStore.open(dbPath());
});
afterEach(() => {
  store.close();
  folder.remove();
});

const TASKS = [
  { id: 'login-1', task: 'Log in as "ana" with the password "secret1"', state: '[1] textbox "Username"\n[2] textbox "Password"\n[3] button "Login"' },
  { id: 'login-2', task: 'Log in as "bo" with the password "hunter2"', state: '[1] textbox "Username"\n[2] textbox "Password"\n[3] button "Login"' },
  { id: 'checkbox-1', task: 'Tick the boxes "red" and "blue", then press Submit', state: '[1] checkbox "red"\n[2] checkbox "blue"\n[3] button "Submit"' },
  { id: 'list-1', task: 'Select Norway from the list and click Submit', state: '[1] combobox "Country"\n[2] button "Submit"' },
  { id: 'tab-1', task: 'Switch between the tabs to find and click the link "orbit"', state: '[1] tab "Tab #1"\n[2] tab "Tab #2"\n[3] link "orbit"' },
  { id: 'mail-1', task: 'Find the email by Julia and forward it to Sven', state: '[1] button "Julia"\n[2] button "Sven"' },
];

function addTasks(target = store): void {
  for (const item of TASKS) target.add(sampleTrajectory(item));
}

describe('ExemplarStore: storing', () => {
  it('gives back exactly the trajectory it was given', () => {
    const original = sampleTrajectory({ id: 'round-trip', steps: 3 });
    store.add(original);
    expect(store.get('round-trip')).toEqual(original);
    expect(store.get('missing')).toBeUndefined();
  });

  it('refuses a second trajectory with the same id, leaving the first intact', () => {
    store.add(sampleTrajectory({ id: 'same', task: 'first' }));
    expect(() => store.add(sampleTrajectory({ id: 'same', task: 'second' }))).toThrow(/already in the memory/);
    expect(store.get('same')?.task).toBe('first');
    expect(store.count()).toBe(1);
  });

  it('adds a batch all or nothing', () => {
    const batch = [sampleTrajectory({ id: 'a' }), sampleTrajectory({ id: 'b' }), sampleTrajectory({ id: 'a' })];
    expect(() => store.addMany(batch.map((trajectory) => ({ trajectory })))).toThrow(/id a/);
    expect(store.count()).toBe(0);
    expect(store.search({ task: 'Enter Ada' }, 3)).toEqual([]);
  });

  it('rejects a trajectory that does not match the schema', () => {
    const broken = { ...sampleTrajectory(), environment: 'mainframe' } as unknown as Parameters<ExemplarStore['add']>[0];
    expect(() => store.add(broken)).toThrow(/environment/);
  });

  it('stores screenshots once per content hash and drops them with the last trajectory that uses them', () => {
    const { png, sha256 } = samplePng(200);
    const shots = new Map([[sha256, png]]);
    store.add(sampleTrajectory({ id: 'one', screenshotSha256: sha256 }), shots);
    store.add(sampleTrajectory({ id: 'two', screenshotSha256: sha256 }), shots);
    expect(store.stats().screenshots).toBe(1);
    expect(Buffer.from(store.screenshot(sha256)!)).toEqual(Buffer.from(png));
    expect(store.delete('one')).toBe(true);
    expect(store.screenshot(sha256)).toBeDefined();
    expect(store.delete('two')).toBe(true);
    expect(store.screenshot(sha256)).toBeUndefined();
    expect(store.delete('two')).toBe(false);
  });

  it('refuses a screenshot whose bytes do not match its hash', () => {
    const { png } = samplePng(10);
    const wrong = 'f'.repeat(64);
    expect(() => store.add(sampleTrajectory({ id: 'x', screenshotSha256: wrong }), new Map([[wrong, png]]))).toThrow(/sha256/);
    expect(store.count()).toBe(0);
  });

  it('lists newest first, with paging and filters', () => {
    store.add(sampleTrajectory({ id: 'old', createdAt: 1000, environment: 'desktop', appKey: 'gedit' }));
    store.add(sampleTrajectory({ id: 'new', createdAt: 3000, status: 'failed' }));
    store.add(sampleTrajectory({ id: 'mid', createdAt: 2000, source: 'agent' }));
    expect(store.list().map((item) => item.id)).toEqual(['new', 'mid', 'old']);
    expect(store.list({ limit: 1, offset: 1 }).map((item) => item.id)).toEqual(['mid']);
    expect(store.list({ filters: { environment: 'desktop' } }).map((item) => item.id)).toEqual(['old']);
    expect(store.list({ filters: { successOnly: true } }).map((item) => item.id)).toEqual(['mid', 'old']);
    expect(store.list({ filters: { source: 'agent' } })[0]).toMatchObject({ id: 'mid', steps: 2, status: 'success', source: 'agent' });
  });

  it('counts what it holds', () => {
    addTasks();
    store.add(sampleTrajectory({ id: 'desk', environment: 'desktop', source: 'agent', status: 'failed', steps: 4 }));
    const stats = store.stats();
    expect(stats).toMatchObject({
      trajectories: 7,
      steps: 6 * 2 + 4,
      successful: 6,
      bySource: { agent: 1, demonstration: 6 },
      byEnvironment: { browser: 6, desktop: 1 },
      schemaVersion: 1,
      embedder: { name: 'hashed-ngram-v1', dimension: 384 },
    });
    expect(stats.fileBytes).toBeGreaterThan(0);
    expect(store.integrityCheck()).toEqual(['ok']);
  });

  it('uses WAL mode and foreign keys on the file', () => {
    store.add(sampleTrajectory({ id: 'x' }));
    store.close();
    const raw = new DatabaseConstructor(dbPath(), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('SELECT max(version) FROM schema_version').pluck().get()).toBe(1);
    raw.close();
    store = ExemplarStore.open(dbPath());
  });
});

describe('ExemplarStore: retrieval', () => {
  beforeEach(() => addTasks());

  it('finds the same task with other values first, and says why', () => {
    const [best] = store.retrieve({ task: 'Log in as "cy" with the password "pa55"', state: '[1] textbox "Username"\n[2] textbox "Password"' }, 1);
    expect(best!.trajectory.id).toMatch(/^login-/);
    expect(best!.trajectory.steps).toHaveLength(2);
    expect(best!.why).toMatch(/full-text rank \d+ \(bm25 -?\d+\.\d+\); vector rank \d+ \(cosine \d\.\d+\)/);
    expect(best!.score).toBeGreaterThan(0);
  });

  it('ranks by every mode, and the fast vector pass agrees with brute force here', () => {
    const query = { task: 'Choose Peru in the list and click Submit', state: '[1] combobox "Country"' };
    for (const mode of ['hybrid', 'full-text', 'vector'] as const) {
      expect(store.search(query, 1, {}, { mode })[0]?.id, mode).toBe('list-1');
    }
    const fast = store.search(query, 6, {}, { mode: 'vector' }).map((hit) => hit.id);
    const exact = store.search(query, 6, {}, { mode: 'vector', exactVectors: true }).map((hit) => hit.id);
    expect(fast).toEqual(exact);
  });

  it('applies filters in every mode', () => {
    store.add(sampleTrajectory({ id: 'login-desktop', task: 'Log in as "ana" with the password "x"', environment: 'desktop', appKey: 'keepass' }));
    store.add(sampleTrajectory({ id: 'login-failed', task: 'Log in as "ana" with the password "y"', status: 'failed', source: 'agent' }));
    const query = { task: 'Log in as "ana" with the password "secret1"' };
    for (const mode of ['hybrid', 'full-text', 'vector'] as const) {
      const ids = (filters: Parameters<ExemplarStore['search']>[2]) => store.search(query, 10, filters, { mode }).map((hit) => hit.id);
      expect(ids({ environment: 'desktop' }), mode).toEqual(['login-desktop']);
      expect(ids({ appKey: 'keepass' }), mode).toEqual(['login-desktop']);
      expect(ids({ source: 'agent' }), mode).toEqual(['login-failed']);
      expect(ids({ successOnly: true }), mode).not.toContain('login-failed');
      expect(ids({ excludeIds: ['login-1', 'login-2'] }), mode).not.toContain('login-1');
      expect(ids({ excludeTasks: [TASKS[0]!.task] }), mode).not.toContain('login-1');
      expect(ids({ appKey: 'no-such-app' }), mode).toEqual([]);
    }
  });

  it('returns at most k, and nothing from an empty memory', () => {
    expect(store.retrieve({ task: 'Submit' }, 2)).toHaveLength(2);
    const empty = ExemplarStore.open(join(folder.path, 'empty.db'));
    expect(empty.retrieve({ task: 'anything' }, 3)).toEqual([]);
    empty.close();
    expect(() => store.retrieve({ task: 'x' }, 0)).toThrow(/k must be a positive integer/);
  });

  it('treats FTS5 syntax in the task as plain words', () => {
    for (const task of ['"unbalanced', 'NEAR(a b) OR AND NOT', 'col:umn * ^start', '', '   ', '🙂 émoji café']) {
      expect(() => store.search({ task, state: task }, 3)).not.toThrow();
    }
    expect(store.search({ task: 'tabs AND "orbit' }, 1)[0]?.id).toBe('tab-1');
  });

  it('sees what another connection adds or deletes', () => {
    const other = ExemplarStore.open(dbPath());
    try {
      const query = { task: 'Rename the folder Holidays to Trips' };
      expect(other.search(query, 1)[0]?.id).not.toBe('rename');
      store.add(sampleTrajectory({ id: 'rename', task: 'Rename the folder Holidays to Trips', state: '[1] listitem "Holidays"' }));
      expect(other.search(query, 1, {}, { mode: 'vector' })[0]?.id).toBe('rename');
      store.delete('rename');
      expect(other.search(query, 3, {}, { mode: 'vector' }).map((hit) => hit.id)).not.toContain('rename');
      expect(other.get('rename')).toBeUndefined();
    } finally {
      other.close();
    }
  });
});

describe('ExemplarStore: embedders', () => {
  it('refuses a different embedder with a message naming the reembed command, and reembed fixes it', () => {
    addTasks();
    store.close();
    const other = new HashedNgramEmbedder({ dimension: 256 });
    let error: unknown;
    try {
      ExemplarStore.open(dbPath(), { embedder: other });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as UserFacingError).message).toMatch(/hashed-ngram-v1 \(384 dimensions\).*256 dimensions/);
    expect((error as UserFacingError).hint).toMatch(/understudy memory reembed/);

    store = ExemplarStore.open(dbPath(), { embedder: other, allowEmbedderMismatch: true });
    expect(() => store.search({ task: 'Log in' }, 1, {}, { mode: 'vector' })).toThrow(/reembed/);
    expect(store.search({ task: 'Log in as someone' }, 1, {}, { mode: 'full-text' })[0]?.id).toMatch(/^login-/);
    expect(store.reembed()).toBe(TASKS.length);
    expect(store.stats().embedder).toEqual({ name: 'hashed-ngram-v1', dimension: 256 });
    expect(store.search({ task: 'Log in as "zed" with the password "q"' }, 1, {}, { mode: 'vector' })[0]?.id).toMatch(/^login-/);
    store.close();
    store = ExemplarStore.open(dbPath(), { embedder: new HashedNgramEmbedder({ dimension: 256 }) });
  });

  it('lets an empty memory take whatever embedder it is opened with', () => {
    store.close();
    store = ExemplarStore.open(dbPath(), { embedder: new HashedNgramEmbedder({ dimension: 64 }) });
    expect(store.stats().embedder.dimension).toBe(64);
  });
});

describe('ExemplarStore: opening', () => {
  it('refuses writes when opened read-only', () => {
    store.add(sampleTrajectory({ id: 'kept' }));
    const reader = ExemplarStore.open(dbPath(), { readonly: true });
    try {
      expect(reader.get('kept')?.id).toBe('kept');
      expect(reader.retrieve({ task: 'Enter Ada' }, 1)[0]?.trajectory.id).toBe('kept');
      expect(() => reader.add(sampleTrajectory())).toThrow(/read-only/);
      expect(() => reader.delete('kept')).toThrow(/read-only/);
    } finally {
      reader.close();
    }
  });

  it('says when there is no memory to open read-only', () => {
    const missing = join(folder.path, 'nope', 'memory.db');
    expect(() => ExemplarStore.open(missing, { readonly: true })).toThrow(UserFacingError);
    expect(existsSync(missing)).toBe(false);
  });

  it('creates missing parent folders', () => {
    const nested = ExemplarStore.open(join(folder.path, 'a', 'b', 'memory.db'));
    nested.close();
    expect(existsSync(join(folder.path, 'a', 'b', 'memory.db'))).toBe(true);
  });

  it('refuses a memory written by a newer schema', () => {
    store.close();
    const raw = new DatabaseConstructor(dbPath());
    raw.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (99, ?, 0)').run('from-the-future');
    raw.close();
    expect(() => ExemplarStore.open(dbPath())).toThrow(/schema version 99, newer than this Understudy understands/);
    store = ExemplarStore.open(join(folder.path, 'other.db'));
  });
});

describe('defaultMemoryPath', () => {
  it('prefers UNDERSTUDY_MEMORY, then XDG_DATA_HOME, then ~/.local/share', () => {
    expect(defaultMemoryPath({ UNDERSTUDY_MEMORY: '/x/m.db', XDG_DATA_HOME: '/data' })).toBe('/x/m.db');
    expect(defaultMemoryPath({ XDG_DATA_HOME: '/data', HOME: '/home/u' })).toBe('/data/understudy/memory.db');
    expect(defaultMemoryPath({ XDG_DATA_HOME: 'relative', HOME: '/home/u' })).toBe('/home/u/.local/share/understudy/memory.db');
    expect(defaultMemoryPath({ HOME: '/home/u' })).toBe('/home/u/.local/share/understudy/memory.db');
  });
});

describe('ExemplarStore: index upkeep', () => {
  it('rebuilds the binary index when its recorded scheme differs, and still finds the same things', () => {
    folder.remove();
    folder = tempFolder();
    store = ExemplarStore.open(dbPath());
    for (const item of TASKS) store.add(sampleTrajectory(item));
    const query = { task: 'Tick the boxes "green" and "red", then press Submit' };
    // One first-pass candidate: the answer depends entirely on the bits.
    const nearest = () => store.search(query, 1, {}, { mode: 'vector', firstPassCandidates: 1 }).map((hit) => hit.id);
    const before = nearest();
    store.close();
    const raw = new DatabaseConstructor(dbPath());
    raw.prepare("UPDATE memory_meta SET value = 'old-scheme' WHERE key = 'index.scheme'").run();
    raw.prepare('UPDATE trajectory_bits SET bits = zeroblob(128)').run();
    raw.close();
    store = ExemplarStore.open(dbPath());
    expect(nearest()).toEqual(before);
    expect(before).toEqual(['checkbox-1']);
  });
});

describe('ExemplarStore: two writers', () => {
  it('keeps its vector index complete when both connections add', () => {
    const other = ExemplarStore.open(dbPath());
    try {
      store.add(sampleTrajectory({ id: 'first', task: 'Water the plants on the balcony' }));
      expect(store.search({ task: 'water plants' }, 1, {}, { mode: 'vector' })[0]?.id).toBe('first'); // index loaded
      other.add(sampleTrajectory({ id: 'from-other', task: 'Feed the cat at seven' }));
      store.add(sampleTrajectory({ id: 'mine', task: 'Book a table for two' }));
      const ids = (task: string) => store.search({ task }, 3, {}, { mode: 'vector', firstPassCandidates: 1 }).map((hit) => hit.id);
      expect(ids('Feed the cat at seven')).toContain('from-other');
      expect(ids('Book a table for two')).toContain('mine');
    } finally {
      other.close();
    }
  });
});

describe('ExemplarStore: full-text planning', () => {
  it('finds a word that first appears after earlier searches of a big-enough memory', () => {
    for (let index = 0; index < 30; index++) store.add(sampleTrajectory({ id: `filler-${index}`, task: `Click the button number ${index}` }));
    expect(store.search({ task: 'zephyr' }, 1, {}, { mode: 'full-text' })).toEqual([]);
    store.add(sampleTrajectory({ id: 'zephyr', task: 'Open the zephyr settings' }));
    expect(store.search({ task: 'zephyr' }, 1, {}, { mode: 'full-text' })[0]?.id).toBe('zephyr');
    // A budget too small for the common word still leaves the rare one.
    expect(store.search({ task: 'click zephyr' }, 1, {}, { mode: 'full-text', fullTextBudget: 5 })[0]?.id).toBe('zephyr');
  });
});

describe('ExemplarStore: budgeted full-text query', () => {
  it('ranks as if every word had been asked for, once the candidates are re-scored', () => {
    addTasks();
    for (let index = 0; index < 20; index++) store.add(sampleTrajectory({ id: `chore-${index}`, task: `Click the button to open window ${index}`, state: '[1] button "Open"' }));
    const queries = [
      { task: 'Click Submit after ticking the boxes "green" and "blue"', state: '[1] checkbox "green"\n[2] button "Submit"' },
      { task: 'Log in as "dee" then click the button', state: '[1] textbox "Username"\n[3] button "Login"' },
      { task: 'Click the orbit link in the tabs' },
    ];
    for (const query of queries) {
      // A budget of 3 postings leaves out every word that occurs in more than a few rows.
      const budgeted = store.search(query, 5, {}, { mode: 'hybrid', fullTextBudget: 3 });
      const everyWord = store.search(query, 5, {}, { mode: 'hybrid', fullTextBudget: Infinity });
      expect(budgeted.map((hit) => hit.id), query.task).toEqual(everyWord.map((hit) => hit.id));
      budgeted.forEach((hit, index) => expect(hit.bm25 ?? 0).toBeCloseTo(everyWord[index]!.bm25 ?? 0, 9));
      // Full text alone re-scores its own wider pool: those rows keep their every-word order and scores.
      const alone = store.search(query, 30, {}, { mode: 'full-text', fullTextBudget: 3 });
      const bm25By = new Map(store.search(query, 30, {}, { mode: 'full-text', fullTextBudget: Infinity }).map((hit) => [hit.id, hit.bm25!]));
      expect(alone.length).toBeGreaterThan(0);
      alone.forEach((hit) => expect(hit.bm25).toBeCloseTo(bm25By.get(hit.id)!, 9));
      expect(alone.map((hit) => hit.bm25)).toEqual(alone.map((hit) => hit.bm25).sort((left, right) => left! - right!));
    }
  });

  it('re-scores only rows that pass the filters', () => {
    addTasks();
    for (let index = 0; index < 10; index++) store.add(sampleTrajectory({ id: `agent-${index}`, task: `Click the Submit button ${index}`, source: 'agent' }));
    const query = { task: 'Tick the boxes and click Submit' };
    for (const filters of [{ source: 'agent' as const }, { excludeIds: ['checkbox-1'] }]) {
      const budgeted = store.search(query, 5, filters, { fullTextBudget: 3 }).map((hit) => hit.id);
      expect(budgeted, JSON.stringify(filters)).toEqual(store.search(query, 5, filters, { fullTextBudget: Infinity }).map((hit) => hit.id));
      expect(budgeted).not.toContain('checkbox-1');
    }
  });

  it('still ranks by full text when every word is too common for the budget', () => {
    for (let index = 0; index < 10; index++) store.add(sampleTrajectory({ id: `click-${index}`, task: `Click ${'click '.repeat(index % 3)}here` }));
    const hits = store.search({ task: 'click click click' }, 3, {}, { mode: 'hybrid', fullTextBudget: 1 });
    expect(hits).toHaveLength(3);
    expect(hits.every((hit) => hit.fullTextRank !== undefined)).toBe(true);
  });
});
