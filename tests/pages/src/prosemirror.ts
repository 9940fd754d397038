// ProseMirror with history and its key bindings: the editor behind Microsoft Teams and many others.
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { conversation } from '../common/conversation';

// Enter sends, as in Teams; Shift+Enter is a new line (a hard break).
const send = keymap({
  Enter: (state, dispatch) => {
    chat.send();
    return dispatch !== undefined;
  },
  'Shift-Enter': (state, dispatch) => {
    dispatch?.(state.tr.replaceSelectionWith(schema.nodes.hard_break.create()).scrollIntoView());
    return true;
  },
});

const view = new EditorView(document.getElementById('editor') as HTMLElement, {
  state: EditorState.create({
    schema,
    plugins: [send, history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo }), keymap(baseKeymap)],
  }),
});

const text = () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n', '\n');
const chat = conversation(text, () =>
  view.dispatch(view.state.tr.delete(0, view.state.doc.content.size)),
);

(window as unknown as { softerFixture: unknown }).softerFixture = {
  /** The text in ProseMirror's own document. */
  text,
};
