import { useEffect, useRef } from 'preact/hooks';
import { CATEGORY_INFO } from '../lib/categories';
import type { Finding } from '../lib/types';
import { HeldSend, type HeldSendProps } from './HeldSend';

/** The card that explains each finding and offers its rewrites. */
export interface SuggestionCardProps {
  /** The findings to explain, in text order. */
  findings: readonly Finding[];
  /** Where to draw it, in viewport pixels (already clamped to stay on screen). */
  position: { top?: number; bottom?: number; left: number; maxHeight: number };
  /** Put focus on the first rewrite when the card opens (opened from the keyboard). */
  focusFirst: boolean;
  /** Applies a rewrite in place of the finding's sentence. */
  onUse: (finding: Finding, rewrite: string) => void;
  /** Stops flagging this phrase. */
  onIgnore: (finding: Finding) => void;
  /** Turns Softer off on this site. */
  onTurnOff: () => void;
  /** Closes the card and returns focus to the field. */
  onClose: () => void;
  /** A send Softer is holding (issue 14): the card asks first, and focus stays in the message box. */
  held?: HeldSendProps | null;
  /** The whole message rewritten (issue 12): every flagged clause replaced, offered as one action. */
  whole?: string | null;
  /** Puts the whole rewrite in place of the message. */
  onUseWhole?: (whole: string) => void;
  /** Whether a finding's rewrites are still on their way (issue 12: asked for when the card opens). */
  loading?: (finding: Finding) => boolean;
}

export function SuggestionCard({
  findings,
  position,
  focusFirst,
  onUse,
  onIgnore,
  onTurnOff,
  onClose,
  held,
  whole,
  onUseWhole,
  loading,
}: SuggestionCardProps) {
  const card = useRef<HTMLDivElement>(null);
  const holding = Boolean(held);
  const anyRewrite = findings.some((f) => f.rewrites.length > 0);
  /** Opened from the keyboard before its rewrites came: focus waits on the close button for the first. */
  const waiting = useRef<HTMLButtonElement | null>(null);
  useEffect(() => {
    // A held send leaves focus in the box: a second Enter there sends at once.
    if (holding) return;
    const first = card.current?.querySelector<HTMLButtonElement>(
      focusFirst ? '[data-testid="softer-use-rewrite"]' : 'button',
    );
    if (first || !focusFirst) {
      first?.focus();
      return;
    }
    waiting.current = card.current?.querySelector<HTMLButtonElement>('button') ?? null;
    waiting.current?.focus();
  }, [focusFirst, holding]);
  useEffect(() => {
    const parked = waiting.current;
    if (!parked || !anyRewrite) return;
    waiting.current = null;
    // Only if the person has not moved focus meanwhile.
    const root = card.current?.getRootNode() as Document | ShadowRoot | undefined;
    if (root?.activeElement === parked)
      card.current?.querySelector<HTMLButtonElement>('[data-testid="softer-use-rewrite"]')?.focus();
  }, [anyRewrite]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(card.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    // Inside a shadow root the focused button is the root's activeElement, not the document's.
    const root = card.current?.getRootNode() as Document | ShadowRoot | undefined;
    const at = buttons.indexOf(root?.activeElement as HTMLButtonElement);
    const next = buttons[(at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
    event.preventDefault();
  };

  return (
    <div
      ref={card}
      class="softer-card"
      data-testid="softer-card"
      role="dialog"
      aria-label={held ? 'Softer: send this as it is?' : 'Softer suggestions'}
      style={{
        top: position.top === undefined ? undefined : `${position.top}px`,
        bottom: position.bottom === undefined ? undefined : `${position.bottom}px`,
        left: `${position.left}px`,
        maxHeight: `${position.maxHeight}px`,
      }}
      onKeyDown={onKeyDown}
    >
      <header class="softer-card-head">
        <strong>Softer</strong>
        <button type="button" class="softer-close" aria-label="Close suggestions" onClick={onClose}>
          ×
        </button>
      </header>
      {held && <HeldSend {...held} />}
      {whole && onUseWhole && (
        <section class="softer-whole" aria-label="The whole message, rewritten">
          <p class="softer-rewrite-text">{whole}</p>
          <button type="button" data-testid="softer-use-whole" onClick={() => onUseWhole(whole)}>
            Use the whole rewrite
          </button>
        </section>
      )}
      <ul class="softer-findings">
        {findings.map((finding) => (
          <li key={`${finding.ruleId}:${finding.start}`} class="softer-finding">
            <p class="softer-category">{CATEGORY_INFO[finding.category].label}</p>
            <p class="softer-quote">“{finding.text}”</p>
            <p class="softer-why">{finding.why}</p>
            {finding.cues && finding.cues.length > 0 && (
              <p class="softer-cues" data-testid="softer-cues">
                Weighed most: {finding.cues.map((cue) => `“${cue}”`).join(', ')}
              </p>
            )}
            <p class="softer-principle">
              <strong>{finding.principle.title}:</strong> {finding.principle.explanation}
            </p>
            {finding.rewrites.length === 0 && loading?.(finding) && (
              <p class="softer-loading" data-testid="softer-rewrites-loading" aria-live="polite">
                Finding gentler words…
              </p>
            )}
            {finding.rewrites.length > 0 && (
              <ul class="softer-rewrites" aria-label="Gentler ways to say it">
                {finding.rewrites.map((rewrite) => (
                  <li key={rewrite}>
                    <span class="softer-rewrite-text">{rewrite}</span>
                    <button
                      type="button"
                      data-testid="softer-use-rewrite"
                      onClick={() => onUse(finding, rewrite)}
                    >
                      Use this
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <button type="button" class="softer-ignore" onClick={() => onIgnore(finding)}>
              Ignore
            </button>
          </li>
        ))}
      </ul>
      <footer class="softer-card-foot">
        <button type="button" class="softer-turn-off" data-testid="softer-turn-off" onClick={onTurnOff}>
          Turn off on this site
        </button>
      </footer>
    </div>
  );
}
