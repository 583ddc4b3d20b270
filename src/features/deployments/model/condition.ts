/** Condition types in the order a start walks them; STOPPED comes first (and last, when stopping). */
export const knownConditionTypes = ['STOPPED', 'SCHEDULED', 'INITIALIZED', 'STARTED', 'READY'] as const;
export type KnownConditionType = (typeof knownConditionTypes)[number];
export type ConditionType = KnownConditionType | 'UNKNOWN';

/** true: succeeded; false: failed; null: in progress (the docs call it Unknown). */
export type ConditionStatus = boolean | null;

export interface Condition {
  type: ConditionType;
  rawType: string;
  status: ConditionStatus;
  reason: string;
}

export function parseConditionType(raw: unknown): ConditionType {
  if (typeof raw !== 'string') return 'UNKNOWN';
  const wanted = raw.trim().toUpperCase();
  return knownConditionTypes.find((type) => type === wanted) ?? 'UNKNOWN';
}

export function parseConditionStatus(raw: unknown): ConditionStatus {
  if (raw === true || raw === false) return raw;
  if (typeof raw === 'string') {
    const lowered = raw.trim().toLowerCase();
    if (lowered === 'true') return true;
    if (lowered === 'false') return false;
  }
  return null;
}
