// TinyMCE (classic mode): the message is edited inside an iframe TinyMCE writes itself (srcdoc in
// Chromium, document.write in Firefox), with TinyMCE's own undo manager.
import tinymce from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';

const target = document.createElement('textarea');
target.id = 'tinymce-message';
(document.getElementById('editor') as HTMLElement).append(target);
void tinymce.init({
  target,
  license_key: 'gpl',
  menubar: false,
  toolbar: false,
  statusbar: false,
  height: 180,
  iframe_aria_text: 'Message',
  init_instance_callback: (editor) => {
    (window as unknown as { softerFixture: unknown }).softerFixture = {
      /** The text in TinyMCE's own model (its body, serialised as text). */
      text: () => editor.getContent({ format: 'text' }),
    };
  },
});
