/** `asean-ref glossary FILE`: the list of abbreviations a draft uses, as a Markdown table to paste into it. */
import type { Lang } from '../data/dataset';
import { glossary } from '../features/glossary';
import { glossaryMarkdown } from '../format/glossary';
import { scanDocument } from '../scan/scan';
import type { Engine } from './engine';
import { openDraft } from './files';
import type { Io } from './output';

/** `lang` undefined: the language the draft is written in. */
export async function glossaryCommand(engine: Engine, file: string, lang: Lang | undefined, io: Io, cwd: string): Promise<number> {
  const doc = await openDraft(file, cwd, io.stderr);
  if (!doc) return 2;
  const scan = scanDocument(doc, engine.index);
  const language = lang ?? scan.lang;
  io.stdout.write(glossaryMarkdown(glossary(doc, engine.index, scan, language), language));
  return 0;
}
