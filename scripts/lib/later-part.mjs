#!/usr/bin/env node
// Builds the page's later part (src/web/js/later.js explains it) from the JS libraries in
// src/web/js/later/, written like every other library (mergeInto(LibraryManager.library, …)):
//   --stubs FILE  a JS library for the linker: each cofx_js_* function of the part becomes a
//                 stub that calls through CofxLater (and the runtime pieces the part uses are
//                 kept in cofinix.js, as the stubs' dependencies)
//   --part FILE   the part's own script: its objects and functions inside one closure, handed
//                 to CofxLater.arrived() when it runs; the runtime (UTF8ToString, HEAPU8,
//                 cofxPostEvent, …) is cofinix.js's, whose top-level names are the page's.
// js_api.h gives each function's types: a part's function must return void (a call may wait
// for the script) and take only numbers and C strings (copied while it waits).
// Usage: later-part.mjs --api src/web/js_api.h --stubs OUT --part OUT LIBRARY.js...
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

function parseArgs(argv) {
  const args = { libraries: [] };
  for (let i = 0; i < argv.length; i += 1) {
    const option = { '--api': 'api', '--stubs': 'stubs', '--part': 'part' }[argv[i]];
    if (option) args[option] = argv[(i += 1)];
    else args.libraries.push(argv[i]);
  }
  if (!args.api || !args.stubs || !args.part || !args.libraries.length) {
    throw new Error('usage: later-part.mjs --api FILE --stubs FILE --part FILE LIBRARY.js...');
  }
  return args;
}

/** cofx_js_* declarations in js_api.h: name -> {returns, kinds} ('s' a C string, '.' a number). */
export function declarations(header) {
  const code = header.replace(/\/\/.*$/gm, '').replace(/\s+/g, ' ');
  const found = {};
  for (const [, returns, name, params] of code.matchAll(/([\w:]+\s*\**)\s*\b(cofx_js_\w+)\s*\(([^)]*)\)\s*;/g)) {
    const kinds = params.trim() === '' ? '' : params.split(',').map((param) => {
      if (/\bchar\s*\*/.test(param) && /\bconst\b/.test(param)) return 's';
      if (param.includes('*')) return '*';
      return '.';
    }).join('');
    found[name] = { returns: returns.replace(/\s+/g, ''), kinds };
  }
  return found;
}

/** The entries the libraries hand to mergeInto, in order. */
function libraryEntries(sources) {
  const entries = {};
  const context = vm.createContext({
    LibraryManager: { library: entries },
    mergeInto: (target, added) => Object.assign(target, added),
  });
  for (const [file, text] of sources) {
    if (text.includes('{{{') || /^#(if|else|endif)/m.test(text)) {
      throw new Error(`${file}: Emscripten's preprocessor is not run on the later part`);
    }
    vm.runInContext(text, context, { filename: file });
  }
  return entries;
}

function serialize(value) {
  if (typeof value === 'function') return value.toString();
  if (Array.isArray(value)) return `[${value.map(serialize).join(', ')}]`;
  if (value && typeof value === 'object') {
    return `{\n${Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${serialize(item)}`).join(',\n')}\n}`;
  }
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value);
}

/** {stubs, part}: the two files' texts. */
export function buildLaterPart(sources, header) {
  const declared = declarations(header);
  const entries = libraryEntries(sources);
  const names = Object.keys(entries).filter((key) => !key.includes('__'));
  const defined = new Set(names.map((name) => (name.startsWith('$') ? name.slice(1) : name)));
  const outside = new Set();
  const definitions = [];
  const postsets = [];
  const functions = [];
  for (const key of Object.keys(entries)) {
    const [name, suffix] = key.split('__');
    if (suffix === 'deps') {
      for (const dep of entries[key]) {
        if (!defined.has(dep.replace(/^\$/, ''))) outside.add(dep);
      }
    } else if (suffix === 'postset') {
      postsets.push(String(entries[key]));
    } else if (suffix !== undefined) {
      throw new Error(`${key}: the later part knows __deps and __postset only`);
    } else if (name.startsWith('$')) {
      definitions.push(`var ${name.slice(1)} = ${serialize(entries[key])};`);
    } else if (/^cofx_js_\w+$/.test(name) && typeof entries[key] === 'function') {
      const types = declared[name];
      if (!types) throw new Error(`${name} is not declared in js_api.h`);
      if (types.returns !== 'void') throw new Error(`${name} returns ${types.returns}: a later part's functions return void`);
      if (types.kinds.includes('*')) throw new Error(`${name} takes a pointer that is not a C string`);
      definitions.push(`var _${name} = ${serialize(entries[key])};`);
      functions.push({ name, kinds: types.kinds });
    } else {
      throw new Error(`${name}: a later part defines $objects and cofx_js_* functions only`);
    }
  }
  const deps = JSON.stringify(['$CofxLater', ...outside]);
  const stubs = [
    '// Generated by scripts/lib/later-part.mjs from src/web/js/later/: each function calls through',
    '// CofxLater (src/web/js/later.js) into the later part. Do not edit.',
    'mergeInto(LibraryManager.library, {',
    ...functions.flatMap(({ name, kinds }) => [
      `  ${name}__deps: ${deps},`,
      `  ${name}: function () { CofxLater.call('${name}', arguments, '${kinds}'); },`,
    ]),
    '});',
    '',
  ].join('\n');
  const part = [
    '// The later part of Cof-iniX (src/web/js/later.js), generated by scripts/lib/later-part.mjs',
    '// from src/web/js/later/. Do not edit.',
    '(function () {',
    ...definitions,
    ...postsets,
    `CofxLater.arrived({${functions.map(({ name }) => `'${name}': _${name}`).join(', ')}});`,
    '})();',
    '',
  ].join('\n');
  new vm.Script(part, { filename: 'later.js' });  // a syntax error here, not in the browser
  return { stubs, part };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const sources = [];
  for (const file of [...args.libraries].sort()) sources.push([file, await fs.readFile(file, 'utf8')]);
  const { stubs, part } = buildLaterPart(sources, await fs.readFile(args.api, 'utf8'));
  for (const [file, text] of [[args.stubs, stubs], [args.part, part]]) {
    await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
    await fs.writeFile(file, text);
  }
}

if (fileURLToPath(import.meta.url) === path.resolve(process.argv[1] ?? '')) {
  main().catch((error) => {
    console.error(`later-part: ${error.message}`);
    process.exit(1);
  });
}
