/**
 * The page's only script tag. The console's code (main.tsx) is fetched and started after the browser
 * has painted the frame that index.html carries: fetching and evaluating it is long work, and the user
 * should see the page's frame before it, not after.
 */
function afterFirstPaint(): Promise<void> {
  // A tab opened in the background paints nothing (and runs no animation frame) until it is shown.
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    // A frame that is never drawn (a hidden iframe) must not keep the console from starting.
    setTimeout(resolve, 250);
  });
}

void afterFirstPaint().then(() => import('./main'));
