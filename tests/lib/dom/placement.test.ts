import { describe, expect, it } from 'vitest';
import { CARD_WIDTH, placeCard } from '../../../lib/dom/placement';

const window1280 = { width: 1280, height: 720 };
const field = (top: number, bottom: number, right = 1000) => ({ top, bottom, left: 280, right });

describe('placeCard', () => {
  it('puts a card that fits below the field right under it, its right edge on the field’s', () => {
    expect(placeCard(field(100, 180), window1280, 300)).toEqual({
      top: 188,
      left: 1000 - CARD_WIDTH,
      width: CARD_WIDTH,
      maxHeight: 704,
    });
  });

  it('puts it above the field when only there it fits whole', () => {
    expect(placeCard(field(500, 580), window1280, 300).top).toBe(500 - 8 - 300);
  });

  it('slides it over the field’s far edge, whole, when it fits on neither side (the practice page at 1280×720)', () => {
    const placed = placeCard(field(252, 337), window1280, 464);
    expect(placed.top).toBe(720 - 8 - 464);
    expect(placed.top + 464).toBeLessThanOrEqual(720 - 8);
  });

  it('keeps clear of the indicator at the field’s corner when it slides over the field', () => {
    const placed = placeCard(field(252, 337), window1280, 464);
    expect(placed.left + placed.width).toBeLessThanOrEqual(1000 - 30);
  });

  it('puts it beside the field when it fits neither below nor above but the window is wide enough', () => {
    // Level with the field's top, moved up just enough to end inside the window.
    expect(placeCard(field(252, 337, 900), window1280, 464)).toEqual({
      top: 720 - 8 - 464,
      left: 908,
      width: CARD_WIDTH,
      maxHeight: 704,
    });
  });

  it('slides it down from the top when the room above is larger', () => {
    expect(placeCard(field(600, 700), window1280, 650).top).toBe(8);
  });

  it('caps a card taller than the window to the window, scrolling inside', () => {
    const placed = placeCard(field(100, 140), { width: 320, height: 240 }, 900);
    expect(placed).toEqual({ top: 8, left: 8, width: 304, maxHeight: 224 });
  });

  it('is never wider than the window, nor off its left or right edge', () => {
    for (const width of [200, 320, 360, 700]) {
      const placed = placeCard(field(10, 40, 2000), { width, height: 600 }, 200);
      expect(placed.left).toBeGreaterThanOrEqual(8);
      expect(placed.left + placed.width).toBeLessThanOrEqual(width - 8);
    }
    expect(placeCard(field(10, 40, 50), window1280, 200).left).toBe(8);
  });

  it('stays inside the window for a field scrolled partly off screen', () => {
    for (const [top, bottom] of [
      [-300, -100],
      [650, 900],
      [-50, 800],
    ] as const) {
      const placed = placeCard(field(top, bottom), window1280, 400);
      expect(placed.top).toBeGreaterThanOrEqual(8);
      expect(placed.top + 400).toBeLessThanOrEqual(712);
    }
  });
});
