import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { oneCardEach } from '../lib/cards';
import type { ControllerState } from '../lib/dom/controller';
import { isTextControl } from '../lib/dom/fields';
import { boxInView, windowsBetween } from '../lib/dom/frames';
import { placeCard } from '../lib/dom/placement';
import type { FindingAt } from '../lib/dom/rewrites';
import type { Finding } from '../lib/types';
import { ApplyNotice } from './ApplyNotice';
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
  /**
   * The findings' rewrites (issue 12), asked for only when the card shows them (lib/dom/rewrites.ts);
   * without it the card shows each finding's own `rewrites`.
   */
  rewrites?: {
    get: (text: string, finding: FindingAt) => string[] | undefined;
    load: (text: string, findings: readonly Finding[]) => Promise<unknown>;
  };
}

/** How long an opened card waits for its rewrites before it shows without them ("Finding gentler words…"). */
const REWRITES_WAIT_MS = 400;

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
  rewrites,
}: OverlayProps) {
  const [open, setOpen] = useState<{ byKeyboard: boolean } | null>(null);
  const showing = Boolean(open || held);
  // The rewrites of the findings the card shows, asked for when it opens and for each new text (before
  // the whole rewrite, which takes longer: the card waits for these).
  useEffect(() => {
    if (showing && rewrites && state.findings.length > 0) void rewrites.load(state.text, state.findings);
  }, [showing, rewrites, state.text, state.findings]);
  /** The whole rewrite of the text the card shows, fetched when it opens (never on each keystroke). */
  const [whole, setWhole] = useState<{ text: string; whole: string } | null>(null);
  useEffect(() => {
    if (!showing || !rewriteWhole || state.findings.length === 0 || whole?.text === state.text) return;
    const text = state.text;
    void rewriteWhole(text)
      .then((rewritten) => setWhole(rewritten && rewritten !== text ? { text, whole: rewritten } : null))
      .catch(() => setWhole(null));
  }, [showing, state.text, state.findings.length, rewriteWhole, whole?.text]);
  const loaded = !rewrites || state.findings.every((f) => rewrites.get(state.text, f) !== undefined);
  /**
   * An opened card shows once its rewrites are in, so that it opens whole, at its final size and with the
   * first rewrite to focus; if they are slow it shows without them after a moment, and stays.
   */
  const [revealed, setRevealed] = useState(false);
  useEffect(() => {
    if (!open) {
      setRevealed(false);
      return;
    }
    if (loaded) {
      setRevealed(true);
      return;
    }
    const timer = setTimeout(() => setRevealed(true), REWRITES_WAIT_MS);
    return () => clearTimeout(timer);
  }, [open, loaded]);
  const [, relayout] = useState(0);
  /** The card's full height, measured after it renders, so that it is placed whole (lib/dom/placement.ts). */
  const [cardHeight, setCardHeight] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  /** The apply notice the person closed (a new failed apply shows again). */
  const [closedNotice, setClosedNotice] = useState<ControllerState['notice']>();
  useLayoutEffect(() => {
    const card = root.current?.querySelector<HTMLElement>('.softer-card');
    const height = card ? card.scrollHeight + card.offsetHeight - card.clientHeight : 0;
    if (height !== cardHeight) setCardHeight(height);
  });

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
    // A field in a frame (lib/dom/frames.ts): the frames' own scrolling and resizing move it too.
    const windows = [window, ...(state.field ? windowsBetween(state.field, window) : [])];
    for (const view of windows) {
      view.addEventListener('scroll', again, true);
      view.addEventListener('resize', again);
    }
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(again) : undefined;
    if (state.field) resized?.observe(state.field);
    return () => {
      for (const view of windows) {
        view.removeEventListener('scroll', again, true);
        view.removeEventListener('resize', again);
      }
      resized?.disconnect();
    };
  }, [state.field]);

  const { field, findings } = state;
  // Every finding is underlined; the indicator and the card list one per harsh sentence and category.
  const cards = oneCardEach(findings);
  if (!field?.isConnected) return null;
  // In this window's viewport, frame offsets included (a field in a frame served from here).
  const box = boxInView(field, window);
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
  // Whole and inside the window, at every size: below the field, above it, beside it, or sliding over it.
  const card = placeCard(box, { width: window.innerWidth, height: window.innerHeight }, cardHeight);
  const close = () => {
    setOpen(null);
    held?.onDismiss();
    field.focus();
  };

  return (
    <div class="softer-root" ref={root}>
      {isTextControl(field) && !state.stale && (
        <TextMirror field={field} text={state.text} findings={findings} />
      )}
      <Indicator count={cards.length} position={indicator} onOpen={() => setOpen({ byKeyboard: false })} />
      {state.notice && state.notice !== closedNotice && !open && !held && (
        <ApplyNotice
          {...state.notice}
          position={card}
          onClose={() => {
            setClosedNotice(state.notice);
            field.focus();
          }}
        />
      )}
      {(held || (open && (revealed || loaded))) && (
        <SuggestionCard
          held={held}
          findings={
            rewrites ? cards.map((f) => ({ ...f, rewrites: rewrites.get(state.text, f) ?? [] })) : cards
          }
          loading={rewrites ? (f) => rewrites.get(state.text, f) === undefined : undefined}
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
