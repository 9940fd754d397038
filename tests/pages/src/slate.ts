// Slate with slate-react and history: the editor behind Discord.
import { createElement, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, type Descendant, Node } from 'slate';
import { withHistory } from 'slate-history';
import { Editable, Slate, withReact } from 'slate-react';

const initial: Descendant[] = [{ children: [{ text: '' }] } as Descendant];
let current: Descendant[] = initial;

function App() {
  const editor = useMemo(() => withHistory(withReact(createEditor())), []);
  const [value] = useState(initial);
  return createElement(
    Slate,
    { editor, initialValue: value, onChange: (v: Descendant[]) => (current = v) },
    createElement(Editable, { id: 'editor-editable', placeholder: 'Type a message', 'aria-label': 'Message' }),
  );
}

createRoot(document.getElementById('editor') as HTMLElement).render(createElement(App));

(window as unknown as { softerFixture: unknown }).softerFixture = {
  /** The text in Slate's own model. */
  text: () => current.map((n) => Node.string(n)).join('\n'),
};
