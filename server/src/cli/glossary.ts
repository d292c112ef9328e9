/** `asean-ref glossary FILE`: the list of abbreviations a draft uses, as a Markdown table to paste into it. */
import type { Lang } from '../data/dataset';
import { glossaryMarkdown } from '../format/glossary';
import type { Engine } from './engine';
import { openDraft } from './files';
import type { Io } from './output';

/** `lang` undefined: the language the draft is written in. */
export async function glossaryCommand(engine: Engine, file: string, lang: Lang | undefined, io: Io, cwd: string): Promise<number> {
  const doc = await openDraft(file, cwd, io.stderr);
  if (!doc) return 2;
  const ctx = engine.service.contextWith(doc, { ...engine.config, cardLanguage: lang ?? 'auto' });
  io.stdout.write(glossaryMarkdown(engine.service.glossary(ctx), ctx.cardLang));
  return 0;
}
