// TipTap (@tiptap/core with its starter kit, history included): the ProseMirror-based editor behind
// many chat and comment boxes (GitLab, Substack, Linear).
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

const editor = new Editor({
  element: document.getElementById('editor') as HTMLElement,
  extensions: [StarterKit],
  editorProps: { attributes: { 'aria-label': 'Message', role: 'textbox' } },
});

(window as unknown as { softerFixture: unknown }).softerFixture = {
  /** The text in TipTap's own document. */
  text: () => editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n'),
};
