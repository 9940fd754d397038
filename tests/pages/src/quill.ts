// Quill with its default history module: the editor family behind Slack's composer.
import Quill from 'quill';
import 'quill/dist/quill.core.css';

const quill = new Quill('#editor', { placeholder: 'Type a message' });

(window as unknown as { softerFixture: unknown }).softerFixture = {
  /** The text in Quill's own model (without the final newline Quill always keeps). */
  text: () => quill.getText().replace(/\n$/, ''),
};
