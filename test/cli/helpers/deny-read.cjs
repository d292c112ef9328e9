// Preloaded with `node -r` when the tests run as root, who can read a file whatever its mode:
// opening a file named secret.md (or secret.json) then fails with EACCES, as `chmod 000` makes it fail for anyone else.
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const denied = (file) => /secret\.(md|json)$/.test(String(file));
const eacces = (file) => Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES', errno: -13, syscall: 'open', path: String(file) });
const open = fsp.open;
fsp.open = async function (file, ...rest) {
  if (denied(file)) throw eacces(file);
  return open.call(this, file, ...rest);
};
const openSync = fs.openSync;
fs.openSync = function (file, ...rest) {
  if (denied(file)) throw eacces(file);
  return openSync.call(this, file, ...rest);
};
