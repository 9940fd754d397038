/** Pausing Softer everywhere: for an hour, until tomorrow, or until turned back on. */
export interface PauseControlProps {
  /** When the pause ends (ms since 1970), or null when Softer is not paused. */
  pausedUntil: number | null;
  /** Starts a pause. */
  onPause: (choice: 'hour' | 'tomorrow' | 'forever') => void;
  /** Ends the pause. */
  onResume: () => void;
}

export function PauseControl({ pausedUntil, onPause, onResume }: PauseControlProps) {
  const paused = pausedUntil !== null && pausedUntil > Date.now();
  if (paused) {
    const until =
      pausedUntil >= Number.MAX_SAFE_INTEGER
        ? 'until you turn it back on'
        : `until ${new Date(pausedUntil).toLocaleString()}`;
    return (
      <div class="pause" data-testid="softer-paused">
        <span>Paused everywhere {until}.</span>
        <button type="button" onClick={onResume}>
          Resume
        </button>
      </div>
    );
  }
  return (
    <fieldset class="pause">
      <legend>Pause everywhere:</legend>
      <button type="button" onClick={() => onPause('hour')}>
        1 hour
      </button>
      <button type="button" onClick={() => onPause('tomorrow')}>
        Until tomorrow
      </button>
      <button type="button" onClick={() => onPause('forever')}>
        Until I turn it on
      </button>
    </fieldset>
  );
}
