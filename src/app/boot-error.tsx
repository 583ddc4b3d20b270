/** Shown when the console cannot start (bad config.json, mock worker refused): plain markup, no theme. */
export function BootError({ message }: { message: string }) {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 640, margin: '10vh auto', padding: 24, lineHeight: 1.5 }}>
      <h1 style={{ fontSize: '1.4rem' }}>The Model Serving Console could not start</h1>
      <p role="alert">{message}</p>
      <p>Fix the problem and reload the page. The settings are described in the console&apos;s README.</p>
    </main>
  );
}
