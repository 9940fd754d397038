// Trix (Basecamp, HEY): a custom element whose document model is immutable, rendered into the element
// after each change, with its own undo manager.
import 'trix';
import 'trix/dist/trix.css';

interface TrixElement extends HTMLElement {
  editor: { getDocument(): { toString(): string } };
}

const host = document.getElementById('editor') as HTMLElement;
host.innerHTML = '<trix-editor aria-label="Message" placeholder="Type a message"></trix-editor>';
const element = host.querySelector('trix-editor') as TrixElement;
element.addEventListener('trix-initialize', () => {
  (window as unknown as { softerFixture: unknown }).softerFixture = {
    /** The text in Trix's own document (without the final newline Trix always keeps). */
    text: () => element.editor.getDocument().toString().replace(/\n$/, ''),
  };
});
