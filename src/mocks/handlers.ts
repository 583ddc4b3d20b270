import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { BackendResult, MockBackend } from './simulator/mock-backend';
import type { Endpoint, FaultKind } from './simulator/faults';
import { errorCodes } from './simulator/hopsworks-wire';

/** The one set of MSW handlers: the browser worker and the vitest server both use it. */

const api = '*/hopsworks-api/api';

function respond<T>(result: BackendResult<T>): Response {
  if (!result.ok) {
    return HttpResponse.json(
      { errorCode: result.errorCode, errorMsg: result.errorMsg, ...(result.usrMsg === undefined ? {} : { usrMsg: result.usrMsg }) },
      { status: result.status },
    );
  }
  if (result.body === null) return new HttpResponse(null, { status: 200 });
  return HttpResponse.json(result.body as object);
}

const invalidBodies: Record<Endpoint, unknown> = {
  list: { count: 'many', items: 'not a list' },
  deployment: { id: 'not-a-number', status: 42 },
  logs: { instances: 'none' },
  action: null,
  project: { projectId: 'x' },
};

/** The answer a fault gives instead of the real one. */
async function faultResponse(fault: FaultKind, endpoint: Endpoint): Promise<Response> {
  switch (fault) {
    case '500':
      return HttpResponse.json(
        { errorCode: errorCodes.internal, errorMsg: 'A generic error occurred.', usrMsg: 'Hopsworks had an internal error; try again in a moment.' },
        { status: 500 },
      );
    case '503':
      return new HttpResponse('<html><body>503 Service Unavailable</body></html>', { status: 503, headers: { 'Content-Type': 'text/html' } });
    case 'network':
      return HttpResponse.error();
    case 'timeout':
      await delay(120_000);
      return HttpResponse.json([]);
    case 'malformed-json':
      return new HttpResponse('{"items": [{"id": 1042, "name": "fraudm', { status: 200, headers: { 'Content-Type': 'application/json' } });
    case 'invalid-json':
      return endpoint === 'action'
        ? new HttpResponse('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } })
        : HttpResponse.json(invalidBodies[endpoint] as object);
    case '401':
      return HttpResponse.json({ errorCode: errorCodes.unauthorized, errorMsg: 'Authorization header not set.' }, { status: 401 });
    case '403':
      return HttpResponse.json(
        { errorCode: errorCodes.forbidden, errorMsg: 'No valid role found for this invocation', usrMsg: 'Your role in this project does not allow this operation.' },
        { status: 403 },
      );
    case '404':
      return HttpResponse.json(
        endpoint === 'logs'
          ? { errorCode: errorCodes.logsUnavailable, errorMsg: 'Server logs not available' }
          : { errorCode: errorCodes.notFound, errorMsg: 'Serving instance not found' },
        { status: 404 },
      );
  }
}

export function createHandlers(getBackend: () => MockBackend): HttpHandler[] {
  /** Wraps a handler: small latency like a real server, then an injected fault or the real answer. */
  const route = (endpoint: Endpoint, answer: (backend: MockBackend, url: URL, params: Record<string, string>) => Response) =>
    async ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) => {
      const backend = getBackend();
      if (backend.latencyMs > 0) await delay(backend.latencyMs);
      const canned = backend.faults.takeAnswer(endpoint);
      if (canned) return HttpResponse.json(canned.body as object, { status: canned.status });
      const fault = backend.faults.take(endpoint);
      if (fault) return faultResponse(fault, endpoint);
      return answer(backend, new URL(request.url), params as Record<string, string>);
    };

  return [
    http.get(`${api}/project/:projectId/serving`, route('list', (backend, _url, params) => respond(backend.list(Number(params.projectId))))),
    http.get(
      `${api}/project/:projectId/serving/:servingId/logs`,
      route('logs', (backend, url, params) => {
        if (url.searchParams.get('source') === 'opensearch') {
          const instant = (name: string) => {
            const value = Date.parse(url.searchParams.get(name) ?? '');
            return Number.isFinite(value) ? value : undefined;
          };
          return respond(
            backend.history(Number(params.projectId), Number(params.servingId), url.searchParams.get('component') ?? 'predictor', {
              since: instant('since'),
              until: instant('until'),
              pod: url.searchParams.get('pod') ?? undefined,
            }),
          );
        }
        const tail = Number(url.searchParams.get('tail') ?? '5');
        return respond(
          backend.logs(
            Number(params.projectId),
            Number(params.servingId),
            url.searchParams.get('component') ?? 'predictor',
            Number.isFinite(tail) && tail > 0 ? Math.min(tail, 100_000) : 5,
          ),
        );
      }),
    ),
    http.get(
      `${api}/project/:projectId/serving/:servingId`,
      route('deployment', (backend, _url, params) => respond(backend.get(Number(params.projectId), Number(params.servingId)))),
    ),
    http.post(
      `${api}/project/:projectId/serving/:servingId`,
      route('action', (backend, url, params) =>
        respond(backend.act(Number(params.projectId), Number(params.servingId), url.searchParams.get('action') ?? '')),
      ),
    ),
    http.get(`${api}/project`, route('project', (backend) => respond(backend.memberships()))),
    http.get(`${api}/project/:projectId`, route('project', (backend, _url, params) => respond(backend.project(Number(params.projectId))))),
    http.get(`${api}/elastic/jwt/:projectId`, route('project', (backend, _url, params) => respond(backend.openSearchToken(Number(params.projectId))))),
  ];
}
