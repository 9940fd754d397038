/** The small badge at a message field's corner: how many suggestions Softer has. */
export interface IndicatorProps {
  /** How many findings the field's text has. */
  count: number;
  /** Where to draw it, in viewport pixels. */
  position: { top: number; left: number };
  /** Opens the suggestion card. */
  onOpen: () => void;
}

export function Indicator({ count, position, onOpen }: IndicatorProps) {
  const label = count === 1 ? '1 suggestion from Softer' : `${count} suggestions from Softer`;
  return (
    <button
      type="button"
      class="softer-indicator"
      data-testid="softer-indicator"
      aria-label={label}
      title={label}
      style={{ top: `${position.top}px`, left: `${position.left}px` }}
      onClick={onOpen}
    >
      {count}
    </button>
  );
}
