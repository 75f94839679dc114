/**
 * Round or square: a small white control beside a caption is a radio button
 * when its outline is a circle, a check box when it is a square (rounded or
 * not). The white fill alone cannot tell them apart at 12–16 px — the
 * anti-aliased inner edge of a ring leaves a disc that is nearly a rounded
 * square — but the outline can: a circle's outline leaves the corners of the
 * box around it empty, a square's runs through them.
 *
 * Read: the outline on each side (the darkest pixel at the fill's edge, at
 * the side's middle) gives the outline's box and colour, the pixels just
 * beyond it the background's. In each corner of the outline's box whose two
 * sides show an outline, the triangle of pixels within a fifth of the side
 * from the corner (L1) is measured: how dark it is, from background (0) to
 * outline (1). A circle reaches no nearer the corner than 0.29 of the side,
 * so its triangles stay background; a square's outline crosses every one (a
 * bevelled Tk box shows only its dark top and left: that one corner is read).
 * Anything between, a faint outline, or corners that disagree is left
 * unknown. Pure; physical pixels.
 */
import { lumaAt, type PixelRect, type RawImage } from './raw-image.js';

export type ToggleShape = 'round' | 'square';

/** Corner triangles darker than this (share of the outline's contrast) are a square's. */
const SQUARE_MIN_DARKNESS = 0.35;
/** Corner triangles no darker than this are a circle's. */
const ROUND_MAX_DARKNESS = 0.12;
/** An outline fainter than this against the background (luma) is not read. */
const MIN_CONTRAST = 24;
/** The corner triangle's reach (L1, from the corner) as a share of the outline's side. */
const CORNER_REACH = 0.2;

/**
 * The outline's shape around a small filled box (the fill of a candidate
 * check box), or undefined when it cannot be told.
 * @param scale physical pixels per logical pixel (the outline lies within 3 logical px of the fill).
 */
export function toggleShape(image: RawImage, fill: PixelRect, scale = 1): ToggleShape | undefined {
  const reach = Math.max(2, Math.round(3 * scale));
  const beyond = Math.max(1, Math.round(2 * scale));
  const midX = fill.x + Math.floor(fill.width / 2);
  const midY = fill.y + Math.floor(fill.height / 2);
  const inImage = (x: number, y: number) => x >= 0 && y >= 0 && x < image.width && y < image.height;
  /**
   * The darkest pixel stepping out from the fill's edge (from one pixel inside it: a bevelled box's dark edge may
   * lie within the fill's box), the background a little beyond it, and whether an outline shows there at all.
   */
  const side = (x: number, y: number, dx: number, dy: number) => {
    let best = { at: 0, luma: Infinity };
    for (let step = -1; step <= reach; step++) {
      const px = x + dx * step;
      const py = y + dy * step;
      if (!inImage(px, py)) return undefined;
      const luma = lumaAt(image, px, py);
      if (luma < best.luma) best = { at: step, luma };
    }
    const bx = x + dx * (Math.max(0, best.at) + beyond);
    const by = y + dy * (Math.max(0, best.at) + beyond);
    if (!inImage(bx, by)) return undefined;
    const background = lumaAt(image, bx, by);
    return { at: best.at, luma: best.luma, background, outlined: background - best.luma >= MIN_CONTRAST };
  };
  const top = side(midX, fill.y - 1, 0, -1);
  const bottom = side(midX, fill.y + fill.height, 0, 1);
  const left = side(fill.x - 1, midY, -1, 0);
  const right = side(fill.x + fill.width, midY, 1, 0);
  if (!top || !bottom || !left || !right) return undefined;
  // The outline's box: from the darkest pixel on the left and top to the darkest on the right and bottom.
  const x0 = fill.x - 1 - left.at;
  const y0 = fill.y - 1 - top.at;
  const x1 = fill.x + fill.width + right.at;
  const y1 = fill.y + fill.height + bottom.at;
  const size = Math.min(x1 - x0 + 1, y1 - y0 + 1);
  const limit = Math.max(1, Math.round(CORNER_REACH * size));
  /** How dark a corner's triangle is, 0 (background) to 1 (outline), where both its sides show an outline. */
  const corner = (x: number, y: number, dx: number, dy: number, a: NonNullable<typeof top>, b: NonNullable<typeof top>) => {
    if (!a.outlined || !b.outlined) return undefined;
    const background = (a.background + b.background) / 2;
    const contrast = background - (a.luma + b.luma) / 2;
    let darkness = 0;
    let count = 0;
    for (let i = 0; i <= limit; i++) {
      for (let j = 0; i + j <= limit; j++) {
        const luma = lumaAt(image, x + dx * i, y + dy * j);
        darkness += Math.min(1, Math.max(0, (background - luma) / contrast));
        count++;
      }
    }
    return darkness / count;
  };
  const corners = [corner(x0, y0, 1, 1, top, left), corner(x1, y0, -1, 1, top, right), corner(x0, y1, 1, -1, bottom, left), corner(x1, y1, -1, -1, bottom, right)];
  const read = corners.filter((darkness): darkness is number => darkness !== undefined);
  // A square's outline crosses every corner where it shows (a bevelled box shows only its dark top and left);
  // a circle is called round only when its whole outline shows and no corner holds any of it.
  if (read.length > 0 && read.every((darkness) => darkness >= SQUARE_MIN_DARKNESS)) return 'square';
  if (read.length === 4 && read.every((darkness) => darkness <= ROUND_MAX_DARKNESS)) return 'round';
  return undefined;
}
