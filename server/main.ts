import closeWithGrace from 'close-with-grace';
import { loadServerConfig, ServerConfigError } from './config.ts';
import { buildServer } from './build-server.ts';

/** The process entry: reads the environment, listens, prints the URL, and closes gracefully on SIGTERM. */
async function main() {
  let config;
  try {
    config = loadServerConfig(process.env);
  } catch (error) {
    if (error instanceof ServerConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const app = await buildServer({ config });
  closeWithGrace({ delay: 25_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    else app.log.info({ signal }, 'closing: finishing in-flight requests');
    await app.close();
  });
  const address = await app.listen({ port: config.port, host: config.host });
  const url = new URL(address);
  if (config.host === '0.0.0.0' || config.host === '::') url.hostname = 'localhost';
  const modeWords = { demo: 'demo (mock mode)', 'sign-in': `real mode, users sign in to ${config.hopsworksUrl}`, 'service-key': `real mode, service key for ${config.hopsworksUrl}${config.allowActions ? '' : ' (read-only)'}` };
  console.log(`Model Serving Console: ${url.origin}${config.basePath}/ — ${modeWords[config.mode]}`);
}

void main();
