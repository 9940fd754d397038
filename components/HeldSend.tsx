import type { HeldCard } from '../lib/dom/send-moment';

/** The top of the card while Softer holds a send (issue 14): the question, the nudge, and "Send as is". */
export interface HeldSendProps {
  /** The held send's state: waiting, sending, or not sent; the nudge line, if any. */
  card: HeldCard;
  /** Sends the message exactly as written, once. */
  onSendAnyway: () => void;
  /** Keeps the draft for this browser session and empties the box. */
  onKeepDraft: () => void;
}

const KEPT: Record<NonNullable<HeldCard['kept']>, string> = {
  kept: 'Kept for later.',
  'kept-still-in-box': 'Kept for later. Softer couldn’t empty the box here, so your text is still in it too.',
  failed: 'Softer couldn’t keep this draft. It is still in the box.',
};

export function HeldSend({ card, onSendAnyway, onKeepDraft }: HeldSendProps) {
  return (
    <section class="softer-held" data-testid="softer-held" aria-live="polite">
      <p class="softer-held-question">This may land harder than you mean. Send it as it is?</p>
      {card.nudge && (
        <div class="softer-nudge" data-testid="softer-nudge" data-reason={card.nudgeReason ?? undefined}>
          <p>{card.nudge}</p>
          <button type="button" class="softer-keep" data-testid="softer-keep-draft" onClick={onKeepDraft}>
            Keep this draft for later
          </button>
          {card.kept && (
            <p role="status" class="softer-kept-status">
              {KEPT[card.kept]}
            </p>
          )}
        </div>
      )}
      <div class="softer-held-actions">
        <button
          type="button"
          class="softer-send-anyway"
          data-testid="softer-send-anyway"
          disabled={card.status === 'sending'}
          onClick={onSendAnyway}
        >
          {card.status === 'sending' ? 'Sending…' : 'Send as is'}
        </button>
        <span class="softer-held-hint">or use a rewrite below</span>
      </div>
      {card.status === 'unsent' && (
        <p role="status" class="softer-send-status" data-testid="softer-send-status">
          Softer couldn’t send it from here: press Enter to send.
        </p>
      )}
    </section>
  );
}
