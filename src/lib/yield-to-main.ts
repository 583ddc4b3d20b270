/**
 * Lets the browser paint and handle input before more work goes on: `scheduler.yield()` where the
 * browser has it, else a message-channel task (not throttled like a timer in a background tab).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `work` over `items` in slices of about `sliceMs` of main-thread time, yielding between slices,
 * so that a long list (20,000 deployments) never blocks the page for long.
 */
export async function forEachSliced<T>(items: readonly T[], work: (item: T) => void, sliceMs = 30): Promise<void> {
  let sliceStart = performance.now();
  for (let index = 0; index < items.length; index++) {
    work(items[index]!);
    if (index % 64 === 63 && performance.now() - sliceStart > sliceMs) {
      await yieldToMain();
      sliceStart = performance.now();
    }
  }
}
