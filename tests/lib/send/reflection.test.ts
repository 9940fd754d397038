import { describe, expect, it } from 'vitest';
import {
  dayKey,
  emptyReflection,
  parseReflection,
  recordEvent,
  weekKeys,
  weekSummary,
} from '../../../lib/send/reflection';

const day = (d: number, h = 12) => new Date(2026, 10, d, h);

describe('the weekly reflection', () => {
  it('counts each event once per day and once per category involved', () => {
    let r = emptyReflection();
    r = recordEvent(r, 'paused', ['ultimatum', 'blame', 'ultimatum'], day(30, 9));
    r = recordEvent(r, 'sentAsIs', ['ultimatum'], day(30, 10));
    r = recordEvent(r, 'rewritten', ['blame'], day(29));
    expect(r).toEqual({
      days: {
        '2026-11-30': {
          paused: 1,
          rewritten: 0,
          sentAsIs: 1,
          categories: {
            ultimatum: { paused: 1, rewritten: 0, sentAsIs: 1 },
            blame: { paused: 1, rewritten: 0, sentAsIs: 0 },
          },
        },
        '2026-11-29': {
          paused: 0,
          rewritten: 1,
          sentAsIs: 0,
          categories: { blame: { paused: 0, rewritten: 1, sentAsIs: 0 } },
        },
      },
    });
  });

  it('keeps only the last seven days, across a month end', () => {
    expect(weekKeys(new Date(2026, 11, 2, 12))).toEqual([
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
    let r = recordEvent(emptyReflection(), 'paused', [], day(20));
    r = recordEvent(r, 'paused', [], day(27));
    r = recordEvent(r, 'paused', [], new Date(2026, 11, 2, 12));
    expect(Object.keys(r.days)).toEqual(['2026-11-27', '2026-12-02']);
  });

  it('sums the week for the chart, days oldest first, categories in the engine’s order', () => {
    let r = recordEvent(emptyReflection(), 'paused', ['crisis'], day(28));
    r = recordEvent(r, 'rewritten', ['absolute'], day(30));
    const week = weekSummary(r, day(30));
    expect(week.days.map((d) => d.date)).toEqual(weekKeys(day(30)));
    expect(week.days[6]?.label).toBe('Mon');
    expect(week.days[6]?.counts).toEqual({ paused: 0, rewritten: 1, sentAsIs: 0 });
    expect(week.totals).toEqual({ paused: 1, rewritten: 1, sentAsIs: 0 });
    expect(week.categories.map((c) => c.category)).toEqual(['absolute', 'crisis']);
  });

  it('holds dates and numbers only; anything else read back is an empty reflection', () => {
    const r = recordEvent(emptyReflection(), 'paused', ['blame'], day(30));
    expect(JSON.stringify(r)).toMatch(/^[{}[\]":,\w-]*$/);
    expect(parseReflection(r)).toEqual(r);
    for (const bad of [null, 'x', { days: { yesterday: {} } }, { days: { '2026-11-30': { paused: -1 } } }])
      expect(parseReflection(bad)).toEqual(emptyReflection());
    expect(dayKey(day(1, 0))).toBe('2026-11-01');
  });
});
