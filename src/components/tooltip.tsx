import { cloneElement, useEffect, useLayoutEffect, useRef, type ReactElement, type Ref } from 'react';
import type { TooltipProps } from '@mui/material/Tooltip';
import useForkRef from '@mui/utils/useForkRef';
import { deferredModule } from '@/lib/deferred-module';

const muiTooltip = deferredModule(() => import('@mui/material/Tooltip'));

/**
 * MUI's Tooltip, loaded after the first paint (it and Popper are ~11 KB gzip the first page can do
 * without). Until it arrives the child is named by the title as MUI names it (`aria-label`, unless the
 * child has its own), so assistive technology hears the same; the swap keeps keyboard focus where it was.
 */
export function Tooltip({ children, title, ...props }: TooltipProps) {
  const Loaded = muiTooltip.useLoaded()?.default;
  const node = useRef<HTMLElement | null>(null);
  const refocus = useRef(false);
  const childProps = children.props as { ref?: Ref<HTMLElement>; 'aria-label'?: string };
  const ref = useForkRef(childProps.ref, node);
  const loaded = Loaded !== undefined;
  useEffect(() => {
    if (loaded) return undefined;
    // The child is rendered anew inside MUI's tooltip: note whether it has the focus before it goes.
    const unsubscribe = muiTooltip.subscribe(() => {
      refocus.current = node.current?.contains(document.activeElement) ?? false;
    });
    const timer = setTimeout(() => void muiTooltip.load().catch(() => undefined));
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [loaded]);
  useLayoutEffect(() => {
    if (!loaded || !refocus.current) return;
    refocus.current = false;
    node.current?.focus();
  }, [loaded]);

  if (Loaded) {
    return (
      <Loaded title={title} {...props}>
        {cloneElement(children as ReactElement<{ ref?: Ref<HTMLElement> }>, { ref })}
      </Loaded>
    );
  }
  const label = childProps['aria-label'] ?? (typeof title === 'string' && title ? title : undefined);
  return cloneElement(children as ReactElement<{ ref?: Ref<HTMLElement>; 'aria-label'?: string }>, { ref, 'aria-label': label });
}
