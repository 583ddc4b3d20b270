import rison from 'rison-node';
import type { OpenSearchSettings } from '@/config/runtime-config';
import { isoOrUndefined } from '@/lib/format';
import type { LogComponent, LogTarget } from './log-target';

/**
 * Deep links into OpenSearch Dashboards Discover (docs/osd-deep-links.md): state objects built as
 * data, encoded with rison-node, never spliced by hand; DQL values quoted and escaped.
 */

export interface HistoricalLogsFilter {
  servingName: string;
  component?: 'predictor' | 'transformer';
  container?: string;
  /** One instance (pod): used only where the settings name the field that records it. */
  instance?: string;
  /** `now-1h` style or ISO timestamps. */
  time: { from: string; to: string };
}

export interface OsdLinkSettings extends Omit<OpenSearchSettings, 'indexPatternId' | 'useHopsworksJwt'> {
  indexPatternId: string;
  /** The query string of Hopsworks' `kibanaUrl` (its token parameter), taken as it is; absent without a token. */
  tokenQuery?: string;
}

/** The default index pattern id Hopsworks creates for a project's serving logs. */
export function defaultIndexPatternId(projectName: string): string {
  return `${projectName.toLowerCase()}_serving-*`;
}

/** A DQL string literal: double quotes, with `\` and `"` escaped. */
export function dqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function dqlQuery(settings: Pick<OsdLinkSettings, 'fields' | 'dqlTimeRange'>, filter: HistoricalLogsFilter): string {
  const { fields } = settings;
  const clauses = [`${fields.servingName}:${dqlString(filter.servingName)}`];
  if (filter.component) clauses.push(`${fields.component}:${dqlString(filter.component)}`);
  if (filter.container) clauses.push(`${fields.container}:${dqlString(filter.container)}`);
  if (filter.instance && fields.instance) clauses.push(`${fields.instance}:${dqlString(filter.instance)}`);
  if (settings.dqlTimeRange) {
    clauses.push(`${fields.timestamp} >= ${dqlString(filter.time.from)}`);
    if (filter.time.to !== 'now') clauses.push(`${fields.timestamp} <= ${dqlString(filter.time.to)}`);
  }
  return clauses.join(' and ');
}

/** Percent-encodes a rison value for the URL, keeping the characters OSD itself leaves readable. */
function encodeStateValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%40/gi, '@').replace(/%24/g, '$');
}

/** The state objects a link carries (exported for tests and for the "what this link shows" panel). */
export function discoverState(settings: OsdLinkSettings, filter: HistoricalLogsFilter) {
  const { fields } = settings;
  const columns = [fields.timestamp, fields.component, fields.container, fields.message];
  const sort = [[fields.timestamp, 'desc']];
  const query = { language: 'kuery', query: dqlQuery(settings, filter) };
  const globalState = { filters: [], refreshInterval: { pause: true, value: 0 }, time: { from: filter.time.from, to: filter.time.to } };
  if (settings.urlFormat === 'legacy') {
    return {
      _g: globalState,
      _a: { columns, filters: [], index: settings.indexPatternId, interval: 'auto', query, sort },
    };
  }
  return {
    _a: { discover: { columns, interval: 'auto', sort }, metadata: { indexPattern: settings.indexPatternId, view: 'discover' } },
    _g: globalState,
    _q: { filters: [], query },
  };
}

export function buildDiscoverUrl(settings: OsdLinkSettings, filter: HistoricalLogsFilter): string {
  const base = settings.dashboardsUrl.replace(/\/+$/, '');
  const path = settings.urlFormat === 'legacy' ? '/app/discover' : '/app/data-explorer/discover/';
  const serverQuery = new URLSearchParams();
  if (settings.tenant) serverQuery.set('security_tenant', settings.tenant);
  const search = [serverQuery.toString(), settings.tokenQuery].filter(Boolean).join('&');
  const state = discoverState(settings, filter);
  const hashQuery = Object.entries(state)
    .map(([key, value]) => `${key}=${encodeStateValue(rison.encode(value))}`)
    .join('&');
  const hash = settings.urlFormat === 'legacy' ? `#/?${hashQuery}` : `#?${hashQuery}`;
  return `${base}${path}${search ? `?${search}` : ''}${hash}`;
}

/**
 * The token part of Hopsworks' `/elastic/jwt` answer: `kibanaUrl`'s query string as it is
 * (`/hopsworks-api/kibana/app/discover?jt=<jwt>&` → `jt=<jwt>`; the parameter's name is a cluster
 * setting, so it is not assumed). Nothing when `token` is empty (the cluster has the OpenSearch JWT off).
 */
export function tokenQueryFromJwtAnswer(answer: { kibanaUrl?: string; token?: string } | undefined): string | undefined {
  if (!answer?.token || !answer.kibanaUrl) return undefined;
  const query = answer.kibanaUrl.split('#')[0]!.split('?')[1];
  const trimmed = query?.replace(/^&+|&+$/g, '');
  return trimmed || undefined;
}

/** A few minutes either side of a line's instant: "around this line". */
export function windowAround(at: number, minutes = 5): HistoricalLogsFilter['time'] {
  return { from: new Date(at - minutes * 60_000).toISOString(), to: new Date(at + minutes * 60_000).toISOString() };
}

/** The last hour by default; for a failed deployment, from its deployed time to now. */
export function defaultTimeWindow(failed: boolean, deployedAt: number | undefined): HistoricalLogsFilter['time'] {
  if (failed && deployedAt !== undefined && isoOrUndefined(deployedAt) !== undefined) return { from: new Date(deployedAt).toISOString(), to: 'now' };
  return { from: 'now-1h', to: 'now' };
}

export interface LinkNarrowing {
  component?: LogComponent;
  container?: string;
  instance?: string;
  /** Instead of the default window (e.g. a few minutes around one line). */
  time?: HistoricalLogsFilter['time'];
}

/** What "See logs" shows of a deployment: its lines, narrowed as asked, by default over the default window. */
export function historicalLogsFilter(target: Pick<LogTarget, 'name' | 'failed' | 'deployedAt'>, { time, ...narrow }: LinkNarrowing = {}): HistoricalLogsFilter {
  return { servingName: target.name, ...narrow, time: time ?? defaultTimeWindow(target.failed, target.deployedAt) };
}
