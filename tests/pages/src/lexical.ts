// Lexical with the plain-text plugin and history: the editor behind WhatsApp Web and Messenger.
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
import { registerPlainText } from '@lexical/plain-text';
import { mergeRegister } from '@lexical/utils';
import { $createParagraphNode, $getRoot, createEditor } from 'lexical';

const root = document.getElementById('editor') as HTMLElement;
const editor = createEditor({ namespace: 'softer-fixture', onError: (error) => console.error(error) });
editor.setRootElement(root);
mergeRegister(registerPlainText(editor), registerHistory(editor, createEmptyHistoryState(), 300));
// An empty editor starts with one paragraph, as Lexical's own plain-text plugin for React does.
editor.update(() => {
  const rootNode = $getRoot();
  if (rootNode.isEmpty()) rootNode.append($createParagraphNode());
});

(window as unknown as { softerFixture: unknown }).softerFixture = {
  /** The text in Lexical's own model. */
  text: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
};
