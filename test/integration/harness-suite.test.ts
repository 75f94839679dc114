/**
 * The harness on the project's own suite, through the CLI as a process:
 * `understudy bench miniwob` records demonstrations with the suite's
 * demonstrators, checks their replays and runs the offline policy;
 * `understudy replay --task` and `understudy replay <id>` then reproduce
 * the stored rewards from the memory it wrote. Bad input exits 1 with a
 * clear message.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cliNodeArguments } from '../kits/cli-process.js';
import { main } from '../../cli/program.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function understudy(...args: string[]) {
  const run = spawnSync(process.execPath, cliNodeArguments(args), { cwd: ROOT, encoding: 'utf8', timeout: 240_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('understudy bench miniwob / replay on the project suite', () => {
  const out = mkdtempSync(join(tmpdir(), 'understudy-harness-suite-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('bench records demonstrations, replays them to reward 1 and runs the offline policy', () => {
    const run = understudy('bench', 'miniwob', '--tasks', 'click-button,enter-text,click-checkboxes', '--seeds', '0-1', '--demos', '2', '--workers', '2', '--report', out, '--max-time', '60000');
    expect(run.stderr).toMatch(/demonstrations\s+\[#+\] 6\/6/);
    expect(run.stderr).toMatch(/offline policy\s+\[#+\] 6\/6/);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('demonstrations through the recorder: 6/6 scored reward 1; verified on their own seed: 6/6');
    expect(run.stdout).toMatch(/^click-button\s+2\s+2\/2\s+\d\/2 /m);
    expect(run.stdout).toMatch(/^click-checkboxes\s+2\s+\d+\.\d%/m);
    expect(run.stdout).toMatch(/^MEAN\s+6\s+/m);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('max time <code>60000 ms</code>');
  }, 300_000);

  it('replay reproduces the stored demonstrations of a task, and one trajectory by id', () => {
    const memoryPath = join(out, 'memory.db');
    const byTask = understudy('replay', '--task', 'enter-text', '--memory', memoryPath);
    expect(byTask.stderr).toBe('');
    expect(byTask.stdout).toMatch(/^reproduced\s+\S+\s+enter-text#1000\s+stored 1\s+replayed 1/m);
    expect(byTask.stdout).toContain('2/2 replays reproduced their stored reward');
    expect(byTask.status).toBe(0);

    const store = ExemplarStore.open(memoryPath, { readonly: true });
    const [demo] = store.list({ filters: { appKey: 'miniwob/click-checkboxes', source: 'demonstration' }, limit: 1 });
    store.close();
    const one = understudy('replay', demo!.id, '--memory', memoryPath);
    expect(one.stdout).toContain('1/1 replays reproduced their stored reward');
    expect(one.status).toBe(0);
  }, 300_000);

  it('bad input exits 1 with a message that names the problem', async () => {
    // In process: the same entry point as the binary, without a process start per case.
    const inProcess = async (...args: string[]) => {
      let stderr = '';
      const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        stderr += String(chunk);
        return true;
      });
      try {
        const status = await main(['node', 'understudy', ...args]);
        return { status, stderr };
      } finally {
        spy.mockRestore();
        process.exitCode = undefined;
      }
    };
    const folder = await inProcess('bench', 'miniwob', '--dir', join(out, 'missing'), '--seeds', '0');
    expect(folder.status).toBe(1);
    expect(folder.stderr).toMatch(/MiniWoB pages folder .*missing does not exist/);
    const task = await inProcess('bench', 'miniwob', '--tasks', 'click-buton', '--seeds', '0', '--report', join(out, 'bad'));
    expect(task.status).toBe(1);
    expect(task.stderr).toMatch(/unknown task click-buton \(did you mean click-button/);
    expect((await inProcess('bench', 'miniwob', '--seeds', '1000-1001', '--demos', '1')).stderr).toMatch(/overlap \(1000\)/);
    expect((await inProcess('bench', 'miniwob', '--policy', 'magic')).stderr).toMatch(/unknown policy "magic"/);
    expect((await inProcess('bench', 'miniwob', '--seeds', '3-1')).stderr).toMatch(/--seeds: the range 3-1 runs backwards/);
    expect((await inProcess('bench', 'miniwob', '--shard', '3/2')).stderr).toMatch(/--shard 3\/2/);
    expect((await inProcess('replay', '--memory', join(out, 'memory.db'))).stderr).toMatch(/give a trajectory id or --task/);
    const unknownId = await inProcess('replay', 'nope', '--memory', join(out, 'memory.db'));
    expect(unknownId.status).toBe(1);
    expect(unknownId.stderr).toMatch(/no trajectory nope in/);
  }, 120_000);
});
