/** Text as a regular expression that matches it literally: the characters special outside a class, escaped. */
export function escapeRegExp(text: string): string {
  // Only these: in JavaScript's 'u' mode escaping anything else is an error; Oniguruma and RE2 read them alike.
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
