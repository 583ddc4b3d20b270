import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Section } from '@/components/section';
import { CopyButton } from '@/components/copy-button';
import { RelativeTime } from '@/components/relative-time';
import type { Deployment } from '../../api/deployment-schema';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Typography component="dt" variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="dd" variant="body2" sx={{ m: 0, overflowWrap: 'anywhere', display: 'flex', alignItems: 'center', gap: 0.5 }}>
        {children ?? '—'}
      </Typography>
    </>
  );
}

function InferencePath({ path, label }: { path: string | undefined; label: string }) {
  if (!path) return <>—</>;
  return (
    <>
      <code>{path}</code>
      <CopyButton text={path} label={`Copy the ${label}`} />
    </>
  );
}

const inferenceLoggingWords: Record<string, string> = {
  PREDICTIONS: 'Predictions',
  MODEL_INPUTS: 'Model inputs',
  ALL: 'Model inputs and predictions',
};

/** Model, serving and inference details. */
export function DeploymentDetails({ deployment }: { deployment: Deployment }) {
  return (
    <Section title="Details">
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'minmax(140px, max-content) 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
        <Field label="Model">
          {deployment.modelName}
          {deployment.modelVersion !== undefined ? ` (version ${deployment.modelVersion})` : ''}
        </Field>
        <Field label="Framework">{deployment.modelFramework}</Field>
        <Field label="Model server">{deployment.modelServer}</Field>
        <Field label="Serving tool">{deployment.servingTool}</Field>
        <Field label="Predictor script">{deployment.predictorScript}</Field>
        <Field label="Transformer script">{deployment.transformerScript ?? 'No transformer'}</Field>
        <Field label="Creator">{deployment.creator}</Field>
        <Field label="Created">
          <RelativeTime epochMs={deployment.created} />
        </Field>
        <Field label="Last deployed">{deployment.deployed !== undefined ? <RelativeTime epochMs={deployment.deployed} /> : 'Not deployed'}</Field>
        <Field label="Revision">{deployment.revision}</Field>
        <Field label="Inference path (Hopsworks)">
          <InferencePath path={deployment.hopsworksInferencePath} label="Hopsworks inference path" />
        </Field>
        <Field label="Inference path (model server)">
          <InferencePath path={deployment.modelServerInferencePath} label="model server inference path" />
        </Field>
        <Field label="API protocol">{deployment.apiProtocol}</Field>
        <Field label="Inference logging">{deployment.inferenceLogging ? (inferenceLoggingWords[deployment.inferenceLogging] ?? deployment.inferenceLogging) : 'Off'}</Field>
        {deployment.description && <Field label="Description">{deployment.description}</Field>}
      </Box>
    </Section>
  );
}
