/**
 * The agent knows no window: nothing under agent/ or memory/ may import
 * electron, react, main/ or renderer/; memory/'s code imports only agent/core of ours
 * (and node built-ins, better-sqlite3, sqlite-vec) — its settings come from the front door;
 * renderer/ imports the API contract only.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

/** Every module specifier a file imports (static, dynamic, export-from, require). */
export function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bexport\s+(?:type\s+)?[\w*{}\s,$]+\s+from\s+['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) specifiers.push(match[1]!);
  return specifiers;
}

/** The top-level folder of the project a relative import lands in, or the package name. */
function landing(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier.startsWith('node:') ? 'node' : specifier.split('/')[0]!.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
  const target = relative(root, resolve(dirname(file), specifier));
  return target.split(/[\\/]/).slice(0, 2).join('/');
}

function violations(folder: string, forbidden: (landing: string, file: string) => boolean): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(folder)) {
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      const where = landing(file, specifier);
      if (forbidden(where, file)) found.push(`${relative(root, file)} imports ${specifier}`);
    }
  }
  return found;
}

const uiOrBackend = (where: string) =>
  where === 'electron' || where === 'react' || where === 'react-dom' || where.startsWith('main/') || where.startsWith('renderer/');

describe('import boundaries', () => {
  it('finds imports of every form (the checker itself works)', () => {
    expect(
      importsOf(`import x from 'electron';\nimport type { A } from "../main/x.js";\nexport * from './y.js';\nconst r = await import('react');\nrequire('fs');`),
    ).toEqual(['electron', '../main/x.js', './y.js', 'react', 'fs']);
  });

  it('agent/ never imports electron, react, main/ or renderer/', () => {
    expect(violations('agent', uiOrBackend)).toEqual([]);
  });

  it('memory/ never imports electron, react, main/ or renderer/', () => {
    expect(violations('memory', uiOrBackend)).toEqual([]);
  });

  it('memory/ code imports only agent/core, itself, node built-ins and its database packages (configuration is resolved at the front door)', () => {
    const allowedPackages = new Set(['node', 'better-sqlite3', 'sqlite-vec']);
    expect(
      violations(
        'memory',
        (where, file) =>
          !file.endsWith('.test.ts') && !allowedPackages.has(where) && where !== 'agent/core' && !where.startsWith('memory/') && where !== 'memory',
      ),
    ).toEqual([]);
  });

  it('renderer/ imports nothing of ours but the API contract', () => {
    expect(
      violations('renderer', (where) => /^(agent|memory|harness|cli|bench|test)\//.test(where) || (where.startsWith('main/') && where !== 'main/api')),
    ).toEqual([]);
  });
});
