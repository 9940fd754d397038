/**
 * Where the suggestion card goes (issue 13): whole, inside the viewport, at every window size and for a
 * field in a frame (its box already in the viewport's coordinates, lib/dom/frames.ts boxInView).
 *
 * Below the field when the whole card fits there, else above it, else beside it (a wide window); when it
 * fits none of these but fits the window, it slides over the field's far edge from the roomier side
 * rather than cutting its last rewrite off, keeping clear of the indicator at the field's corner; only a
 * card taller than the window scrolls inside itself.
 */

export interface FieldBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface CardPlacement {
  top: number;
  left: number;
  width: number;
  maxHeight: number;
}

/** The card's width where the window allows it. */
export const CARD_WIDTH = 340;
/** Space kept between the card and the field, and between the card and the window's edges. */
const GAP = 8;
/** The indicator's corner at the field's bottom right (components/Overlay.tsx draws it 30px in). */
const INDICATOR_CLEARANCE = 34;

/**
 * @param field the field's box in viewport pixels
 * @param viewport the window's inner size
 * @param cardHeight the card's full height (border box) with nothing cut, or 0 before it is measured
 */
export function placeCard(
  field: FieldBox,
  viewport: { width: number; height: number },
  cardHeight: number,
): CardPlacement {
  const width = Math.max(0, Math.min(CARD_WIDTH, viewport.width - 2 * GAP));
  const left = Math.max(GAP, Math.min(field.right - width, viewport.width - width - GAP));
  const whole = Math.max(0, viewport.height - 2 * GAP);
  const roomBelow = viewport.height - field.bottom - 2 * GAP;
  const roomAbove = field.top - 2 * GAP;
  const height = Math.min(cardHeight, whole);
  const place = (top: number, at = left) => ({ top, left: at, width, maxHeight: whole });
  // Clamped to the window too: a field scrolled partly off screen still gets its card on screen.
  const below = Math.max(GAP, field.bottom + GAP);
  if (cardHeight > 0 && below + cardHeight <= viewport.height - GAP) return place(below);
  const above = Math.min(field.top - GAP, viewport.height - GAP) - cardHeight;
  if (cardHeight > 0 && above >= GAP) return place(above);
  // Beside the field, its top level with the field's where the window allows.
  const besideTop = Math.max(GAP, Math.min(field.top, viewport.height - GAP - height));
  if (cardHeight > 0 && cardHeight <= whole) {
    if (field.right + GAP + width <= viewport.width - GAP) return place(besideTop, field.right + GAP);
    if (field.left - GAP - width >= GAP) return place(besideTop, field.left - GAP - width);
  }
  // Fits on neither side: as close to the field as the window allows, on the roomier side.
  const top =
    roomBelow >= roomAbove
      ? Math.max(GAP, Math.min(field.bottom + GAP, viewport.height - GAP - height))
      : Math.max(GAP, Math.min(field.top - GAP - height, viewport.height - GAP - height));
  return place(top, Math.max(GAP, Math.min(left, field.right - INDICATOR_CLEARANCE - width)));
}
