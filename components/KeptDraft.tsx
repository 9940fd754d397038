/** The small button in an empty message box that puts a draft kept for later back (issue 14). */
export interface KeptDraftProps {
  /** Where to draw it, in viewport pixels. */
  position: { top: number; left: number };
  /** Puts the kept draft back into the box (never sends it). */
  onPutBack: () => void;
  /** Drops the kept draft. */
  onForget: () => void;
}

export function KeptDraft({ position, onPutBack, onForget }: KeptDraftProps) {
  return (
    <div
      class="softer-kept"
      data-testid="softer-kept-draft"
      style={{ top: `${position.top}px`, left: `${position.left}px` }}
    >
      <button type="button" class="softer-put-back" data-testid="softer-put-back" onClick={onPutBack}>
        Put back your kept draft
      </button>
      <button
        type="button"
        class="softer-forget"
        data-testid="softer-forget-draft"
        aria-label="Forget the kept draft"
        onClick={onForget}
      >
        ×
      </button>
    </div>
  );
}
