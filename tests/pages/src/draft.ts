// Draft.js: the editor behind X (Twitter).
import { ContentState, Editor, EditorState } from 'draft-js';
import { createElement, type KeyboardEvent, useState } from 'react';
import { conversation } from '../common/conversation';
import { createRoot } from 'react-dom/client';

let current = EditorState.createEmpty();
let setEditorState: ((state: EditorState) => void) | undefined;
// Enter sends, as in X's messages; Shift+Enter is Draft's own new line.
const chat = conversation(
  () => current.getCurrentContent().getPlainText('\n'),
  () => {
    const empty = EditorState.moveFocusToEnd(
      EditorState.push(current, ContentState.createFromText(''), 'remove-range'),
    );
    current = empty;
    setEditorState?.(empty);
  },
);

function App() {
  const [state, setState] = useState(current);
  setEditorState = setState;
  return createElement(Editor, {
    editorState: state,
    onChange: (next: EditorState) => {
      current = next;
      setState(next);
    },
    placeholder: 'Type a message',
    ariaLabel: 'Message',
    handleReturn: (event: KeyboardEvent) => {
      if (event.shiftKey) return 'not-handled';
      chat.send();
      return 'handled';
    },
  });
}

createRoot(document.getElementById('editor') as HTMLElement).render(createElement(App));

(window as unknown as { softerFixture: unknown }).softerFixture = {
  /** The text in Draft's own model. */
  text: () => current.getCurrentContent().getPlainText('\n'),
};
