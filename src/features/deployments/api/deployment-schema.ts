import { z } from 'zod';
import { parseNumber, parseText, parseTimestampField } from '@/lib/wire-values';
import { parseStatus, type DeploymentStatus } from '../model/status';
import { parseConditionStatus, parseConditionType, type Condition } from '../model/condition';

/** Reads the backend's deployment JSON and normalises every quirk the contract lists. */

const optionalNumber = z.unknown().transform(parseNumber).optional();
const optionalText = z.unknown().transform(parseText).optional();
const optionalTimestamp = z.unknown().transform(parseTimestampField).optional();

const resourceAmountsSchema = z
  .object({ cores: optionalNumber, memory: optionalNumber, gpus: optionalNumber })
  .partial()
  .nullish()
  .catch(undefined);

const resourcesSchema = z
  .object({ requests: resourceAmountsSchema, limits: resourceAmountsSchema })
  .partial()
  .nullish()
  .catch(undefined);

const scalingConfigSchema = z
  .object({
    scaleMetric: optionalText,
    target: optionalNumber,
    minInstances: optionalNumber,
    maxInstances: optionalNumber,
    scaleToZeroRetentionSeconds: optionalNumber,
    panicWindowPercentage: optionalNumber,
    stableWindowSeconds: optionalNumber,
  })
  .partial()
  .nullish()
  .catch(undefined);

const conditionSchema = z
  .object({ type: z.unknown(), status: z.unknown(), reason: z.unknown() })
  .partial()
  .nullish()
  .catch(undefined)
  .transform((raw): Condition | null => {
    if (!raw) return null;
    return {
      type: parseConditionType(raw.type),
      rawType: typeof raw.type === 'string' ? raw.type : '',
      status: parseConditionStatus(raw.status),
      reason: typeof raw.reason === 'string' ? raw.reason : '',
    };
  });

const idSchema = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);

export const deploymentSchema = z
  .looseObject({
    id: idSchema,
    name: z.string().min(1),
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
    status: z.unknown().optional(),
    condition: conditionSchema.optional(),
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
  })
  .transform((raw) => {
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
  });

export type Deployment = z.output<typeof deploymentSchema>;
export type ComponentAllocation = Deployment['predictor'];
export type ComponentName = 'predictor' | 'transformer';

/**
 * The list answer: a bare array or `{count, items}`. Rows that cannot be read are counted, not fatal;
 * a second row with an id already listed is left out and its id reported (a row must open its own deployment).
 */
export const deploymentListSchema = z
  .union([
    z.array(z.unknown()),
    z.looseObject({ items: z.array(z.unknown()).optional(), count: z.unknown().optional() }).transform((page) => page.items ?? []),
  ])
  .transform((items) => {
    const deployments: Deployment[] = [];
    const seen = new Set<number>();
    const duplicateIds = new Set<number>();
    let unreadable = 0;
    for (const item of items) {
      const parsed = deploymentSchema.safeParse(item);
      if (!parsed.success) unreadable += 1;
      else if (seen.has(parsed.data.id)) duplicateIds.add(parsed.data.id);
      else {
        seen.add(parsed.data.id);
        deployments.push(parsed.data);
      }
    }
    return { deployments, unreadable, duplicateIds: [...duplicateIds] };
  });

export type DeploymentList = z.output<typeof deploymentListSchema>;
