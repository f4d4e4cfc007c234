// Debian's real nginx, run by a test as its own unprivileged process on a loopback port with
// the recipe scripts/build wrote (deploy/nginx.conf filled in), for the hosting tests.
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, child, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}`);
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('nginx did not start listening');
}

/**
 * Starts nginx with `recipe` (a server block, as scripts/build writes it) on a free loopback
 * port; everything nginx writes (pid, logs, temp files) stays in a fresh folder.
 * Returns {url, port, prefix, close()}.
 */
export async function startNginx(recipe) {
  const prefix = await fs.mkdtemp(path.join(os.tmpdir(), 'cofx-nginx-'));
  const port = await freePort();
  const server = (await fs.readFile(recipe, 'utf8')).replace(/listen\s+8080;/, `listen 127.0.0.1:${port};`);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${path.join(prefix, name)};`).join('\n');
  const conf = `load_module ${BROTLI_MODULE};
daemon off;
worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log ${path.join(prefix, 'error.log')} warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${path.join(prefix, 'access.log')};
${temp}
${server}
}
`;
  const confFile = path.join(prefix, 'nginx.conf');
  await fs.writeFile(confFile, conf);
  const child = spawn(NGINX, ['-p', prefix, '-c', confFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  try {
    await waitForPort(port, child);
  } catch (error) {
    child.kill('SIGKILL');
    const log = await fs.readFile(path.join(prefix, 'error.log'), 'utf8').catch(() => '');
    throw new Error(`${error.message}: ${stderr}${log}`);
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    prefix,
    async close() {
      child.kill('SIGQUIT');
      await new Promise((resolve) => {
        if (child.exitCode !== null) resolve();
        else child.once('exit', resolve);
        setTimeout(() => { child.kill('SIGKILL'); resolve(); }, 5_000).unref();
      });
      await fs.rm(prefix, { recursive: true, force: true });
    },
  };
}
