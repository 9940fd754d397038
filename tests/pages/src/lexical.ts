// Lexical with the plain-text plugin and history: the editor behind WhatsApp Web and Messenger.
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, createEditor, KEY_ENTER_COMMAND } from 'lexical';
import { conversation } from '../common/conversation';

const root = document.getElementById('editor') as HTMLElement;
const editor = createEditor({ namespace: 'softer-fixture', onError: (error) => console.error(error) });
editor.setRootElement(root);
mergeRegister(registerPlainText(editor), registerHistory(editor, createEmptyHistoryState(), 300));
// An empty editor starts with one paragraph, as Lexical's own plain-text plugin for React does.
editor.update(() => {
  const rootNode = $getRoot();
  if (rootNode.isEmpty()) rootNode.append($createParagraphNode());
});

// Enter sends, as on WhatsApp Web and Messenger; Shift+Enter is a new line (the plain-text plugin's).
const chat = conversation(
  () => editor.getEditorState().read(() => $getRoot().getTextContent()),
  () =>
    editor.update(() => {
      const rootNode = $getRoot();
      rootNode.clear();
      rootNode.append($createParagraphNode());
      rootNode.selectStart();
    }),
);
editor.registerCommand(
  KEY_ENTER_COMMAND,
  (event) => {
    if (!event || event.shiftKey) return false;
    event.preventDefault();
    chat.send();
    return true;
  },
  COMMAND_PRIORITY_HIGH,
);

(window as unknown as { softerFixture: unknown }).softerFixture = {
  /** The text in Lexical's own model. */
  text: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
};
