/** @vitest-environment happy-dom */
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { WeekChart } from '../../components/WeekChart';
import { emptyReflection, recordEvent, weekSummary } from '../../lib/send/reflection';

const day = (d: number) => new Date(2026, 10, d, 12);

function draw(reflection = emptyReflection(), onClear = () => undefined) {
  const root = document.createElement('div');
  render(<WeekChart week={weekSummary(reflection, day(30))} onClear={onClear} />, root);
  return root;
}

describe('WeekChart', () => {
  it('draws seven days of three bars, sized by the counts, with the totals and each category', () => {
    let r = recordEvent(emptyReflection(), 'paused', ['ultimatum'], day(30));
    r = recordEvent(r, 'paused', ['ultimatum', 'contempt'], day(30));
    r = recordEvent(r, 'sentAsIs', ['ultimatum'], day(29));
    const root = draw(r);
    const bars = [...root.querySelectorAll('rect[data-event]')];
    expect(bars).toHaveLength(21);
    const height = (event: string, i: number) =>
      Number(root.querySelectorAll(`rect[data-event="${event}"]`)[i]?.getAttribute('height'));
    expect(height('paused', 6)).toBeGreaterThan(0);
    expect(height('paused', 6)).toBe(2 * height('sentAsIs', 5));
    expect(height('rewritten', 6)).toBe(0);
    expect(root.querySelector('[data-testid="softer-week-total-paused"]')?.textContent).toBe('2');
    expect(root.querySelector('[data-testid="softer-week-chart"]')?.getAttribute('aria-label')).toBe(
      'The last seven days. Pauses before sending: 2, Rewrites used: 0, Sent as is: 1.',
    );
    const rows = [...root.querySelectorAll('[data-testid="softer-week-categories"] tbody tr')].map(
      (row) => row.querySelector('td')?.textContent,
    );
    expect(rows).toEqual(['Contempt', 'Ultimatum']);
  });

  it('says when there is nothing yet, and clears on request', () => {
    const onClear = vi.fn();
    const root = draw(emptyReflection(), onClear);
    expect(root.textContent).toContain('Nothing yet this week.');
    expect((root.querySelector('[data-testid="softer-week-clear"]') as HTMLButtonElement).disabled).toBe(
      true,
    );
    const full = draw(recordEvent(emptyReflection(), 'rewritten', ['blame'], day(30)), onClear);
    (full.querySelector('[data-testid="softer-week-clear"]') as HTMLButtonElement).click();
    expect(onClear).toHaveBeenCalledTimes(1);
  });
});
