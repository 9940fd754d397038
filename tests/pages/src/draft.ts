// Draft.js: the editor behind X (Twitter).
import { Editor, EditorState } from 'draft-js';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';

let current = EditorState.createEmpty();

function App() {
  const [state, setState] = useState(current);
  return createElement(Editor, {
    editorState: state,
    onChange: (next: EditorState) => {
      current = next;
      setState(next);
    },
    placeholder: 'Type a message',
    ariaLabel: 'Message',
  });
}

createRoot(document.getElementById('editor') as HTMLElement).render(createElement(App));

(window as unknown as { softerFixture: unknown }).softerFixture = {
  /** The text in Draft's own model. */
  text: () => current.getCurrentContent().getPlainText('\n'),
};
