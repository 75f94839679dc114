/**
 * OCR words and layout candidates → the elements of an observation: words
 * join into lines (labels, messages), and lines inside a field, a button or
 * beside a check box or radio button become that control's value, text or
 * label.
 *
 * Input is in physical pixels of the grab; output boxes are logical pixels of
 * the virtual screen: `origin + physical / scale`. Pure.
 */
import type { UIElement } from '../../core/observation.js';
import { smallSquare, type ControlCandidate } from './detect-controls.js';
import type { OcrWord } from './ocr.js';
import type { PixelRect } from './raw-image.js';

export interface OcrLine {
  text: string;
  /** Physical pixels. */
  box: PixelRect;
  /** Mean word confidence, 0–100. */
  confidence: number;
  words: OcrWord[];
}

export interface LayoutOptions {
  /** Physical pixels per logical pixel. Default 1. */
  scale?: number;
  /** Logical position of the grab's top-left corner in the virtual screen. Default 0, 0. */
  originX?: number;
  originY?: number;
}

/** Fields are near-white; anything lighter than this fill luma counts. */
const FIELD_MIN_LUMA = 235;

/**
 * Join words into lines: same row (vertical overlap of at least half the
 * smaller word), and a gap under ~1.2 line heights — wider gaps separate
 * columns, e.g. a label and the text of the field next to it.
 * @param separators rectangles no line may span (controls): words in different ones never join.
 */
export function groupLines(words: readonly OcrWord[], separators: readonly PixelRect[] = []): OcrLine[] {
  const containerOf = (word: OcrWord) => {
    const cx = word.box.x + word.box.width / 2;
    const cy = word.box.y + word.box.height / 2;
    return separators.findIndex((rect) => cx >= rect.x && cx <= rect.x + rect.width && cy >= rect.y && cy <= rect.y + rect.height);
  };
  const sorted = [...words].sort((a, b) => a.box.x - b.box.x);
  const lines: { words: OcrWord[]; container: number; box: PixelRect }[] = [];
  for (const word of sorted) {
    const container = containerOf(word);
    const line = lines.find((candidate) => {
      if (candidate.container !== container) return false;
      const last = candidate.words[candidate.words.length - 1]!;
      const overlap = Math.min(candidate.box.y + candidate.box.height, word.box.y + word.box.height) - Math.max(candidate.box.y, word.box.y);
      if (overlap < 0.5 * Math.min(last.box.height, word.box.height)) return false;
      const lineHeight = Math.max(candidate.box.height, word.box.height);
      const gap = word.box.x - (last.box.x + last.box.width);
      return gap < 1.2 * lineHeight && gap > -0.5 * lineHeight;
    });
    if (line) {
      line.words.push(word);
      const right = Math.max(line.box.x + line.box.width, word.box.x + word.box.width);
      const bottom = Math.max(line.box.y + line.box.height, word.box.y + word.box.height);
      line.box.x = Math.min(line.box.x, word.box.x);
      line.box.y = Math.min(line.box.y, word.box.y);
      line.box.width = right - line.box.x;
      line.box.height = bottom - line.box.y;
    } else {
      lines.push({ words: [word], container, box: { ...word.box } });
    }
  }
  return lines
    .map((line) => ({
      text: line.words.map((word) => word.text).join(' '),
      box: line.box,
      confidence: line.words.reduce((sum, word) => sum + word.confidence, 0) / line.words.length,
      words: line.words,
    }))
    .sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}

function centreInside(inner: PixelRect, outer: PixelRect): boolean {
  const cx = inner.x + inner.width / 2;
  const cy = inner.y + inner.height / 2;
  return cx >= outer.x && cx <= outer.x + outer.width && cy >= outer.y && cy <= outer.y + outer.height;
}

type Kind = 'textbox' | 'checkbox' | 'radio' | 'button';

/**
 * Attribute of an OCR toggle whose outline was not told round or square: its
 * role "checkbox" may be a radio button's (toggle-shape.ts).
 */
export const TOGGLE_KIND_UNSURE_ATTRIBUTE = 'toggleKindUnsure';

/** What a candidate looks like it is, before the text is known: a small white square is a check box, a round one a radio button. */
export function classifyControl(control: ControlCandidate, scale = 1): Kind | undefined {
  const { width, height } = control.box;
  if (smallSquare(control.box, scale) && control.fillLuma >= FIELD_MIN_LUMA) return control.shape === 'round' ? 'radio' : 'checkbox';
  if (control.fillLuma >= FIELD_MIN_LUMA && width >= 2.5 * height && height >= 14 * scale) return 'textbox';
  if (height >= 14 * scale && width >= 20 * scale) return 'button';
  return undefined;
}

/**
 * Build the observation's elements (ids from `firstId`, in reading order).
 */
export function layoutElements(
  words: readonly OcrWord[],
  controls: readonly ControlCandidate[],
  options: LayoutOptions = {},
  firstId = 0,
): UIElement[] {
  const scale = options.scale ?? 1;
  const toLogical = (rect: PixelRect) => ({
    x: (options.originX ?? 0) + rect.x / scale,
    y: (options.originY ?? 0) + rect.y / scale,
    width: rect.width / scale,
    height: rect.height / scale,
  });
  const kinds = controls
    .map((control) => ({ control, kind: classifyControl(control, scale) }))
    .filter((entry): entry is { control: ControlCandidate; kind: Kind } => entry.kind !== undefined);
  const lines = groupLines(
    words,
    kinds.map((entry) => entry.control.box),
  );
  const used = new Set<OcrLine>();
  const drafts: Omit<UIElement, 'id'>[] = [];

  for (const { control, kind } of kinds) {
    const inside = lines.filter((line) => centreInside(line.box, control.box));
    const box = toLogical(control.box);
    if (kind === 'textbox') {
      inside.forEach((line) => used.add(line));
      const label = labelFor(control.box, lines, scale);
      drafts.push({
        role: 'textbox',
        text: label?.text ?? '',
        ...(label ? { label: label.text } : {}),
        value: inside.map((line) => line.text).join(' '),
        states: { editable: true },
        box,
        source: 'ocr',
        interactive: true,
      });
    } else if (kind === 'checkbox' || kind === 'radio') {
      inside.forEach((line) => used.add(line)); // a check mark read as "v" or "x"
      const caption = lines.find(
        (line) =>
          !used.has(line) &&
          line.box.x >= control.box.x + control.box.width - 2 * scale &&
          line.box.x - (control.box.x + control.box.width) <= 3 * control.box.width &&
          Math.abs(line.box.y + line.box.height / 2 - (control.box.y + control.box.height / 2)) <= control.box.height,
      );
      if (!caption) continue; // a lone white square is decoration more often than not
      used.add(caption);
      drafts.push({
        role: kind,
        text: caption.text,
        states: { checked: control.inkShare > 0.08 },
        box: toLogical(unionRect(control.box, caption.box)),
        source: 'ocr',
        interactive: true,
        ...(control.shape === undefined ? { attributes: { [TOGGLE_KIND_UNSURE_ATTRIBUTE]: 'checkbox or radio' } } : {}),
      });
    } else if (inside.length > 0) {
      inside.forEach((line) => used.add(line));
      drafts.push({
        role: 'button',
        text: inside.map((line) => line.text).join(' '),
        states: {},
        box,
        source: 'ocr',
        interactive: true,
      });
    }
  }
  for (const line of lines) {
    if (used.has(line)) continue;
    drafts.push({ role: 'text', text: line.text, states: {}, box: toLogical(line.box), source: 'ocr', interactive: false });
  }
  drafts.sort((a, b) => rowOrder(a.box, b.box));
  return drafts.map((draft, index) => ({ id: firstId + index, ...draft }));
}

/** Reading order: top to bottom by row (centres within half a line), then left to right. */
function rowOrder(a: PixelRect, b: PixelRect): number {
  const ca = a.y + a.height / 2;
  const cb = b.y + b.height / 2;
  if (Math.abs(ca - cb) <= Math.min(a.height, b.height) / 2) return a.x - b.x;
  return ca - cb;
}

/** The field's label: the nearest line to its left on the same row, else just above it. */
function labelFor(field: PixelRect, lines: readonly OcrLine[], scale: number): OcrLine | undefined {
  const centreY = field.y + field.height / 2;
  const outside = lines.filter((line) => !centreInside(line.box, field));
  const left = outside
    .filter(
      (line) =>
        line.box.x + line.box.width <= field.x + 2 * scale &&
        field.x - (line.box.x + line.box.width) <= 250 * scale &&
        Math.abs(line.box.y + line.box.height / 2 - centreY) <= field.height / 2,
    )
    .sort((a, b) => b.box.x + b.box.width - (a.box.x + a.box.width))[0];
  if (left) return left;
  return outside
    .filter(
      (line) =>
        line.box.y + line.box.height <= field.y + 2 * scale &&
        field.y - (line.box.y + line.box.height) <= 30 * scale &&
        line.box.x < field.x + field.width &&
        line.box.x + line.box.width > field.x,
    )
    .sort((a, b) => b.box.y - a.box.y)[0];
}

function unionRect(a: PixelRect, b: PixelRect): PixelRect {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}
