// Preloaded with `node -r` when the tests run as root, who can read a file whatever its mode:
// reading a file named secret.md then fails with EACCES, as `chmod 000` makes it fail for anyone else.
const fsp = require('node:fs/promises');
const readFile = fsp.readFile;
fsp.readFile = async function (file, ...rest) {
  if (String(file).endsWith('secret.md')) {
    throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES', errno: -13, syscall: 'open', path: String(file) });
  }
  return readFile.call(this, file, ...rest);
};
