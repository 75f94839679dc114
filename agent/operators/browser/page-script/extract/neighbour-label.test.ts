import { describe, expect, it } from 'vitest';
import { useBrowser } from '../../../../../test/kits/browser-page.js';
import { pageModule } from '../../../../../test/kits/page-module.js';
import { runInPage } from '../run-in-page.js';
import { captionPlace, readsAsCaption } from './neighbour-label.js';

const rect = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });

describe('captionPlace', () => {
  const field = rect(100, 100, 150, 20);
  it('is left on the field line, before it, within reach', () => {
    expect(captionPlace(rect(20, 102, 70, 16), field)).toBe('left');
    expect(captionPlace(rect(-300, 102, 60, 16), field)).toBeUndefined();
    // On the line but after the field.
    expect(captionPlace(rect(260, 102, 60, 16), field)).toBeUndefined();
  });

  it('is above when just over the field and in its column', () => {
    expect(captionPlace(rect(100, 78, 90, 18), field)).toBe('above');
    expect(captionPlace(rect(100, 20, 90, 18), field)).toBeUndefined();
    expect(captionPlace(rect(300, 78, 90, 18), field)).toBeUndefined();
    // Below is never a caption.
    expect(captionPlace(rect(100, 124, 90, 18), field)).toBeUndefined();
  });
});

describe('readsAsCaption', () => {
  it('takes a few words, not a sentence or an instruction', () => {
    expect(readsAsCaption('Email address')).toBe(true);
    expect(readsAsCaption('City:')).toBe(true);
    expect(readsAsCaption('Type "Ada" into the box')).toBe(false);
    expect(readsAsCaption('Enter the name. Then press Submit')).toBe(false);
    expect(readsAsCaption('one two three four five six')).toBe(false);
  });
});

describe('neighbourLabel in real Chromium (the module alone, bundled for the test)', () => {
  const kit = useBrowser();

  it('reads the caption before a field on its line, and refuses across a field and after it', async () => {
    const { page } = await kit.open({
      html: `<div style="display:flex;gap:6px"><div>Name</div><div><input id="name"></div><div><input id="second"></div></div>
             <div><div><input id="first-of-all"></div><span>after</span></div>
             <div style="display:flex"><div style="display:none">Hidden</div><div>Shown</div><div><select id="pick"><option>a</option></select></div></div>`,
    });
    const labelOf = await pageModule<string, string>(`import { neighbourLabel } from './neighbour-label.js';
      export default (id) => neighbourLabel(document.getElementById(id));`);
    expect(await runInPage(page, labelOf, 'name')).toBe('Name');
    expect(await runInPage(page, labelOf, 'second')).toBe('');
    expect(await runInPage(page, labelOf, 'first-of-all')).toBe('');
    expect(await runInPage(page, labelOf, 'pick')).toBe('Shown');
  });
});
