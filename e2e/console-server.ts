import { spawn, type ChildProcess } from 'node:child_process';

/**
 * The production server as a real process — the command `npm run serve` runs after building and the
 * container image runs: `node --import tsx server/main.ts`, configured by the environment.
 */
export interface ConsoleServer {
  /** Origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  process: ChildProcess;
  /** Everything the process printed (stdout and stderr). */
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/** The server's process command (also the container image's CMD, checked by server/deploy/deploy.test.ts). */
export const serverCommand = ['node', '--import', 'tsx', 'server/main.ts'] as const;

export async function startConsoleServer(env: Record<string, string>): Promise<ConsoleServer> {
  const child = spawn(process.execPath, serverCommand.slice(1), {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the console server did not start:\n${output}`)), 30_000);
    const look = () => {
      const match = /Model Serving Console: (http:\/\/[^/\s]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', look);
    void exited.then(() => reject(new Error(`the console server exited:\n${output}`)));
  });
  return {
    origin,
    process: child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
