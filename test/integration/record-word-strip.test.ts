/**
 * A press on one word of a strip of plain-span tabs, recorded from real input through the browser
 * recorder and replayed on its seed (real Chromium). The observation folds the strip into one text
 * element ("Fruit Bread Soup Cake"), and one delegated listener on the document serves every tab: stored
 * as that element, the replay pressed its centre — another tab — and then saved a dish of the wrong
 * category (seen on recipe-browser: 0 of 3 demonstrations replayed). The recorder now reads, when the
 * press happens, that the strip's centre is another tab, and stores the point the person pressed; the
 * heart icons, all named alike, are told apart by their card.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHarnessBrowser } from '../../harness/browser.js';
import { recordThroughRecorder } from '../../harness/miniwob/record-through-recorder.js';
import { serveDirectory, type StaticServer } from '../../harness/static-server.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';
import { journalDirectoryFor } from '../../main/recorder/recording-journal.js';
import { ExemplarStore } from '../../memory/exemplar-store.js';
import type { Demonstrator } from '../../harness/tasks/demonstrators/demonstrator.js';
import { BrowserOperator } from '../../agent/operators/browser/browser-operator.js';
import { ExemplarPolicy } from '../../agent/policy/exemplar/exemplar-policy.js';
import { MiniwobEnvironment, TASK_CLIP, newTaskContext } from '../../harness/miniwob/environment.js';
import { runPolicyEpisode } from '../../harness/miniwob/run-episode.js';

/** Tabs are plain spans 40 px wide; the page opens on the first category, the task asks for the last (the strip's centre is another). */
const PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Word strip</title>
<script src="../core/seedrandom.min.js"></script><script src="../core/core.js"></script>
<link rel="stylesheet" href="../core/core.css">
<style>
  #area .tabs { display: inline-flex; font-size: 8px; }
  #area .tab { display: inline-block; width: 36px; padding: 0 2px; }
  #area .tab.on { font-weight: bold; }
  #area .card { position: relative; display: flex; align-items: center; height: 16px; font-size: 8px; cursor: pointer; }
  #area .card .info { flex: 1; }
  #area .card .name, #area .card .meta { display: block; }
  #area .heart { flex: none; width: 12px; height: 12px; font-style: normal; font-size: 10px; line-height: 12px; text-align: center; }
  #area i.heart::before { content: '\\2661'; }
</style>
<script>
var CATS = { Fruit: ['Apple pie', 'Pear tart', 'Plum jam'], Bread: ['Rye loaf', 'Soda bread', 'Bagels'],
  Soup: ['Leek soup', 'Pea soup', 'Fish soup'], Cake: ['Carrot cake', 'Lemon cake', 'Fudge cake'] };
var state = null;
document.addEventListener('click', function (event) {
  if (!state) return;
  var target = event.target;
  var heart = target.closest('[data-save]');
  if (heart) { var ok = heart.getAttribute('data-save') === state.want; state = null; core.endEpisode(ok ? 1 : -1, ok); return; }
  var tab = target.closest('[data-cat]');
  if (tab) { state.cat = tab.getAttribute('data-cat'); state.render(); }
});
var genProblem = function () {
  var area = document.getElementById('area');
  var keys = core.shuffle(Object.keys(CATS));
  var cat = keys[3];
  var want = core.sample(CATS[cat]);
  document.getElementById('query').textContent = 'Save the ' + want + ' from ' + cat + '.';
  state = { cat: keys[0], want: want, render: function () {
    area.innerHTML = '<div class="tabs">' + keys.map(function (key) {
      return '<span class="tab' + (key === state.cat ? ' on' : '') + '" data-cat="' + key + '">' + key + '</span>';
    }).join('') + '</div>' + CATS[state.cat].map(function (name) {
      return '<div class="card"><div class="info"><span class="name">' + name + '</span><span class="meta">' + (10 + 5 * CATS[state.cat].indexOf(name)) + ' min</span></div><i class="heart icon-heart" title="Save" data-save="' + name + '"></i></div>';
    }).join('');
  } };
  state.render();
};
window.onload = function () { core.startEpisode(); };
</script></head>
<body><div id="wrap"><div id="query"></div><div id="area"></div></div></body></html>`;

let browser: Browser;
let server: StaticServer;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'understudy-word-strip-'));
  for (const shared of ['core', 'common']) symlinkSync(join(suiteDirectory(), shared), join(root, shared));
  mkdirSync(join(root, 'miniwob'));
  writeFileSync(join(root, 'miniwob', 'word-strip.html'), PAGE);
  browser = await launchHarnessBrowser();
  server = await serveDirectory(root);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A person: presses the asked tab where its word is in the strip, then the heart on the asked dish's card. */
const person: Demonstrator = async (context) => {
  const input = context.input!;
  const [, want, cat] = /^Save the (.+) from (\w+)\.$/.exec(context.utterance)!;
  const first = await context.observe();
  const strip = first.elements.find((element) => /^(?:Fruit|Bread|Soup|Cake)(?: \w+){3}$/.test(element.text))!;
  const index = strip.text.split(' ').indexOf(cat!);
  await input.click(strip.box.x + 40 * index + 20, strip.box.y + strip.box.height / 2);
  const shown = await context.observe();
  const card = shown.elements.find((element) => element.parentId !== undefined && element.text.startsWith(want!))!;
  const heart = shown.elements.find((element) => element.parentId === card.parentId && element.id !== card.id)!;
  await input.click(heart.box.x + heart.box.width / 2, heart.box.y + heart.box.height / 2);
};

describe('a press on one word of a strip of plain-span tabs', () => {
  it('is recorded from real input as the point pressed, and the recording replays to the same result', async () => {
    const db = join(root, 'memory.db');
    const store = ExemplarStore.open(db);
    try {
      for (const seed of [1000, 1001, 1002]) {
        const recorded = await recordThroughRecorder({
          browser,
          root,
          baseUrl: server.url,
          demonstrator: person,
          task: 'word-strip',
          seed,
          sink: store,
          journalDirectory: journalDirectoryFor(db),
        });
        expect(recorded.demonstration.result, `${recorded.demonstration.result.reason} ${JSON.stringify(recorded.demonstration.result.pageErrors)} ${recorded.demonstration.result.outcome?.reason}`).toMatchObject({ success: true, rawReward: 1 });
        const stored = store.get(recorded.demonstration.result.trajectoryId!)!;
        const [tab, heart] = stored.steps;
        // The tab press is kept as its point; its descriptor still names the strip it lies in.
        expect(tab!.action, JSON.stringify([tab!.details, tab!.targets])).toMatchObject({ type: 'click', target: { x: expect.any(Number), y: expect.any(Number) } });
        expect(tab!.targets[0]?.text).toMatch(/^(?:Fruit|Bread|Soup|Cake)(?: \w+){3}$/);
        expect(tab!.details?.pressedItem).toMatch(/^(?:Fruit|Bread|Soup|Cake)$/); // the item's words go with the point
        expect(heart!.targets[0]).toMatchObject({ label: 'Save' });
        expect(recorded.verification, recorded.verification.reason).toMatchObject({ verified: true, reward: 1 });
      }
    } finally {
      store.close();
    }
    // The offline policy on unseen seeds: the strip reads otherwise there (the tabs shuffled), so the point press is
    // followed only where the row reads as it did (rules/pressed-item.ts), never pressed on whatever sits there.
    const memory = ExemplarStore.open(db, { readonly: true });
    try {
      for (const seed of [1, 2, 3]) {
        const context = await newTaskContext(browser);
        try {
          const page = await context.newPage();
          const environment = new MiniwobEnvironment(page, { baseUrl: server.url });
          const operator = await BrowserOperator.attach(page, { screenshotClip: { ...TASK_CLIP }, exclude: ['#reward-display', '#sync-task-cover'] });
          const run = await runPolicyEpisode({ environment, operator, policy: new ExemplarPolicy({ memory }), task: 'word-strip', seed, screenshots: false });
          expect(run.result.rawReward, run.result.reason).not.toBe(-1);
        } finally {
          await context.close();
        }
      }
    } finally {
      memory.close();
    }
  }, 300_000);
});
