import { useParams } from 'react-router';

/** A positive integer route parameter, or null when the URL holds something else. */
export function useNumericParam(name: string): number | null {
  const value = useParams()[name];
  if (!value || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number > 0 && Number.isSafeInteger(number) ? number : null;
}
