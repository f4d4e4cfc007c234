// How much of the cold start is V8 compiling the module's functions: V8 compiles a wasm
// function on its first call, on the main thread (`wasm.CompileLazy` in a trace), so the code
// main() and the first frame run is compiled while they run. Measured with a trace of a cold
// load, between the app's own marks `cofx:main` and `cofx:drawn` (main.cpp, published.js).
import { promises as fs } from 'node:fs';

/** Reads one unsigned LEB128 number at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** Skips a table's or memory's limits (flags, minimum, and a maximum if flag 1 says so). */
function skipLimits(bytes, at) {
  const [flags, next] = leb(bytes, at);
  let end = leb(bytes, next)[1];
  if (flags & 1) end = leb(bytes, end)[1];
  return end;
}

/** The module's imported function count and each defined function's body size in bytes. */
export async function functionSizes(wasmFile) {
  const bytes = await fs.readFile(wasmFile);
  let imported = 0;
  const sizes = [];
  for (let at = 8; at < bytes.length;) {
    const id = bytes[at++];
    let length;
    [length, at] = leb(bytes, at);
    const end = at + length;
    if (id === 2) {  // imports: module name, field name, kind, description
      let count, p = at;
      [count, p] = leb(bytes, p);
      for (let i = 0; i < count; i += 1) {
        for (let name = 0; name < 2; name += 1) { let n; [n, p] = leb(bytes, p); p += n; }
        const kind = bytes[p++];
        if (kind === 0) { [, p] = leb(bytes, p); imported += 1; }  // function: its type index
        else if (kind === 1) p = skipLimits(bytes, p + 1);        // table: element type, limits
        else if (kind === 2) p = skipLimits(bytes, p);            // memory: limits
        else p += 2;                                              // global: type, mutability
      }
    } else if (id === 10) {  // code: each body's size
      let count, p = at;
      [count, p] = leb(bytes, p);
      for (let i = 0; i < count; i += 1) { let n; [n, p] = leb(bytes, p); sizes.push(n); p += n; }
    }
    at = end;
  }
  return { imported, sizes };
}

/**
 * One cold load of `url` traced: the time from main() to the first frame drawn, and the
 * wasm.CompileLazy inside it (its milliseconds, and the functions and bytes compiled).
 */
export async function lazyCompileOnce(browser, url, module, viewport) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ['v8.wasm', 'blink.user_timing'] });
    await page.goto(url);
    await page.waitForFunction(() => window.cofx?.firstFrameAt !== undefined, null, { timeout: 30_000, polling: 10 });
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const events = trace.traceEvents ?? trace;
    const mark = (name) => events.find((e) => e.name === name)?.ts;
    const from = mark('cofx:main'), to = mark('cofx:drawn');
    if (from === undefined || to === undefined) return null;
    const compiles = events.filter((e) => e.name === 'wasm.CompileLazy' && e.ph === 'X' && e.ts >= from && e.ts <= to);
    const functions = new Set(compiles.map((e) => e.args?.func_index - module.imported));
    return {
      mainToDrawnMs: (to - from) / 1000,
      compileMs: compiles.reduce((sum, e) => sum + e.dur, 0) / 1000,
      functions: functions.size,
      bytes: [...functions].reduce((sum, index) => sum + (module.sizes[index] ?? 0), 0),
    };
  } finally {
    await context.close();
  }
}
