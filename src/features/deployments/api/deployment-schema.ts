import * as z from 'zod/mini';
// Relative imports: the console's server reads lists with this schema too, and resolves no '@/' alias.
import { forEachSliced } from '../../../lib/yield-to-main.ts';
import { parseNumber, parseText, parseTimestampField } from '../../../lib/wire-values.ts';
import { parseStatus, type DeploymentStatus } from '../model/status.ts';
import { parseConditionStatus, parseConditionType, type Condition } from '../model/condition.ts';

/** Reads the backend's deployment JSON and normalises every quirk the contract lists. */

/** A value read leniently: whatever is there goes through `read` (a wrong type becomes undefined). */
const lenient = <T>(read: (value: unknown) => T) => z.optional(z.pipe(z.unknown(), z.transform(read)));
const optionalNumber = lenient(parseNumber);
const optionalText = lenient(parseText);
const optionalTimestamp = lenient(parseTimestampField);

/** A sub-object that is optional, may be null, and is dropped (not fatal) when it cannot be read. */
const lenientObject = <Shape extends z.core.$ZodLooseShape>(shape: Shape) => z.catch(z.nullish(z.partial(z.object(shape))), undefined);

const resourceAmountsSchema = lenientObject({ cores: optionalNumber, memory: optionalNumber, gpus: optionalNumber });

const resourcesSchema = lenientObject({ requests: resourceAmountsSchema, limits: resourceAmountsSchema });

const scalingConfigSchema = lenientObject({
  scaleMetric: optionalText,
  target: optionalNumber,
  minInstances: optionalNumber,
  maxInstances: optionalNumber,
  scaleToZeroRetentionSeconds: optionalNumber,
  panicWindowPercentage: optionalNumber,
  stableWindowSeconds: optionalNumber,
});

const conditionSchema = z.pipe(
  lenientObject({ type: z.unknown(), status: z.unknown(), reason: z.unknown() }),
  z.transform((raw: { type?: unknown; status?: unknown; reason?: unknown } | null | undefined): Condition | null => {
    if (!raw) return null;
    return {
      type: parseConditionType(raw.type),
      rawType: typeof raw.type === 'string' ? raw.type : '',
      status: parseConditionStatus(raw.status),
      reason: typeof raw.reason === 'string' ? raw.reason : '',
    };
  }),
);

const idSchema = z.union([z.int(), z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number))]);

const wireDeploymentSchema = z.looseObject({
    id: idSchema,
    name: z.string().check(z.minLength(1)),
    description: optionalText,
    modelName: optionalText,
    modelVersion: optionalNumber,
    modelFramework: optionalText,
    modelServer: optionalText,
    servingTool: optionalText,
    creator: optionalText,
    created: optionalTimestamp,
    deployed: optionalTimestamp,
    revision: optionalText,
    predictor: optionalText,
    transformer: optionalText,
    status: z.optional(z.unknown()),
    condition: z.optional(conditionSchema),
    availableInstances: optionalNumber,
    availableTransformerInstances: optionalNumber,
    requestedInstances: optionalNumber,
    requestedTransformerInstances: optionalNumber,
    predictorResources: resourcesSchema,
    transformerResources: resourcesSchema,
    predictorScalingConfig: scalingConfigSchema,
    transformerScalingConfig: scalingConfigSchema,
    hopsworksInferencePath: optionalText,
    modelServerInferencePath: optionalText,
    inferenceLogging: optionalText,
    apiProtocol: optionalText,
  });

export const deploymentSchema = z.pipe(
  wireDeploymentSchema,
  z.transform((raw: z.output<typeof wireDeploymentSchema>) => {
    const status: DeploymentStatus = parseStatus(raw.status);
    const hasTransformer = raw.transformer !== undefined;
    return {
      id: raw.id,
      name: raw.name,
      description: raw.description,
      modelName: raw.modelName,
      modelVersion: raw.modelVersion,
      modelFramework: raw.modelFramework,
      modelServer: raw.modelServer,
      servingTool: raw.servingTool,
      creator: raw.creator,
      created: raw.created,
      deployed: raw.deployed,
      revision: raw.revision,
      predictorScript: raw.predictor,
      transformerScript: raw.transformer,
      status,
      rawStatus: typeof raw.status === 'string' ? raw.status : '',
      condition: raw.condition ?? null,
      predictor: {
        running: raw.availableInstances ?? 0,
        requested: raw.requestedInstances ?? 0,
        resources: raw.predictorResources ?? undefined,
        scaling: raw.predictorScalingConfig ?? undefined,
      },
      transformer: hasTransformer
        ? {
            running: raw.availableTransformerInstances ?? 0,
            requested: raw.requestedTransformerInstances ?? 0,
            resources: raw.transformerResources ?? undefined,
            scaling: raw.transformerScalingConfig ?? undefined,
          }
        : null,
      hopsworksInferencePath: raw.hopsworksInferencePath,
      modelServerInferencePath: raw.modelServerInferencePath,
      inferenceLogging: raw.inferenceLogging,
      apiProtocol: raw.apiProtocol,
    };
  }),
);

export type Deployment = z.output<typeof deploymentSchema>;
export type ComponentAllocation = Deployment['predictor'];
export type ComponentName = 'predictor' | 'transformer';

/**
 * The list answer: a bare array or `{count, items}`. Rows that cannot be read are counted, not fatal;
 * a second row with an id already listed is left out and its id reported (a row must open its own deployment).
 */
export const deploymentListSchema = z.pipe(
  z.union([
    z.array(z.unknown()),
    z.pipe(
      z.looseObject({ items: z.optional(z.array(z.unknown())), count: z.optional(z.unknown()) }),
      z.transform((page: { items?: unknown[] }) => page.items ?? []),
    ),
  ]),
  // Asynchronous (parse it with safeParseAsync): 20,000 rows are read in slices, the page stays responsive.
  z.transform(async (items: unknown[]) => {
    const deployments: Deployment[] = [];
    const seen = new Set<number>();
    const duplicateIds = new Set<number>();
    let unreadable = 0;
    await forEachSliced(items, (item) => {
      const parsed = deploymentSchema.safeParse(item);
      if (!parsed.success) unreadable += 1;
      else if (seen.has(parsed.data.id)) duplicateIds.add(parsed.data.id);
      else {
        seen.add(parsed.data.id);
        deployments.push(parsed.data);
      }
    });
    return { deployments, unreadable, duplicateIds: [...duplicateIds] };
  }),
);

export type DeploymentList = Awaited<z.output<typeof deploymentListSchema>>;
