/**
 * Starts the Telavox Home sandbox: `tsx sandbox/main.ts` (or `npm run sandbox`). `SANDBOX_PORT` picks the
 * port (default 18181). Stops cleanly on Ctrl+C or SIGTERM.
 */
import { USERS } from './data';
import { createSandbox } from './server';

const DEFAULT_PORT = 18181;

function readPort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`SANDBOX_PORT must be a port number (0-65535), not "${raw}"`);
  }
  return port;
}

async function main(): Promise<void> {
  const sandbox = await createSandbox({ port: readPort(process.env.SANDBOX_PORT) });
  const lines = [
    `Telavox Home sandbox: ${sandbox.url}`,
    `Sign in at ${sandbox.url}/login with:`,
    ...USERS.map(
      (user) =>
        `  ${user.username} / ${user.password}  (extension ${user.extension}, API token ${user.bearerToken}${user.canDial ? '' : ', cannot dial'})`,
    ),
    `Demo page: ${sandbox.url}/demo`,
    'Press Ctrl+C to stop.',
  ];
  console.log(lines.join('\n'));

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping the sandbox`);
    sandbox.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
