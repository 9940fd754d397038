import { isTextAreaField } from '../lib/dom/fields';
import { boxInView } from '../lib/dom/frames';
import type { Finding } from '../lib/types';

/**
 * Underlines for a textarea or text input, where a Range cannot reach: a transparent copy of the
 * field's text, laid exactly over it with the field's own font and box, scrolled with it, that only
 * draws the underlines. It never takes pointer events, so the field stays fully usable.
 */
export interface TextMirrorProps {
  /** The field to mirror. */
  field: HTMLTextAreaElement | HTMLInputElement;
  /** The text the findings belong to. */
  text: string;
  /** The findings to underline, in order. */
  findings: readonly Finding[];
}

const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'letterSpacing',
  'lineHeight',
  'textTransform',
  'wordSpacing',
  'textIndent',
  'textAlign',
  'direction',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'boxSizing',
  'tabSize',
] as const;

export function TextMirror({ field, text, findings }: TextMirrorProps) {
  // In this window's viewport, frame offsets included (a field in a frame served from here).
  const box = boxInView(field, window);
  const computed = field.ownerDocument.defaultView?.getComputedStyle(field);
  const style: Record<string, string> = {
    position: 'fixed',
    top: `${box.top}px`,
    left: `${box.left}px`,
    width: `${box.width}px`,
    height: `${box.height}px`,
    overflow: 'hidden',
    pointerEvents: 'none',
    color: 'transparent',
    borderStyle: 'solid',
    borderColor: 'transparent',
    margin: '0',
    whiteSpace: isTextAreaField(field) ? 'pre-wrap' : 'pre',
    overflowWrap: 'break-word',
    zIndex: '2147483646',
  };
  if (computed) for (const key of COPIED) style[key] = computed[key];
  // Pieces of the text: plain, and underlined where a finding is.
  const pieces: Array<{ text: string; finding?: Finding }> = [];
  let at = 0;
  for (const f of findings) {
    if (f.start < at || f.end > text.length) continue;
    pieces.push({ text: text.slice(at, f.start) }, { text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  pieces.push({ text: text.slice(at) });
  return (
    <div class="softer-mirror" aria-hidden="true" style={style}>
      <div style={{ transform: `translate(${-field.scrollLeft}px, ${-field.scrollTop}px)` }}>
        {pieces.map((piece, i) =>
          piece.finding ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and rebuilt on every render
            <mark key={i} class="softer-underline" data-testid="softer-underline">
              {piece.text}
            </mark>
          ) : (
            // biome-ignore lint/suspicious/noArrayIndexKey: pieces are positional and rebuilt on every render
            <span key={i}>{piece.text}</span>
          ),
        )}
        {'\u200b'}
      </div>
    </div>
  );
}
