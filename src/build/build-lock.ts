import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildLock {
  release(): Promise<void>;
}

/**
 * One build at a time in a checkout: builds share its content cache and
 * Astro's generated files, and two at once have published each other's
 * articles.
 *
 * The lock is a listening local socket rather than a lock file: the kernel
 * frees it when its process ends, however it ends (SIGKILL included), so there
 * is no stale lock to detect, and no process id that another process may have
 * taken since. On Linux the socket is in the abstract namespace, which has no
 * file at all; elsewhere a socket file that refuses connections is left over
 * from a process that ended, and is removed.
 *
 * `describe` is what a waiting build shows of this one; `onWait` gets the
 * holder's description when this build has to wait.
 */
export async function acquireBuildLock(
  root: string,
  describe: string,
  onWait: (holder: string) => void,
): Promise<BuildLock> {
  const { address, file } = lockAddress(root);
  for (;;) {
    const lock = await listen(address, describe);
    if (lock) return lock;
    // Without a file, a refused connection means the holder let go between the two steps: listen again.
    if ((await waitForRelease(address, onWait)) === 'stale' && file)
      rmSync(address, { force: true });
  }
}

/** Where the lock listens, and whether that is a socket file a process that ended leaves behind. */
function lockAddress(root: string): { address: string; file: boolean } {
  const key = createHash('sha256').update(root).digest('hex').slice(0, 16);
  if (process.platform === 'win32')
    return { address: `\\\\?\\pipe\\news-archive-build-${key}`, file: false };
  if (process.platform === 'linux') return { address: `\0news-archive-build-${key}`, file: false };
  return { address: join(tmpdir(), `news-archive-build-${key}.sock`), file: true };
}

/** Takes the lock, or resolves undefined when another process holds it. */
function listen(address: string, describe: string): Promise<BuildLock | undefined> {
  const waiting = new Set<Socket>();
  const server = createServer((socket) => {
    // Kept open: a waiting build learns that this one ended when it closes.
    socket.unref();
    waiting.add(socket);
    socket.on('close', () => waiting.delete(socket));
    socket.on('error', () => waiting.delete(socket));
    socket.write(`${describe}\n`);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? resolve(undefined) : reject(error),
    );
    server.listen(address, () => {
      server.unref();
      resolve({
        release: () =>
          new Promise<void>((closed) => {
            for (const socket of waiting) socket.destroy();
            server.close(() => closed());
          }),
      });
    });
  });
}

/**
 * Connects to the holder and waits until it lets go, passing on its
 * description when it sends it. Resolves `stale` for an address that nobody
 * listens on, else `released`.
 */
function waitForRelease(
  address: string,
  onWait: (holder: string) => void,
): Promise<'released' | 'stale'> {
  return new Promise((resolve) => {
    let said = '';
    const socket = connect(address);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      if (said.includes('\n')) return;
      said += chunk;
      if (said.includes('\n')) onWait(said.trim());
    });
    socket.on('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'ECONNREFUSED' ? 'stale' : 'released'),
    );
    socket.on('close', () => resolve('released'));
  });
}
