import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParamsUpdate } from '@/lib/use-search-params-update';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRuntimeConfig } from '@/config/runtime-config-context';
import { useUrlSyncedText } from '@/lib/use-url-synced-text';
import { ErrorPanel } from '@/components/error-panel';
import { RefreshIndicator } from '@/components/refresh-indicator';
import { CodeDialogButton } from '@/components/code-dialog-button';
import { Pager } from '@/components/pager';
import { useLiveDeployments } from '../../api/use-live-deployments';
import { defaultListView, filterDeployments, sortDeployments, pageOf, pageSizes, readListView, writeListView, type ListView, type SortColumn, type SortDirection } from '../../model/list-view';
import type { DeploymentStatus } from '../../model/status';
import { StatusLegend } from '../status-legend';
import { DeploymentsTable } from './deployments-table';
import { ListToolbar } from './list-toolbar';
import { PhoneSort } from './phone-sort';
import { StatusCounts } from './status-counts';

function EmptyProject() {
  return (
    <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}>
      <Typography variant="h2" gutterBottom>
        No deployments in this project yet
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 640, mx: 'auto' }}>
        A deployment serves a model from the Model Registry behind an inference endpoint. Create one in Hopsworks from a model
        version in the Model Registry (“Deploy”), or from Python with <code>model.deploy()</code>; it appears here as soon as it exists.
      </Typography>
    </Paper>
  );
}

/** Every deployment of a project with its status, live; search, filters and sort live in the URL. */
export function DeploymentsListPage({ projectId }: { projectId: number }) {
  const config = useRuntimeConfig();
  const { list, deployments } = useLiveDeployments(projectId, config.polling);
  const [params, setParams] = useSearchParamsUpdate();
  const view = useMemo(() => readListView(params), [params]);
  const changeQuery = useCallback((query: string) => setParams((current) => writeListView({ ...readListView(current), query, page: 0 }, current), { replace: true }), [setParams]);
  // The search box's text filters at once; the URL follows (see useUrlSyncedText).
  const [queryText, setQueryText] = useUrlSyncedText(view.query, changeQuery);
  // The same array while the selection is the same, so memoised children skip unrelated URL changes.
  const statusesKey = view.statuses.join(',');
  const selectedStatuses = useMemo(() => (statusesKey ? (statusesKey.split(',') as DeploymentStatus[]) : []), [statusesKey]);

  useEffect(() => {
    document.title = 'Deployments · Model Serving Console';
  }, []);

  const updateView = useCallback(
    (change: Partial<ListView>, options: { replace?: boolean } = {}) => {
      setParams((current) => writeListView({ ...readListView(current), page: 0, ...change }, current), { replace: options.replace ?? false });
    },
    [setParams],
  );

  const sorted = useMemo(() => deployments && sortDeployments(deployments, { sort: view.sort, direction: view.direction }), [deployments, view.sort, view.direction]);
  const rows = useMemo(() => sorted && filterDeployments(sorted, { query: queryText, statuses: selectedStatuses }), [sorted, queryText, selectedStatuses]);
  const shown = useMemo(() => rows && pageOf(rows, { page: view.page, pageSize: view.pageSize }), [rows, view.page, view.pageSize]);
  const page = shown?.page ?? 0;
  const pageRows = shown?.rows;

  // Stable callbacks: the counts, toolbar and table are memoised and skip renders a keystroke does not concern.
  const toggleStatus = useCallback(
    (status: DeploymentStatus) =>
      setParams((current) => {
        const { statuses } = readListView(current);
        const next = statuses.includes(status) ? statuses.filter((s) => s !== status) : [...statuses, status];
        return writeListView({ ...readListView(current), statuses: next, page: 0 }, current);
      }),
    [setParams],
  );
  const sortBy = useCallback(
    (column: SortColumn) =>
      setParams((current) => {
        const now = readListView(current);
        return writeListView({ ...now, sort: column, direction: now.sort === column && now.direction === 'asc' ? 'desc' : 'asc' }, current);
      }),
    [setParams],
  );
  const sortPhone = useCallback((sort: SortColumn, direction: SortDirection) => updateView({ sort, direction }), [updateView]);
  const clearFilters = useCallback(() => {
    setQueryText('');
    updateView({ query: '', statuses: [] });
  }, [setQueryText, updateView]);
  const changeStatuses = useCallback((statuses: DeploymentStatus[]) => updateView({ statuses }), [updateView]);
  const filtering = queryText !== '' || view.statuses.length > 0;

  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h1">Deployments</Typography>
        <StatusLegend />
        <CodeDialogButton
          title="Python for the deployments of this project"
          intro="The same list with the Hopsworks Python client (pip install hopsworks), in a notebook or a job of this project."
          code={async () => (await import('../../model/python-snippets')).listSnippet()}
        />
        <Box sx={{ flexGrow: 1 }} />
        {list.data && <RefreshIndicator query={list} />}
      </Box>

      {list.data === undefined && list.isError ? (
        <ErrorPanel title="The deployments could not be loaded" error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data?.deployments.length === 0 ? (
        <EmptyProject />
      ) : (
        <>
          {deployments && <StatusCounts deployments={deployments} selected={selectedStatuses} onToggle={toggleStatus} />}
          {list.data && list.data.unreadable > 0 && (
            <Alert severity="warning">
              {list.data.unreadable} {list.data.unreadable === 1 ? 'deployment' : 'deployments'} in the server's answer could not be read and
              {list.data.unreadable === 1 ? ' is' : ' are'} not shown.
            </Alert>
          )}
          {list.data && list.data.duplicateIds.length > 0 && (
            <Alert severity="warning">
              The server listed more than one deployment with the same id ({list.data.duplicateIds.join(', ')}); only the first of each is
              shown, so that every row opens its own deployment.
            </Alert>
          )}
          <ListToolbar
            query={queryText}
            statuses={selectedStatuses}
            onQueryChange={setQueryText}
            onStatusesChange={changeStatuses}
            onClear={clearFilters}
          />
          <PhoneSort sort={view.sort} direction={view.direction} onChange={sortPhone} />
          {rows && rows.length === 0 && filtering ? (
            <Paper variant="outlined" sx={{ p: 4, textAlign: 'center' }}>
              <Typography variant="h2" gutterBottom>
                No deployment matches these filters
              </Typography>
              <Button variant="outlined" onClick={clearFilters}>
                Clear filters
              </Button>
            </Paper>
          ) : (
            <Box>
              <DeploymentsTable projectId={projectId} rows={pageRows} sort={view.sort} direction={view.direction} onSort={sortBy} />
              {rows && rows.length > pageSizes[0] && (
                <Pager
                  count={rows.length}
                  page={page}
                  pageSize={view.pageSize}
                  pageSizes={pageSizes}
                  onPageChange={(next) => updateView({ page: next })}
                  onPageSizeChange={(pageSize) => updateView({ pageSize: pageSize || defaultListView.pageSize })}
                />
              )}
            </Box>
          )}
        </>
      )}
    </Stack>
  );
}
