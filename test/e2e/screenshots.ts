// `npm run screenshots`: regenerates docs/images/*.png from the packaged extension in code-server,
// with the same harness the e2e suite uses: the hover card, the completion list, the opened source.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CodeServer } from './harness/code-server';
import { quotedPassages } from './harness/data';
import { product, requireFile, root } from './harness/tools';
import { launchChromium, Workbench } from './harness/workbench';
import { copyWorkspace } from './harness/workspace';
import { indonesian } from './fixtures/drafts';

const images = path.join(root, 'docs', 'images');

async function main(): Promise<void> {
  requireFile(product.vsix, 'run `npm run package` first');
  mkdirSync(images, { recursive: true });
  const server = await CodeServer.start({
    name: 'screenshots',
    workspace: copyWorkspace('Documents', 'laporan'),
    extensions: [product.vsix],
    settings: {
      'workbench.colorTheme': 'Default Light Modern',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'security.workspace.trust.enabled': false,
      'editor.minimap.enabled': false,
      'breadcrumbs.enabled': false,
    },
  });
  const browser = await launchChromium();
  try {
    const wb = await Workbench.open(browser, server, { deviceScaleFactor: 2 }); // sharp on high-DPI screens
    await wb.page.keyboard.press('Control+B'); // hide the side bar: the pictures are about the editor
    await wb.page.locator('.part.sidebar').waitFor({ state: 'hidden' });
    await wb.quickOpen(indonesian.fileName, 'ARSOM');

    await wb.hoverWord('ARSOM', /Bali/);
    // the card, and the sentence it was hovered in from the start of the line
    const sentence = await wb.boxOf('Dalam pertemuan ARSOM');
    await wb.screenshotAround([sentence, await wb.hoverWidget.boundingBox()], path.join(images, 'hover-card.png'));
    await wb.dismissHover();

    await wb.typeOnNewLineAtEnd(`${indonesian.typedBeforeAcronym}ARS`);
    // The list opens on Ctrl+Space only; as you type, the offer is grey inline text.
    await wb.page.keyboard.press('Control+Space');
    await wb.waitForSuggestion(/^ARSOM/);
    await wb.screenshotAround([await wb.boxOf(`${indonesian.typedBeforeAcronym}ARS`), await wb.suggestWidget.boundingBox()], path.join(images, 'completion.png'));
    await wb.page.keyboard.press('Escape');

    await wb.page.keyboard.press('Enter');
    await wb.page.keyboard.type('Persiapan KTT ASEAN ke-4', { delay: 40 });
    await wb.page.keyboard.press('Control+Space');
    await wb.waitForSuggestion(/KTT ASEAN ke-42/);
    await wb.screenshotAround([await wb.boxOf('Persiapan KTT ASEAN ke-4'), await wb.suggestWidget.boundingBox()], path.join(images, 'completion-ordinal.png'));
    await wb.page.keyboard.press('Escape');

    const passages = quotedPassages('AOIP');
    await wb.goToDefinition('AOIP', [...new Set(passages.map((p) => p.fileName))]);
    await wb.screenshotEditor(path.join(images, 'go-to-source.png'));
    console.log(`screenshots written to ${path.relative(root, images)}/`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
