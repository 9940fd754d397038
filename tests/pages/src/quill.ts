// Quill with its default history module: the editor family behind Slack's composer.
import Quill from 'quill';
import 'quill/dist/quill.core.css';
import { conversation } from '../common/conversation';

// Enter sends, as in Slack; Shift+Enter is a new line (Quill's own binding). Bindings given here run
// before Quill's defaults.
const quill = new Quill('#editor', {
  placeholder: 'Type a message',
  modules: {
    keyboard: {
      bindings: {
        send: {
          key: 'Enter',
          shiftKey: false,
          handler: () => {
            chat.send();
            return false;
          },
        },
      },
    },
  },
});
const chat = conversation(
  () => quill.getText().replace(/\n$/, ''),
  () => quill.setText(''),
);

(window as unknown as { softerFixture: unknown }).softerFixture = {
  /** The text in Quill's own model (without the final newline Quill always keeps). */
  text: () => quill.getText().replace(/\n$/, ''),
};
