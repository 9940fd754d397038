// ProseMirror with history and its key bindings: the editor behind Microsoft Teams and many others.
import { baseKeymap } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { schema } from 'prosemirror-schema-basic';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';

const view = new EditorView(document.getElementById('editor') as HTMLElement, {
  state: EditorState.create({
    schema,
    plugins: [history(), keymap({ 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo }), keymap(baseKeymap)],
  }),
});

(window as unknown as { softerFixture: unknown }).softerFixture = {
  /** The text in ProseMirror's own document. */
  text: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
};
