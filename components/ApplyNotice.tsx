import { useState } from 'preact/hooks';

/**
 * Shown when an editor would not take a rewrite (issue 13): the message was left exactly as it was;
 * this says why and offers the rewrite to copy and paste by hand.
 */
export interface ApplyNoticeProps {
  /** The rewrite the person chose. */
  rewrite: string;
  /** Why it is not in the message, in a sentence. */
  reason: string;
  /** Where to draw it, in viewport pixels (already placed inside the window). */
  position: { top: number; left: number; maxHeight: number };
  /** Closes the notice and returns focus to the field. */
  onClose: () => void;
}

/** Copies through the Clipboard API, or a selected textarea where that is refused (no focus, old engine). */
async function copy(text: string, root: Node | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const holder = document.createElement('textarea');
    holder.value = text;
    holder.setAttribute('readonly', '');
    holder.style.position = 'fixed';
    holder.style.opacity = '0';
    const parent = root instanceof ShadowRoot ? root : document.body;
    parent.append(holder);
    holder.select();
    const ok = document.execCommand('copy');
    holder.remove();
    return ok;
  }
}

export function ApplyNotice({ rewrite, reason, position, onClose }: ApplyNoticeProps) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <div
      class="softer-card softer-notice"
      data-testid="softer-apply-failed"
      role="alertdialog"
      aria-label="Softer could not put the rewrite in"
      style={{ top: `${position.top}px`, left: `${position.left}px`, maxHeight: `${position.maxHeight}px` }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <header class="softer-card-head">
        <strong>Softer</strong>
        <button type="button" class="softer-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="softer-notice-reason" data-testid="softer-apply-reason">
        {reason}
      </p>
      <p class="softer-quote">“{rewrite}”</p>
      <button
        type="button"
        class="softer-copy"
        data-testid="softer-copy-rewrite"
        onClick={(event) => {
          void copy(rewrite, (event.currentTarget as Node).getRootNode()).then(setCopied);
        }}
      >
        Copy rewrite
      </button>
      {copied !== null && (
        <span class="softer-copy-status" role="status">
          {copied ? ' Copied: paste it into your message.' : ' Copy was refused: select the rewrite above.'}
        </span>
      )}
    </div>
  );
}
