/**
 * Text made safe for one line of terminal or CI output. File names and data come from the
 * repository being checked: a name holding a newline would forge a `file:1:1: error: …` line for a
 * problem matcher, and an ANSI escape would reach the terminal. Control characters, line and
 * paragraph separators and bidirectional overrides are shown as \xNN or \u{NNNN}.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
