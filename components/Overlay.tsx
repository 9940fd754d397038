import { useEffect, useRef, useState } from 'preact/hooks';
import type { ControllerState } from '../lib/dom/controller';
import { isTextControl } from '../lib/dom/fields';
import type { Finding } from '../lib/types';
import type { HeldSendProps } from './HeldSend';
import { Indicator } from './Indicator';
import { KeptDraft } from './KeptDraft';
import { SuggestionCard } from './SuggestionCard';
import { TextMirror } from './TextMirror';

/** Everything Softer draws over a page: the indicator at the field's corner and the card. */
export interface OverlayProps {
  /** The controller's latest state. */
  state: ControllerState;
  /** Bumped when the keyboard shortcut asks for the card. */
  openRequest: number;
  onUse: (finding: Finding, rewrite: string) => void;
  onIgnore: (finding: Finding) => void;
  /** Turns Softer off on this site. */
  onTurnOff: () => void;
  /** A send Softer is holding (issue 14): the card opens for it; closing it lets the send go no further. */
  held?: (HeldSendProps & { onDismiss: () => void }) | null;
  /** A draft kept for later can go back into this empty box (issue 14). */
  putBack?: { onPutBack: () => void; onForget: () => void } | null;
  /** The whole message rewritten (issue 12), asked for only when the card opens. */
  rewriteWhole?: (text: string) => Promise<string>;
  /** Puts the whole rewrite in place of the message. */
  onUseWhole?: (whole: string) => void;
}

const CARD_WIDTH = 340;
/** Below this much room under the field, the card opens above it when there is more room there. */
const MIN_ROOM = 280;

export function Overlay({
  state,
  openRequest,
  onUse,
  onIgnore,
  onTurnOff,
  held,
  putBack,
  rewriteWhole,
  onUseWhole,
}: OverlayProps) {
  const [open, setOpen] = useState<{ byKeyboard: boolean } | null>(null);
  /** The whole rewrite of the text the card shows, fetched when it opens (never on each keystroke). */
  const [whole, setWhole] = useState<{ text: string; whole: string } | null>(null);
  const showing = Boolean(open || held);
  useEffect(() => {
    if (!showing || !rewriteWhole || state.findings.length === 0 || whole?.text === state.text) return;
    const text = state.text;
    void rewriteWhole(text)
      .then((rewritten) => setWhole(rewritten && rewritten !== text ? { text, whole: rewritten } : null))
      .catch(() => setWhole(null));
  }, [showing, state.text, state.findings.length, rewriteWhole, whole?.text]);
  const [, relayout] = useState(0);

  // Each shortcut press opens the card once; later changes to the findings do not reopen it.
  const handledRequest = useRef(0);
  useEffect(() => {
    if (openRequest <= handledRequest.current) return;
    handledRequest.current = openRequest;
    if (state.findings.length > 0) setOpen({ byKeyboard: true });
  }, [openRequest, state.findings.length]);
  useEffect(() => {
    if (state.findings.length === 0) setOpen(null);
  }, [state.findings]);
  useEffect(() => {
    // Follow scrolling and resizing.
    const again = () => relayout((n) => n + 1);
    // Follow scrolling (the page's and the field's own), resizing and re-layout.
    window.addEventListener('scroll', again, true);
    window.addEventListener('resize', again);
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(again) : undefined;
    if (state.field) resized?.observe(state.field);
    return () => {
      window.removeEventListener('scroll', again, true);
      window.removeEventListener('resize', again);
      resized?.disconnect();
    };
  }, [state.field]);

  const { field, findings } = state;
  if (!field?.isConnected) return null;
  const box = field.getBoundingClientRect();
  if (findings.length === 0) {
    if (!putBack) return null;
    return (
      <div class="softer-root">
        <KeptDraft
          position={{ top: Math.max(8, box.bottom - 32), left: Math.max(8, box.right - 236) }}
          {...putBack}
        />
      </div>
    );
  }
  const indicator = { top: box.bottom - 28, left: box.right - 30 };
  // Below the field when there is room, else above, whichever has more; its height is capped to the
  // room it has (it scrolls inside), so it never runs off screen.
  const roomBelow = window.innerHeight - box.bottom - 16;
  const roomAbove = box.top - 16;
  const below = roomBelow >= MIN_ROOM || roomBelow >= roomAbove;
  const left = Math.min(Math.max(8, box.right - CARD_WIDTH), window.innerWidth - CARD_WIDTH - 8);
  const card = below
    ? { top: Math.max(8, box.bottom + 8), left, maxHeight: Math.max(120, roomBelow) }
    : { bottom: Math.max(8, window.innerHeight - box.top + 8), left, maxHeight: Math.max(120, roomAbove) };
  const close = () => {
    setOpen(null);
    held?.onDismiss();
    field.focus();
  };

  return (
    <div class="softer-root">
      {isTextControl(field) && !state.stale && (
        <TextMirror field={field} text={state.text} findings={findings} />
      )}
      <Indicator count={findings.length} position={indicator} onOpen={() => setOpen({ byKeyboard: false })} />
      {(open || held) && (
        <SuggestionCard
          held={held}
          findings={findings}
          position={card}
          focusFirst={open?.byKeyboard ?? false}
          onUse={(finding, rewrite) => {
            setOpen(null);
            onUse(finding, rewrite);
          }}
          onIgnore={(finding) => {
            onIgnore(finding);
          }}
          onTurnOff={() => {
            setOpen(null);
            held?.onDismiss();
            onTurnOff();
          }}
          onClose={close}
          whole={whole?.text === state.text ? whole.whole : null}
          onUseWhole={
            onUseWhole &&
            ((rewritten) => {
              setOpen(null);
              onUseWhole(rewritten);
            })
          }
        />
      )}
    </div>
  );
}
