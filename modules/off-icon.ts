/**
 * The toolbar icon Softer shows on a tab where it is switched off or paused: the same icon as
 * @wxt-dev/auto-icons makes from assets/icon.svg, in grey and faded, written beside the others at build
 * time (icons/16-off.png, icons/32-off.png) so the background only points at a file. A local WXT
 * module (WXT loads every file in modules/), using the sharp that auto-icons already brings.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import sharp from 'sharp';
import { defineWxtModule } from 'wxt/modules';

/** The sizes the toolbar asks for (1x and 2x screens); the background's OFF_ICON names the same files. */
const SIZES = [16, 32];
/** How much of the icon shows through: grey alone reads as "disabled" too faintly at 16 px. */
const OPACITY = 0.55;

export default defineWxtModule({
  name: 'softer:off-icon',
  setup(wxt) {
    const source = resolve(wxt.config.srcDir, 'assets/icon.svg');
    wxt.hooks.hook('build:done', async (wxt, output) => {
      await mkdir(resolve(wxt.config.outDir, 'icons'), { recursive: true });
      for (const size of SIZES) {
        const fade = Buffer.from(
          `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill-opacity="${OPACITY}"/></svg>`,
        );
        const fileName = `icons/${size}-off.png`;
        await sharp(source)
          .resize(size)
          .grayscale()
          // dest-in keeps the icon where the fade is, with its alpha multiplied by the fade's.
          .composite([{ input: fade, blend: 'dest-in' }])
          .png()
          .toFile(resolve(wxt.config.outDir, fileName));
        output.publicAssets.push({ type: 'asset', fileName });
      }
    });
    // So `browser.runtime.getURL('/icons/16-off.png')` and setIcon's paths type-check.
    wxt.hooks.hook('prepare:publicPaths', (_wxt, paths) => {
      for (const size of SIZES) paths.push(`icons/${size}-off.png`);
    });
  },
});
