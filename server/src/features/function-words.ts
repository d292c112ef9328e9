/**
 * Words that never start a reference on their own, in either language: articles, prepositions,
 * conjunctions, pronouns, auxiliaries and the commonest adverbs. A writer types them in every
 * sentence, so an as-you-type offer after one of them would be noise (and, in an editor that
 * accepts suggestions on Enter, a rewrite). Lower case; compared case-insensitively.
 */
const INDONESIAN = `
  dan atau yang di ke dari pada untuk dengan dalam oleh ini itu juga akan telah sudah belum tidak bukan
  adalah ialah merupakan sebagai serta bagi para per antara tentang terhadap kepada hingga sampai karena
  agar supaya bahwa namun tetapi tapi saat ketika setelah sesudah sebelum selama sejak tersebut kami kita
  mereka ia dia saya anda beliau ada bisa dapat harus perlu lebih kurang sangat secara masih yaitu yakni
  maupun baik pun lagi jika bila apabila kalau sehingga maka lalu kemudian pula demi melalui atas bawah
  seperti sama tiap setiap semua seluruh beberapa banyak sedang tengah guna oleh-oleh tak sebuah seorang
  satu dua tiga empat lima enam tujuh delapan sembilan sepuluh
`;

const ENGLISH = `
  the a an and or nor of in on at to for with by from as is are was were be been being this that these
  those it its their his her our your my we they he she you i per into onto over under between about
  after before during than then also not but which who whom whose what when where while has have had
  will would can could should may might must shall do does did such all any each every some many more
  most other so if because since until upon within without via one two three four five six seven eight
  nine ten
`;

const WORDS: ReadonlySet<string> = new Set(`${INDONESIAN} ${ENGLISH}`.split(/\s+/).filter(Boolean));

export const isFunctionWord = (word: string): boolean => WORDS.has(word.toLowerCase());
