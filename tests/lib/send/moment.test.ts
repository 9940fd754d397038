import { describe, expect, it } from 'vitest';
import { DEFAULT_LATE_WINDOW, HeatedStretch, isLateNight, nudgeLine } from '../../../lib/send/moment';

const at = (hours: number, minutes = 0) => new Date(2026, 10, 30, hours, minutes);

describe('isLateNight', () => {
  it('is late from 23:00 to 05:00 by default, across midnight, start included and end excluded', () => {
    const late = (h: number, m = 0) => isLateNight(at(h, m), DEFAULT_LATE_WINDOW);
    expect([late(22, 59), late(23), late(0), late(3, 30), late(4, 59), late(5), late(12)]).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('reads a window within one day, and an empty window as never', () => {
    expect(isLateNight(at(14), { start: '13:30', end: '15:00' })).toBe(true);
    expect(isLateNight(at(13, 29), { start: '13:30', end: '15:00' })).toBe(false);
    expect(isLateNight(at(15), { start: '13:30', end: '15:00' })).toBe(false);
    for (let h = 0; h < 24; h++) expect(isLateNight(at(h), { start: '23:00', end: '23:00' })).toBe(false);
  });
});

describe('HeatedStretch', () => {
  const minute = 60_000;

  it('is heated at three distinct serious drafts within ten minutes', () => {
    const stretch = new HeatedStretch();
    stretch.note('1', 0);
    stretch.note('1', 1 * minute);
    stretch.note('2', 2 * minute);
    expect(stretch.isHeated(2 * minute)).toBe(false);
    stretch.note('3', 3 * minute);
    expect(stretch.isHeated(3 * minute)).toBe(true);
  });

  it('cools down when the drafts are older than the window', () => {
    const stretch = new HeatedStretch();
    stretch.note('a', 0);
    stretch.note('b', minute);
    stretch.note('c', 2 * minute);
    expect(stretch.isHeated(10 * minute)).toBe(true);
    expect(stretch.isHeated(11 * minute)).toBe(false);
    stretch.note('d', 13 * minute);
    expect(stretch.isHeated(13 * minute)).toBe(false);
  });

  it('suggests a 20-minute break in one line', () => {
    for (const reason of ['late', 'heated'] as const) {
      expect(nudgeLine(reason)).toContain('20-minute break');
      expect(nudgeLine(reason)).not.toContain('\n');
    }
  });
});
