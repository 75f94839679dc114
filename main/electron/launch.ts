/**
 * `npm start`: opens the Electron app where Electron can run. Electron 42+
 * fetches its binary on first run; where that cannot happen (no network) this
 * says so in one line and points to web mode instead of dumping a stack trace.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-info.js';

const WEB_MODE_HINT = 'use web mode instead, the same app in your own browser: `npm run understudy -- serve --open`';

function electronBinary(): string | undefined {
  const require = createRequire(import.meta.url);
  const electronFolder = join(packageRoot(), 'node_modules', 'electron');
  if (!existsSync(electronFolder)) return undefined;
  if (!existsSync(join(electronFolder, 'path.txt'))) {
    // First run: try to fetch the binary quietly; offline this fails fast.
    const fetched = spawnSync(process.execPath, [join(electronFolder, 'install.js')], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    if (fetched.status !== 0) return undefined;
  }
  try {
    return require('electron') as unknown as string;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
if (!binary || !existsSync(binary)) {
  process.stderr.write(`understudy: Electron's binary is not installed and could not be fetched (no network?); ${WEB_MODE_HINT}\n`);
  process.exit(1);
}
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: packageRoot() });
if (build.status !== 0) process.exit(build.status ?? 1);
const child = spawn(binary, [join(packageRoot(), 'dist', 'main', 'electron', 'main.js')], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
