import * as z from 'zod/mini';
// Relative imports: the console's server reads lists with this schema too, and resolves no '@/' alias.
import { forEachSliced } from '../../../lib/yield-to-main.ts';
import { parseNumber, parseText, parseTimestampField } from '../../../lib/wire-values.ts';
import { parseStatus, type DeploymentStatus } from '../model/status.ts';
import { parseConditionStatus, parseConditionType, type Condition } from '../model/condition.ts';

/** Reads the backend's deployment JSON and normalises every quirk the contract lists. */

/*
 * Only `id` and `name` can make a row unreadable; every other field is read leniently — a wrong type
 * becomes undefined, a sub-object that cannot be read is dropped — by plain readers, not per-field
 * schemas: 2,000 rows are read before the list's first page can be drawn.
 */

type Readers = Record<string, (value: unknown) => unknown>;
type ReadShape<R extends Readers> = { [K in keyof R]?: ReturnType<R[K]> };

/** A sub-object that is optional, may be null, and is dropped (not fatal) when it is not an object. */
function readObject<R extends Readers>(value: unknown, readers: R): ReadShape<R> | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  const read: Record<string, unknown> = {};
  for (const key in readers) if (key in raw) read[key] = readers[key]!(raw[key]);
  return read as ReadShape<R>;
}

const amountReaders = { cores: parseNumber, memory: parseNumber, gpus: parseNumber };
const readAmounts = (value: unknown) => readObject(value, amountReaders);
const resourceReaders = { requests: readAmounts, limits: readAmounts };
const scalingReaders = {
  scaleMetric: parseText,
  target: parseNumber,
  minInstances: parseNumber,
  maxInstances: parseNumber,
  scaleToZeroRetentionSeconds: parseNumber,
  panicWindowPercentage: parseNumber,
  stableWindowSeconds: parseNumber,
};

const asIs = (value: unknown) => value;
const conditionReaders = { type: asIs, status: asIs, reason: asIs };

const conditionReason = (raw: { reason?: unknown }) => (typeof raw.reason === 'string' ? raw.reason : '');

function readCondition(value: unknown): Condition | null {
  const raw = readObject(value, conditionReaders);
  if (!raw) return null;
  return {
    type: parseConditionType(raw.type),
    rawType: typeof raw.type === 'string' ? raw.type : '',
    status: parseConditionStatus(raw.status),
    reason: conditionReason(raw),
  };
}

/** `readCondition(value)?.reason`, read without the rest (the list reads it for 2,000 rows). */
function readConditionReason(value: unknown): Pick<Condition, 'reason'> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  return { reason: conditionReason(value) };
}

const idSchema = z.union([z.int(), z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number))]);

/** What a row cannot do without; checked on its own, so that the row's other fields are not copied first. */
const identitySchema = z.object({ id: idSchema, name: z.string().check(z.minLength(1)) });

/**
 * What `identitySchema` accepts, read without it: the schema (interpreted, as the CSP forbids its
 * compiled form) cost as much as reading every other field of 2,000 rows. The schema still decides,
 * and says what is wrong, when this says no.
 */
function readIdentity(input: unknown): { id: number; name: string } | undefined {
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const { id, name } = input as Record<string, unknown>;
    if (typeof name === 'string' && name.length > 0) {
      if (typeof id === 'number' && Number.isSafeInteger(id)) return { id, name };
      if (typeof id === 'string' && /^\d+$/.test(id)) return { id: Number(id), name };
    }
  }
  const checked = identitySchema.safeParse(input);
  return checked.success ? checked.data : undefined;
}

/**
 * One deployment as the backend sent it, read leniently; undefined when its id or name is unreadable
 * (`deploymentSchema` says why). Plain code, not a schema per row: the list reads 2,000 rows with it.
 */
export function readDeployment(input: unknown) {
  const identity = readIdentity(input);
  if (!identity) return undefined;
  const raw = input as Record<string, unknown>;
  const status: DeploymentStatus = parseStatus(raw.status);
  const transformerScript = parseText(raw.transformer);
  return {
    id: identity.id,
    name: identity.name,
    description: parseText(raw.description),
    modelName: parseText(raw.modelName),
    modelVersion: parseNumber(raw.modelVersion),
    modelFramework: parseText(raw.modelFramework),
    modelServer: parseText(raw.modelServer),
    servingTool: parseText(raw.servingTool),
    creator: parseText(raw.creator),
    created: parseTimestampField(raw.created),
    deployed: parseTimestampField(raw.deployed),
    revision: parseText(raw.revision),
    predictorScript: parseText(raw.predictor),
    transformerScript,
    status,
    rawStatus: typeof raw.status === 'string' ? raw.status : '',
    condition: readCondition(raw.condition),
    predictor: {
      running: parseNumber(raw.availableInstances) ?? 0,
      requested: parseNumber(raw.requestedInstances) ?? 0,
      resources: readObject(raw.predictorResources, resourceReaders) ?? undefined,
      scaling: readObject(raw.predictorScalingConfig, scalingReaders) ?? undefined,
    },
    transformer: transformerScript !== undefined
      ? {
          running: parseNumber(raw.availableTransformerInstances) ?? 0,
          requested: parseNumber(raw.requestedTransformerInstances) ?? 0,
          resources: readObject(raw.transformerResources, resourceReaders) ?? undefined,
          scaling: readObject(raw.transformerScalingConfig, scalingReaders) ?? undefined,
        }
      : null,
    hopsworksInferencePath: parseText(raw.hopsworksInferencePath),
    modelServerInferencePath: parseText(raw.modelServerInferencePath),
    inferenceLogging: parseText(raw.inferenceLogging),
    apiProtocol: parseText(raw.apiProtocol),
  };
}

export type Deployment = NonNullable<ReturnType<typeof readDeployment>>;

/** What the list sorts and filters by: `Deployment` has it, and so do the keys read ahead of it. */
export interface DeploymentListKeys {
  readonly id: number;
  readonly name: string;
  readonly status: DeploymentStatus;
  readonly modelName: string | undefined;
  readonly modelVersion: number | undefined;
  readonly deployed: number | undefined;
  readonly condition: Pick<Condition, 'reason'> | null;
  readonly predictor: { readonly running: number; readonly requested: number };
}

const unread = Symbol('unread');

/**
 * A row's list keys, each read (as `readDeployment` reads it) only when the view first asks for it: the
 * list page's first rows are picked from 2,000 of these before the rest is read, and the usual view
 * (sorted by name, no filter) asks for nothing but the name.
 */
class LazyListKeys implements DeploymentListKeys {
  readonly id: number;
  readonly name: string;
  readonly #raw: Record<string, unknown>;
  #status: DeploymentStatus | undefined;
  #deployed: number | undefined | typeof unread = unread;
  #condition: Pick<Condition, 'reason'> | null | typeof unread = unread;
  #predictor: DeploymentListKeys['predictor'] | undefined;

  constructor(identity: { id: number; name: string }, raw: Record<string, unknown>) {
    this.id = identity.id;
    this.name = identity.name;
    this.#raw = raw;
  }

  get status() {
    return (this.#status ??= parseStatus(this.#raw.status));
  }

  get modelName() {
    return parseText(this.#raw.modelName);
  }

  get modelVersion() {
    return parseNumber(this.#raw.modelVersion);
  }

  get deployed() {
    if (this.#deployed === unread) this.#deployed = parseTimestampField(this.#raw.deployed);
    return this.#deployed;
  }

  get condition() {
    if (this.#condition === unread) this.#condition = readConditionReason(this.#raw.condition);
    return this.#condition;
  }

  get predictor() {
    return (this.#predictor ??= { running: parseNumber(this.#raw.availableInstances) ?? 0, requested: parseNumber(this.#raw.requestedInstances) ?? 0 });
  }
}

/** A row's list keys, read lazily; undefined when the row is unreadable (as for `readDeployment`). */
export function readDeploymentListKeys(input: unknown): DeploymentListKeys | undefined {
  const identity = readIdentity(input);
  return identity && new LazyListKeys(identity, input as Record<string, unknown>);
}

export const deploymentSchema = z.pipe(
  z.unknown(),
  z.transform((input: unknown, context): Deployment => {
    const deployment = readDeployment(input);
    if (deployment) return deployment;
    const checked = identitySchema.safeParse(input);
    for (const issue of checked.error?.issues ?? []) context.issues.push({ ...issue, input } as z.core.$ZodRawIssue);
    return z.NEVER;
  }),
);

export type ComponentAllocation = Deployment['predictor'];
export type ComponentName = 'predictor' | 'transformer';

/** The rows of a list answer, unread: a bare array or `{count, items}`. */
export const listItemsSchema = z.union([
  z.array(z.unknown()),
  z.pipe(
    z.looseObject({ items: z.optional(z.array(z.unknown())), count: z.optional(z.unknown()) }),
    z.transform((page: { items?: unknown[] }) => page.items ?? []),
  ),
]);

/**
 * The list answer: a bare array or `{count, items}`. Rows that cannot be read are counted, not fatal;
 * a second row with an id already listed is left out and its id reported (a row must open its own deployment).
 */
export const deploymentListSchema = z.pipe(
  listItemsSchema,
  // Asynchronous (parse it with safeParseAsync): 20,000 rows are read in slices, the page stays responsive.
  z.transform(async (items: unknown[]) => {
    const deployments: Deployment[] = [];
    const seen = new Set<number>();
    const duplicateIds = new Set<number>();
    let unreadable = 0;
    await forEachSliced(items, (item) => {
      const deployment = readDeployment(item);
      if (!deployment) unreadable += 1;
      else if (seen.has(deployment.id)) duplicateIds.add(deployment.id);
      else {
        seen.add(deployment.id);
        deployments.push(deployment);
      }
    });
    return { deployments, unreadable, duplicateIds: [...duplicateIds] };
  }),
);

export type DeploymentList = Awaited<z.output<typeof deploymentListSchema>>;
