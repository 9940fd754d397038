// CKEditor 5 (classic build, typing and undo): its own model and view, rendered from the model; the
// DOM is never the source of truth.
import { ClassicEditor, Essentials, type ModelElement, Paragraph } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';

const host = document.createElement('div');
(document.getElementById('editor') as HTMLElement).append(host);
let editor: ClassicEditor | undefined;
void ClassicEditor.create(host, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph],
  toolbar: [],
  placeholder: 'Type a message',
}).then((created) => {
  editor = created;
  (window as unknown as { softerFixture: unknown }).softerFixture = {
    /** The text in CKEditor's own model, one line per paragraph. */
    text: () => {
      const root = created.model.document.getRoot();
      if (!root) return '';
      return [...root.getChildren()]
        .map((block) =>
          [...(block as ModelElement).getChildren()].map((node) => ('data' in node ? node.data : '')).join(''),
        )
        .join('\n');
    },
  };
});
export { editor };
