#!/usr/bin/env node
/**
 * Sets up everything Understudy needs, idempotently, using only Node built-ins
 * (it runs before `npm install` ever has):
 *   1. system packages (Xvfb, xdotool, Chromium, xsel, …) — installed with apt on
 *      Debian/Ubuntu when run as root; elsewhere it names exactly what to install;
 *   2. npm packages — `npm ci` when node_modules is missing or older than the lock file;
 *   3. a check that the native modules load.
 * When everything is there it takes well under a second.
 *
 * Flags: --quiet (only print what it changes), --check (report, change nothing).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, accessSync, constants } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = new Set(process.argv.slice(2));
const quiet = args.has('--quiet');
const checkOnly = args.has('--check');

/** Commands we need on PATH, and the Debian package that provides each. */
const SYSTEM_REQUIREMENTS = [
  { command: 'Xvfb', debian: 'xvfb', why: 'a virtual X display for the desktop operator and its tests' },
  { command: 'xdotool', debian: 'xdotool', why: 'injecting real input events in desktop tests' },
  { command: 'chromium', debian: 'chromium', why: 'the browser the browser operator drives', paths: ['/usr/bin/chromium'] },
  { command: 'xsel', debian: 'xsel', why: 'clipboard typing on the desktop (nut-js)' },
  { command: 'xwininfo', debian: 'x11-utils', why: 'finding windows on the desktop' },
  { command: 'convert', debian: 'imagemagick', why: 'drawing test images for OCR' },
  { command: 'wish', debian: 'tk8.6', why: 'the Tk form application the desktop demo and tests drive' },
  { command: 'dbus-launch', debian: 'dbus-x11', why: 'a private D-Bus session for the accessibility bus in desktop tests' },
  { command: null, debian: 'at-spi2-core', why: 'the accessibility bus (AT-SPI) the desktop operator reads applications through', paths: ['/usr/libexec/at-spi-bus-launcher'] },
  { command: null, debian: 'python3-gi', why: 'the GTK 3 test application (Python bindings)', paths: ['/usr/lib/python3/dist-packages/gi/__init__.py'] },
  {
    command: null,
    debian: 'gir1.2-gtk-3.0',
    why: 'the GTK 3 test application (GTK type library)',
    paths: ['/usr/lib/x86_64-linux-gnu/girepository-1.0/Gtk-3.0.typelib', '/usr/lib/aarch64-linux-gnu/girepository-1.0/Gtk-3.0.typelib', '/usr/lib/girepository-1.0/Gtk-3.0.typelib'],
  },
  { command: null, debian: 'fonts-dejavu-core', why: 'UI fonts the OCR figures were measured with', paths: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'] },
  { command: null, debian: 'fonts-liberation', why: 'UI fonts the OCR figures were measured with', paths: ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'] },
];

/** True when a requirement is met: its command is on PATH or one of its files exists. */
function present(requirement) {
  return (requirement.command !== null && onPath(requirement.command)) || (requirement.paths ?? []).some((path) => existsSync(path));
}

const log = (line) => process.stdout.write(`setup: ${line}\n`);
const info = (line) => {
  if (!quiet) log(line);
};

function fail(message) {
  process.stderr.write(`setup: ${message}\n`);
  process.exit(1);
}

function onPath(command) {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (!folder) continue;
    try {
      accessSync(join(folder, command), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

function run(command, commandArgs, options = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) return { ok: false, message: result.error.message };
  return { ok: result.status === 0, message: `exited with ${result.status ?? result.signal}` };
}

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) fail(`Node ${process.versions.node} is too old: Understudy needs Node 20 or later.`);
}

function systemPackages() {
  const missing = SYSTEM_REQUIREMENTS.filter((requirement) => !present(requirement));
  if (missing.length === 0) {
    info('system packages present');
    return;
  }
  const packages = [...new Set(missing.map((requirement) => requirement.debian))];
  const described = missing.map((requirement) => `${requirement.command ?? requirement.debian} (${requirement.why})`).join('; ');
  const isDebian = existsSync('/etc/debian_version') && onPath('apt-get');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (checkOnly || !isDebian || !isRoot) {
    const how = isDebian
      ? `sudo apt-get install -y ${packages.join(' ')}`
      : `install the packages providing: ${missing.map((requirement) => requirement.command ?? requirement.debian).join(', ')} (Debian names: ${packages.join(' ')})`;
    fail(`missing ${described}.\n  Install them with: ${how}`);
  }
  log(`installing system packages: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update', '-qq'], { env });
  if (!update.ok) fail(`apt-get update failed (${update.message}); nothing was installed.`);
  const install = run(
    'apt-get',
    ['install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=600', ...packages],
    { env },
  );
  if (!install.ok) fail(`apt-get install ${packages.join(' ')} failed (${install.message}).`);
  const still = missing.filter((requirement) => !present(requirement));
  if (still.length > 0) fail(`after installing, still missing: ${still.map((requirement) => requirement.command ?? requirement.debian).join(', ')}`);
}

function lockHash() {
  return createHash('sha256').update(readFileSync(join(root, 'package-lock.json'))).digest('hex');
}

function npmPackages() {
  const marker = join(root, 'node_modules', '.understudy-setup');
  const wanted = lockHash();
  const current = existsSync(marker) ? readFileSync(marker, 'utf8').trim() : '';
  if (current === wanted && nativeModulesLoad()) {
    info('npm packages up to date');
    return;
  }
  if (checkOnly) fail('npm packages are missing or out of date: run `npm ci`.');
  log('installing npm packages (npm ci; better-sqlite3 compiles from source, about a minute)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = run(npm, ['ci', '--no-audit', '--no-fund'], {
    env: { ...process.env, ONNXRUNTIME_NODE_INSTALL_CUDA: 'skip', ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  if (!result.ok) fail(`npm ci failed (${result.message}). node_modules may be incomplete: run \`npm ci\` again.`);
  if (!nativeModulesLoad()) fail('npm ci finished but a native module does not load (see above).');
  writeFileSync(marker, `${wanted}\n`);
}

/** better-sqlite3 and sqlite-vec must load; a Node upgrade needs a rebuild. */
function nativeModulesLoad() {
  if (!existsSync(join(root, 'node_modules', 'better-sqlite3'))) return false;
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      "const D=require('better-sqlite3');const d=new D(':memory:');require('sqlite-vec').load(d);d.prepare('select vec_version()').get();",
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (probe.status !== 0 && !quiet) process.stderr.write(probe.stderr);
  return probe.status === 0;
}

checkNode();
systemPackages();
npmPackages();
info('ready');
