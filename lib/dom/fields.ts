/**
 * DOM code: which fields Softer may read, their text, and Ranges over their text. Kept apart from
 * the pure engine (lib/) because it needs a document.
 */

/** Input types that never hold a message, or hold secrets: never read. */
const TEXT_INPUT_TYPES = new Set(['text', '']);

export type MessageField = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

/** Opt-outs other writing tools honour (Grammarly's data-gramm, data-enable-grammarly). */
function optedOut(el: Element): boolean {
  const host = el.closest('[data-gramm="false"],[data-enable-grammarly="false"],[data-softer="false"]');
  return host !== null;
}

/*
 * Elements are told apart by name, not instanceof: a field in a frame Softer reads from its parent
 * (lib/dom/frames.ts) is an instance of the frame's own HTMLTextAreaElement, not this window's.
 */
const HTML_NS = 'http://www.w3.org/1999/xhtml';

function isElement(target: EventTarget | null): target is Element {
  return (target as Node | null)?.nodeType === 1;
}

function isHtml(el: Element): el is HTMLElement {
  return el.namespaceURI === HTML_NS;
}

function isTextArea(el: Element): el is HTMLTextAreaElement {
  return el.localName === 'textarea' && isHtml(el);
}

function isInput(el: Element): el is HTMLInputElement {
  return el.localName === 'input' && isHtml(el);
}

/** The message field `target` belongs to, or null when Softer must not read it. */
export function messageFieldOf(target: EventTarget | null): MessageField | null {
  if (!isElement(target)) return null;
  if (isTextArea(target)) return optedOut(target) || target.readOnly ? null : target;
  if (isInput(target)) {
    const type = (target.getAttribute('type') ?? '').toLowerCase();
    return TEXT_INPUT_TYPES.has(type) && !target.readOnly && !optedOut(target) ? target : null;
  }
  if (isHtml(target) && target.isContentEditable) {
    // The editing host, not an inner paragraph: editors (Lexical, Slate, ProseMirror) nest nodes.
    let host: HTMLElement = target;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return optedOut(host) ? null : host;
  }
  return null;
}

export function isTextControl(field: MessageField): field is HTMLTextAreaElement | HTMLInputElement {
  return isTextArea(field) || isInput(field);
}

/** A textarea (its text wraps), in any window's realm. */
export function isTextAreaField(field: MessageField): field is HTMLTextAreaElement {
  return isTextArea(field);
}

/**
 * An editor's placeholder drawn inside its editable host, which is not what the person typed: Slate
 * renders "Type a message" as a non-editable span in the empty editor (data-slate-placeholder).
 */
const PLACEHOLDER = '[data-slate-placeholder]';

/** The text nodes of a contenteditable host, in order, placeholders left out. */
function textNodes(root: Node): Text[] {
  const nodes: Text[] = [];
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  if (!walker) return nodes;
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (!n.parentElement?.closest(PLACEHOLDER)) nodes.push(n as Text);
  return nodes;
}

/** What the person has typed: a control's value, or the concatenated text of an editable host. */
export function readFieldText(field: MessageField): string {
  if (isTextControl(field)) return field.value;
  return textNodes(field)
    .map((n) => n.data)
    .join('');
}

/** A DOM Range over [start, end) of readFieldText(host), or null when the text has moved on. */
export function rangeFor(host: HTMLElement, start: number, end: number): Range | null {
  let offset = 0;
  let startNode: Text | undefined;
  let startOffset = 0;
  for (const node of textNodes(host)) {
    const next = offset + node.data.length;
    if (!startNode && start < next) {
      startNode = node;
      startOffset = start - offset;
    }
    if (startNode && end <= next) {
      const range = host.ownerDocument.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(node, end - offset);
      return range;
    }
    offset = next;
  }
  return null;
}
