/**
 * DOM code: message boxes in frames that get no content script of their own (issue 13), read from the
 * document that holds the frame.
 *
 * The browser runs content scripts in frames that load an address (all_frames), but a frame without
 * one is the usual shape of a rich-text editor: about:blank filled by script, about:srcdoc (TinyMCE in
 * Chromium), or a document written with document.open() (TinyMCE in Firefox, many chat widgets).
 * `match_about_blank` reaches the first two only when the script is injected before the page writes
 * them, and a document.open() erases every listener on the document, so those are served from the
 * parent instead: it listens in the frame's document with the same handlers as in its own, and the
 * card is drawn over the frame, in the parent's viewport, where it has room.
 *
 * A frame's document can be replaced after load: a new document (load event on the frame) or
 * document.open() on the same one (its children go, and its listeners with them). Both are noticed and
 * the listeners added again.
 */
import { HIGHLIGHT_CSS } from './highlight';

/** Adds Softer's listeners to a document and returns what removes them. */
export type ListenIn = (doc: Document) => () => void;

export interface FrameWatchOptions {
  /** Adds the same listeners Softer has in its own document. */
  listen: ListenIn;
  /** Focus is in a frame document Softer has just started serving: read the field that has it. */
  onFocusedFrame: (doc: Document) => void;
}

interface Served {
  stopListening: () => void;
  stopWatching: () => void;
}

/** The document of a frame that has no Softer of its own, or null (cross-origin, or one with an address). */
export function frameDocumentToServe(frame: Element): Document | null {
  if (frame.localName !== 'iframe' && frame.localName !== 'frame') return null;
  let doc: Document | null = null;
  try {
    doc = (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
  // Cross-origin frames give null: if the site is Softer's, its own script runs there (all_frames).
  if (!doc) return null;
  const url = doc.URL;
  if (url.startsWith('about:') || url.startsWith('blob:')) return doc;
  // document.open() gives a frame the address of the document that wrote it; a frame can never load its
  // parent's own address (recursion is refused), so that address means "written by script".
  if (url === frame.ownerDocument.URL) return doc;
  return null;
}

/** Makes ::highlight(softer) visible in `doc`, whose style scope is its own. */
export function adoptHighlightStyle(doc: Document): void {
  const view = doc.defaultView as (Window & { CSSStyleSheet?: typeof CSSStyleSheet }) | null;
  if (!view?.CSSStyleSheet) return;
  try {
    const present = doc.adoptedStyleSheets.some((sheet) =>
      [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(softer)')),
    );
    if (present) return;
    // An adopted sheet must come from the document's own realm.
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // Old engines: findings still show in the indicator and the card.
  }
}

/**
 * Serves the frames of `root` (and their frames, in turn) that get no content script of their own.
 * Returns what stops it all.
 */
export function watchFrames(root: Document, options: FrameWatchOptions): () => void {
  const served = new Map<Document, Served>();
  const stops: Array<() => void> = [];

  const serve = (frame: Element, focused: boolean) => {
    const doc = frameDocumentToServe(frame);
    if (!doc) return;
    const known = served.get(doc);
    if (known) {
      if (focused) options.onFocusedFrame(doc);
      return;
    }
    const entry: Served = { stopListening: options.listen(doc), stopWatching: () => undefined };
    served.set(doc, entry);
    adoptHighlightStyle(doc);
    const stopInner = watchDocument(doc);
    // document.open() empties the document (and erases its listeners, and its adopted sheets go with the
    // old content): listen again. Only the document's own children are watched, so typing costs nothing.
    const replaced = new (doc.defaultView?.MutationObserver ?? MutationObserver)(() => again());
    const again = () => {
      entry.stopListening();
      entry.stopListening = options.listen(doc);
      adoptHighlightStyle(doc);
      scan(doc, false);
      if (doc.hasFocus()) options.onFocusedFrame(doc);
    };
    replaced.observe(doc, { childList: true });
    entry.stopWatching = () => {
      replaced.disconnect();
      stopInner();
    };
    if (focused || doc.hasFocus()) options.onFocusedFrame(doc);
  };

  const scan = (doc: Document, focused: boolean) => {
    for (const frame of doc.querySelectorAll('iframe, frame'))
      serve(frame, focused && doc.activeElement === frame);
  };

  /** Listens in `doc` for frames that load (a new document) and for focus moving into one. */
  function watchDocument(doc: Document): () => void {
    const view = doc.defaultView;
    // A frame's load event reaches its parent document's capture listeners: a frame added, or its
    // document replaced by a new one (srcdoc set again, about:blank navigated to).
    const onLoad = (event: Event) => {
      const target = event.target as Element | null;
      if (target && target.nodeType === 1) serve(target, false);
      forget();
    };
    // The parent window blurs as focus moves into one of its frames.
    const onBlur = (event: Event) => {
      if (event.target !== view) return;
      const active = doc.activeElement;
      if (active) serve(active, true);
    };
    doc.addEventListener('load', onLoad, true);
    view?.addEventListener('blur', onBlur);
    scan(doc, true);
    return () => {
      doc.removeEventListener('load', onLoad, true);
      view?.removeEventListener('blur', onBlur);
    };
  }

  /** Drops documents that left their frame (the Map would otherwise keep them alive). */
  const forget = () => {
    for (const [doc, entry] of served) {
      if (doc.defaultView) continue;
      entry.stopWatching();
      served.delete(doc);
    }
  };

  stops.push(watchDocument(root));
  return () => {
    for (const stop of stops) stop();
    for (const entry of served.values()) {
      entry.stopListening();
      entry.stopWatching();
    }
    served.clear();
  };
}

/** A box in one window's viewport pixels. */
export interface ViewBox {
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  height: number;
}

/**
 * `el`'s box in `view`'s viewport: its own box plus the offsets of each frame (border and padding
 * included) between its window and `view`, for a field in a frame whose card is drawn by the parent.
 */
export function boxInView(el: Element, view: Window): ViewBox {
  const doc = el.ownerDocument;
  // An editable body (TinyMCE's) is as tall as its text; the message box a person sees is its frame.
  const whole = el === doc.body && doc.defaultView !== view && doc.defaultView?.frameElement;
  const box = whole
    ? new DOMRect(0, 0, doc.documentElement.clientWidth, doc.documentElement.clientHeight)
    : el.getBoundingClientRect();
  let dx = 0;
  let dy = 0;
  let win: Window | null = el.ownerDocument.defaultView;
  while (win && win !== view) {
    const frame = win.frameElement;
    if (!frame) break;
    const outer = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    dx += outer.left + frame.clientLeft + Number.parseFloat(style?.paddingLeft ?? '0');
    dy += outer.top + frame.clientTop + Number.parseFloat(style?.paddingTop ?? '0');
    win = frame.ownerDocument.defaultView;
  }
  return {
    top: box.top + dy,
    bottom: box.bottom + dy,
    left: box.left + dx,
    right: box.right + dx,
    width: box.width,
    height: box.height,
  };
}

/** The windows between `el`'s and `view` (frames in frames), to follow their scrolling. */
export function windowsBetween(el: Element, view: Window): Window[] {
  const windows: Window[] = [];
  let win: Window | null = el.ownerDocument.defaultView;
  while (win && win !== view) {
    windows.push(win);
    win = win.frameElement?.ownerDocument.defaultView ?? null;
  }
  return windows;
}

/** Adds capture listeners to `doc`, one per event type; returns what removes them. */
export function listenIn(doc: Document, handlers: Record<string, (event: Event) => void>): () => void {
  const entries = Object.entries(handlers);
  for (const [type, handler] of entries) doc.addEventListener(type, handler, true);
  return () => {
    for (const [type, handler] of entries) doc.removeEventListener(type, handler, true);
  };
}
