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

/** The message field `target` belongs to, or null when Softer must not read it. */
export function messageFieldOf(target: EventTarget | null): MessageField | null {
  if (!(target instanceof Element)) return null;
  if (target instanceof HTMLTextAreaElement) return optedOut(target) || target.readOnly ? null : target;
  if (target instanceof HTMLInputElement) {
    const type = (target.getAttribute('type') ?? '').toLowerCase();
    return TEXT_INPUT_TYPES.has(type) && !target.readOnly && !optedOut(target) ? target : null;
  }
  if (target instanceof HTMLElement && target.isContentEditable) {
    // The editing host, not an inner paragraph: editors (Lexical, Slate, ProseMirror) nest nodes.
    let host: HTMLElement = target;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return optedOut(host) ? null : host;
  }
  return null;
}

export function isTextControl(field: MessageField): field is HTMLTextAreaElement | HTMLInputElement {
  return field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement;
}

/** The text nodes of a contenteditable host, in order. */
function textNodes(root: Node): Text[] {
  const nodes: Text[] = [];
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  if (!walker) return nodes;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
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
