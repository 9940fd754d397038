import { CATEGORY_INFO } from '../lib/categories';
import {
  EVENT_LABELS,
  REFLECTION_EVENTS,
  type ReflectionEvent,
  type WeekSummary,
} from '../lib/send/reflection';

/**
 * The private picture of the week (issue 14): per day, pauses before sending, rewrites used and
 * messages sent as is, as grouped bars; below, the same per category. Drawn as a small SVG by hand:
 * seven groups of three bars need no chart library, nothing to load or keep up to date, and it renders
 * under the extension's default content security policy.
 */
export interface WeekChartProps {
  /** The week to draw (lib/send/reflection.ts weekSummary). */
  week: WeekSummary;
  /** Clears every count. */
  onClear: () => void;
}

const COLORS: Record<ReflectionEvent, string> = {
  paused: '#7c4dff',
  rewritten: '#2da44e',
  sentAsIs: '#bf8700',
};

const WIDTH = 420;
const HEIGHT = 150;
const AXIS = 20;
const BAR = 10;

export function WeekChart({ week, onClear }: WeekChartProps) {
  const max = Math.max(1, ...week.days.flatMap((day) => REFLECTION_EVENTS.map((e) => day.counts[e])));
  const categoryMax = Math.max(
    1,
    ...week.categories.flatMap((c) => REFLECTION_EVENTS.map((e) => c.counts[e])),
  );
  const group = WIDTH / week.days.length;
  const scale = (n: number) => (n / max) * (HEIGHT - AXIS - 14);
  const summary = REFLECTION_EVENTS.map((e) => `${EVENT_LABELS[e]}: ${week.totals[e]}`).join(', ');
  const empty = REFLECTION_EVENTS.every((e) => week.totals[e] === 0);
  return (
    <section aria-labelledby="week-title" data-testid="softer-week">
      <h2 id="week-title">Your week</h2>
      <p class="hint">Counts only, kept on this device. Softer never keeps what you wrote.</p>
      <ul class="plain legend">
        {REFLECTION_EVENTS.map((event) => (
          <li key={event} class="row">
            <svg width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" rx="2" fill={COLORS[event]} />
            </svg>
            {EVENT_LABELS[event]}:{' '}
            <strong data-testid={`softer-week-total-${event}`}>{week.totals[event]}</strong>
          </li>
        ))}
      </ul>
      <svg
        class="week-chart"
        data-testid="softer-week-chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={`The last seven days. ${summary}.`}
      >
        <line
          x1="0"
          x2={WIDTH}
          y1={HEIGHT - AXIS}
          y2={HEIGHT - AXIS}
          stroke="currentColor"
          stroke-opacity="0.3"
        />
        {week.days.map((day, i) => {
          const x = i * group + group / 2 - (BAR * REFLECTION_EVENTS.length) / 2;
          return (
            <g key={day.date}>
              {REFLECTION_EVENTS.map((event, j) => {
                const h = scale(day.counts[event]);
                return (
                  <rect
                    key={event}
                    data-event={event}
                    x={x + j * BAR}
                    y={HEIGHT - AXIS - h}
                    width={BAR - 2}
                    height={h}
                    rx="1"
                    fill={COLORS[event]}
                  >
                    <title>{`${day.label} ${day.date}: ${EVENT_LABELS[event]} ${day.counts[event]}`}</title>
                  </rect>
                );
              })}
              <text
                x={i * group + group / 2}
                y={HEIGHT - 5}
                text-anchor="middle"
                font-size="11"
                fill="currentColor"
              >
                {day.label}
              </text>
            </g>
          );
        })}
      </svg>
      {empty ? (
        <p>Nothing yet this week.</p>
      ) : (
        <table class="week-categories" data-testid="softer-week-categories">
          <thead>
            <tr>
              <th>By kind</th>
              {REFLECTION_EVENTS.map((event) => (
                <th key={event}>{EVENT_LABELS[event]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {week.categories.map(({ category, counts }) => (
              <tr key={category}>
                <td>{CATEGORY_INFO[category].label}</td>
                {REFLECTION_EVENTS.map((event) => (
                  <td key={event}>
                    <svg width="60" height="10" aria-hidden="true">
                      <rect
                        width={Math.max(0, (counts[event] / categoryMax) * 60)}
                        height="10"
                        rx="2"
                        fill={COLORS[event]}
                      />
                    </svg>{' '}
                    {counts[event]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div class="row">
        <button type="button" data-testid="softer-week-clear" onClick={onClear} disabled={empty}>
          Clear these counts
        </button>
      </div>
    </section>
  );
}
