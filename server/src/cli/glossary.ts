/** `asean-ref glossary FILE`: the list of abbreviations a draft uses, as a Markdown table to paste into it. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../data/dataset';
import { glossary } from '../features/glossary';
import { glossaryMarkdown } from '../format/glossary';
import { scanDocument } from '../scan/scan';
import type { Engine } from './engine';
import { readDraft } from './files';
import type { Io } from './output';

/** `lang` undefined: the language the draft is written in. */
export async function glossaryCommand(engine: Engine, file: string, lang: Lang | undefined, io: Io, cwd: string): Promise<number> {
  const read = await readDraft(file, cwd);
  if ('error' in read) {
    io.stderr.write(`${file}: ${read.error}\n`);
    return 2;
  }
  const doc = TextDocument.create(file, 'markdown', 1, read.text);
  const scan = scanDocument(doc, engine.index);
  const language = lang ?? scan.lang;
  io.stdout.write(glossaryMarkdown(glossary(doc, engine.index, scan, language), language));
  return 0;
}
