/**
 * The map in ARCHITECTURE.md, enforced: every row of its folder table has a
 * rule here saying which of our folders (and which packages, where the row
 * says so) that folder's code may import. A new row without a rule fails, an
 * import across a boundary fails, and so does an exception that no longer
 * matches any import (so the list below cannot go stale).
 *
 * The rules hold for production code. Unit tests (`*.test.ts`) sit next to the
 * code and may use the test kits and real parts from anywhere, but never a
 * window: nothing under agent/ or memory/, tests included, imports electron,
 * react, main/ or renderer/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|mts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  if (existsSync(join(root, folder))) walk(join(root, folder));
  return out;
}

export interface ImportSite {
  specifier: string;
  /** `import type` / `export type`: erased at build time, no code is loaded. */
  typeOnly: boolean;
}

/** Every module a file imports (static, dynamic, export-from, require), and whether only its types. */
export function importSites(source: string): ImportSite[] {
  const sites: ImportSite[] = [];
  const patterns = [
    /\bimport\s+(type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(type\s+)?[\w*{}\s,$]+\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\(\s*()['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*()['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) sites.push({ specifier: match[2]!, typeOnly: Boolean(match[1]) });
  return sites;
}

/** Every module specifier a file imports. */
export function importsOf(source: string): string[] {
  return importSites(source).map((site) => site.specifier);
}

/** Where an import lands: a path of ours relative to the root (`agent/core/errors.js`), `node:<name>`, or a package name. */
function landing(file: string, specifier: string): string {
  if (specifier.startsWith('.')) return relative(root, resolve(dirname(file), specifier)).split(/[\\/]/).join('/');
  if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]!)) return `node:${specifier.replace(/^node:/, '')}`;
  return specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
}

const OUR_FOLDERS = ['agent', 'memory', 'main', 'renderer', 'harness', 'cli', 'test', 'bench', 'scripts'];
const isOurs = (where: string) => OUR_FOLDERS.includes(where.split('/')[0]!);
const inside = (where: string, ...folders: string[]) => folders.some((folder) => where === folder || where.startsWith(`${folder}/`));

interface Rule {
  /** The folder as ARCHITECTURE.md's table names it (without the trailing slash). */
  folder: string;
  /** Sub-folders with a row (and rule) of their own: this rule leaves them alone. */
  except?: string[];
  /** What the row says, for the failure message. */
  says: string;
  /** May production code in `folder` import `where` (see `landing`)? */
  allows(where: string, site: ImportSite): boolean;
}

const ours = (...folders: string[]) => (where: string) => !isOurs(where) || inside(where, ...folders);

/** One rule per row of ARCHITECTURE.md's folder table. */
const RULES: Rule[] = [
  { folder: 'agent/core', says: 'nothing of ours', allows: ours('agent/core') },
  { folder: 'agent/runner', says: 'agent/', allows: ours('agent') },
  { folder: 'agent/operators/browser', says: 'agent/core, agent/observation', allows: ours('agent/core', 'agent/observation', 'agent/operators/browser') },
  {
    folder: 'agent/operators/desktop',
    except: ['agent/operators/desktop/a11y'],
    says: 'agent/core, agent/observation',
    // The desktop operator merges accessibility and OCR into one observation, so it reads its own a11y sub-folder.
    allows: ours('agent/core', 'agent/observation', 'agent/operators/desktop'),
  },
  { folder: 'agent/operators/desktop/a11y', says: 'agent/core', allows: ours('agent/core', 'agent/operators/desktop/a11y') },
  { folder: 'agent/observation', says: 'agent/core', allows: ours('agent/core', 'agent/observation') },
  { folder: 'agent/prompts', says: 'agent/core', allows: ours('agent/core', 'agent/prompts') },
  { folder: 'agent/policy', says: 'agent/ (memory only through the ExemplarMemory seam)', allows: ours('agent') },
  { folder: 'agent/models', says: 'agent/core', allows: ours('agent/core', 'agent/models') },
  { folder: 'agent/checks', says: 'agent/', allows: ours('agent') },
  { folder: 'agent/safety', says: 'agent/', allows: ours('agent') },
  { folder: 'agent/config', says: 'agent/', allows: ours('agent') },
  {
    folder: 'memory',
    says: 'agent/core (+ node built-ins, better-sqlite3, sqlite-vec); its settings come from the front door',
    allows: (where) => (isOurs(where) ? inside(where, 'agent/core', 'memory') : where.startsWith('node:') || where === 'better-sqlite3' || where === 'sqlite-vec'),
  },
  { folder: 'main', says: 'agent/, memory/, harness/ (service only)', allows: ours('agent', 'memory', 'main') },
  { folder: 'renderer', says: 'main/api/contract.ts, by import type only', allows: (where, site) => !isOurs(where) || inside(where, 'renderer') || (where === 'main/api/contract.js' && site.typeOnly) },
  { folder: 'harness', says: 'agent/, memory/ (main/service and main/recorder for demonstrations through the real recorder)', allows: ours('agent', 'memory', 'harness') },
  { folder: 'cli', says: 'all but renderer/', allows: (where) => !inside(where, 'renderer') },
  { folder: 'test', says: 'everything', allows: () => true },
  { folder: 'bench', says: 'everything', allows: () => true },
  { folder: 'scripts', says: 'Node built-ins', allows: (where) => where.startsWith('node:') || inside(where, 'scripts') },
];

/**
 * Imports across a row's boundary that are known and kept, each with its
 * reason. `from` is a file or a folder, `to` a landing prefix.
 */
const EXCEPTIONS: { from: string; to: string; reason: string }[] = [
  {
    from: 'main/service',
    to: 'harness',
    reason: 'the service runs suite tasks, benchmarks and recording verification on the MiniWoB harness (ARCHITECTURE: harness/ "service only")',
  },
  {
    from: 'harness/miniwob/record-through-recorder.ts',
    to: 'main/recorder',
    reason: 'suite demonstrations are captured through the real recorder, so they are taken as a person\'s would be',
  },
  {
    from: 'harness/miniwob/record-through-recorder.ts',
    to: 'main/service/record-browser.js',
    reason: 'the recorder\'s UI-free browser session drives those demonstrations',
  },
  {
    from: 'harness/evaluation.ts',
    to: 'main/recorder/recording-journal.js',
    reason: 'the evaluation keeps the recorder\'s journals of its demonstrations beside the memory, where the recorder puts them',
  },
  {
    from: 'harness/evaluation.ts',
    to: 'main/service/configured-memory.js',
    reason: 'a benchmark on a configured memory opens it the one way every front door does (memory/ itself no longer reads configuration)',
  },
  {
    from: 'scripts/setup.mjs',
    to: 'better-sqlite3',
    reason: 'not an import: the text of a child `node -e` script that checks the native modules load',
  },
  {
    from: 'scripts/setup.mjs',
    to: 'sqlite-vec',
    reason: 'not an import: the text of a child `node -e` script that checks the native modules load',
  },
];

function isException(file: string, where: string): boolean {
  return EXCEPTIONS.some((exception) => inside(file, exception.from) && inside(where, exception.to.replace(/\/$/, '')));
}

/** The row whose folder holds `file` most closely. */
function ruleFor(file: string): Rule | undefined {
  const candidates = RULES.filter((rule) => inside(file, rule.folder) && !(rule.except ?? []).some((sub) => inside(file, sub)));
  return candidates.sort((a, b) => b.folder.length - a.folder.length)[0];
}

interface Crossing {
  file: string;
  specifier: string;
  where: string;
}

/** Every import a production file makes that its row does not allow. */
function crossings(): Crossing[] {
  const found: Crossing[] = [];
  for (const folder of OUR_FOLDERS) {
    for (const path of sourceFiles(folder)) {
      const file = relative(root, path).split(/[\\/]/).join('/');
      if (/\.test\.tsx?$/.test(file)) continue;
      const rule = ruleFor(file);
      for (const site of importSites(readFileSync(path, 'utf8'))) {
        const where = landing(path, site.specifier);
        if (!rule || !rule.allows(where, site)) found.push({ file, specifier: site.specifier, where });
      }
    }
  }
  return found;
}

const uiOrBackend = (where: string) => where === 'electron' || where === 'react' || where === 'react-dom' || inside(where, 'main', 'renderer');

function windowImports(folder: string): string[] {
  const found: string[] = [];
  for (const path of sourceFiles(folder)) {
    for (const site of importSites(readFileSync(path, 'utf8'))) {
      if (uiOrBackend(landing(path, site.specifier))) found.push(`${relative(root, path)} imports ${site.specifier}`);
    }
  }
  return found;
}

/** The folders of ARCHITECTURE.md's table, in order (`agent/core/` → `agent/core`). */
function tableFolders(): string[] {
  const text = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
  return [...text.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!.replace(/\/(<[^>]+>\/?)?$/, '').replace(/\/$/, ''));
}

/** Where a relative import of `file` lands, as a source file relative to the root (`.js` → `.ts` / `.tsx`). */
function sourceOf(file: string, specifier: string): string | undefined {
  const base = resolve(dirname(file), specifier);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, join(base, 'index.ts')];
  const found = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  return found ? relative(root, found).split(/[\\/]/).join('/') : undefined;
}

/** `import { type A, type B } from …`: every name is a type, so nothing is loaded. */
function typesOnly(source: string, specifier: string): boolean {
  const escaped = specifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const clauses = [...source.matchAll(new RegExp(`\\b(?:import|export)\\s+\\{([^}]*)\\}\\s+from\\s+['"]${escaped}['"]`, 'g'))];
  return clauses.length > 0 && clauses.every((clause) => clause[1]!.split(',').map((name) => name.trim()).filter(Boolean).every((name) => name.startsWith('type ')));
}

/**
 * Every cycle of imports that load code (type-only imports are erased at
 * build time and cannot cycle) among our production files, each as the chain
 * of files. A cycle makes a module see another half-initialised; two rules
 * that need the same words share a small file instead (rules/change-words.ts).
 */
export function importCycles(files: readonly string[], importsOfFile: (file: string) => string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOfFile(file).filter((target) => target !== file)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

function productionImportGraph(): { files: string[]; importsOfFile: (file: string) => string[] } {
  const files = OUR_FOLDERS.flatMap((folder) => sourceFiles(folder))
    .map((path) => relative(root, path).split(/[\\/]/).join('/'))
    .filter((file) => !/\.test\.tsx?$/.test(file));
  const importsOfFile = (file: string) => {
    const path = join(root, file);
    const source = readFileSync(path, 'utf8');
    return importSites(source)
      .filter((site) => !site.typeOnly && site.specifier.startsWith('.') && !typesOnly(source, site.specifier))
      .flatMap((site) => sourceOf(path, site.specifier) ?? []);
  };
  return { files, importsOfFile };
}

describe('import boundaries', () => {
  it('finds imports of every form (the checker itself works)', () => {
    expect(
      importSites(`import x from 'electron';\nimport type { A } from "../main/x.js";\nexport * from './y.js';\nexport type { B } from './z.js';\nconst r = await import('react');\nrequire('fs');`),
    ).toEqual([
      { specifier: 'electron', typeOnly: false },
      { specifier: '../main/x.js', typeOnly: true },
      { specifier: './y.js', typeOnly: false },
      { specifier: './z.js', typeOnly: true },
      { specifier: 'react', typeOnly: false },
      { specifier: 'fs', typeOnly: false },
    ]);
  });

  it('has a rule for every row of ARCHITECTURE.md\'s folder table, and no rule without a row', () => {
    const rows = tableFolders();
    expect(rows.length).toBeGreaterThan(10);
    expect([...rows].sort()).toEqual(RULES.map((rule) => rule.folder).sort());
  });

  it('a rule catches a crossing (the rules themselves work)', () => {
    expect(ruleFor('agent/models/openai/openai-model.ts')!.allows('agent/config/config-schema.js', { specifier: '', typeOnly: true })).toBe(false);
    expect(ruleFor('agent/operators/desktop/a11y/atspi-reader.ts')!.folder).toBe('agent/operators/desktop/a11y');
    expect(ruleFor('renderer/src/app.tsx')!.allows('main/api/contract.js', { specifier: '', typeOnly: false })).toBe(false);
    expect(ruleFor('renderer/src/app.tsx')!.allows('main/api/contract.js', { specifier: '', typeOnly: true })).toBe(true);
    expect(ruleFor('scripts/setup.mjs')!.allows('better-sqlite3', { specifier: '', typeOnly: false })).toBe(false);
  });

  it('production code imports only what its row of the table allows', () => {
    const unexpected = crossings()
      .filter((crossing) => !isException(crossing.file, crossing.where))
      .map((crossing) => `${crossing.file} imports ${crossing.specifier} (its row allows: ${ruleFor(crossing.file)?.says ?? 'no row names this folder'})`);
    expect(unexpected).toEqual([]);
  });

  it('every named exception is still in use', () => {
    const all = crossings();
    const unused = EXCEPTIONS.filter((exception) => !all.some((crossing) => inside(crossing.file, exception.from) && inside(crossing.where, exception.to)));
    expect(unused).toEqual([]);
  });

  it('finds a cycle of imports (the checker itself works)', () => {
    const imports: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a'], d: ['a'] };
    expect(importCycles(Object.keys(imports), (file) => imports[file]!)).toEqual([['a', 'b', 'c', 'a']]);
    expect(importCycles(['a', 'b'], (file) => (file === 'a' ? ['b'] : []))).toEqual([]);
    expect(typesOnly(`import { type A, type B } from './x.js';`, './x.js')).toBe(true);
    expect(typesOnly(`import { type A, b } from './x.js';`, './x.js')).toBe(false);
  });

  it('production code has no import cycles (rules import planned-step.ts, never plan-demonstration.ts)', () => {
    const { files, importsOfFile } = productionImportGraph();
    expect(files.length).toBeGreaterThan(100);
    expect(importCycles(files, importsOfFile).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('agent/ and memory/, tests included, never import electron, react, main/ or renderer/', () => {
    expect(windowImports('agent')).toEqual([]);
    expect(windowImports('memory')).toEqual([]);
  });
});
