// Slate with slate-react and history: the editor behind Discord.
import { type KeyboardEvent, createElement, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, type Descendant, Editor, Node, Transforms } from 'slate';
import { conversation } from '../common/conversation';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';

const initial: Descendant[] = [{ children: [{ text: '' }] } as Descendant];
let current: Descendant[] = initial;
let slate: Editor | undefined;
const text = () => current.map((n) => Node.string(n)).join('\n');
// Enter sends, as on Discord; Shift+Enter is Slate's own new line.
const chat = conversation(text, () => {
  if (!slate) return;
  Transforms.delete(slate, { at: { anchor: Editor.start(slate, []), focus: Editor.end(slate, []) } });
});

function App() {
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  slate = editor;
  const [value] = useState(initial);
  return createElement(
    Slate,
    { editor, initialValue: value, onChange: (v: Descendant[]) => (current = v) },
    createElement(Editable, {
      id: 'editor-editable',
      placeholder: 'Type a message',
      'aria-label': 'Message',
      onKeyDown: (event: KeyboardEvent) => {
        if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
        event.preventDefault();
        chat.send();
      },
    }),
  );
}

createRoot(document.getElementById('editor') as HTMLElement).render(createElement(App));

(window as unknown as { softerFixture: unknown }).softerFixture = {
  /** The text in Slate's own model. */
  text,
};
