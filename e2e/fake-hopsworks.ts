import { createServer, type IncomingMessage, type Server } from 'node:http';

/** A small local HTTP server that answers like Hopsworks and insists on the API key. */
export interface FakeHopsworks {
  url: string;
  requests: { path: string; authorization: string | undefined; cookie: string | undefined }[];
  close: () => Promise<void>;
}

const deployments = [
  {
    id: 7001,
    name: 'realmodel',
    modelName: 'realmodel',
    modelVersion: 2,
    modelServer: 'PYTHON',
    servingTool: 'KSERVE',
    predictor: 'predict.py',
    availableInstances: 1,
    requestedInstances: 1,
    created: '1718000000000',
    deployed: '2024-06-10T08:00:00.000Z',
    revision: 12345678,
    condition: { type: 'READY', status: true, reason: 'Deployment is ready' },
    status: 'RUNNING',
  },
  {
    id: 7002,
    name: 'brokenmodel',
    modelName: 'brokenmodel',
    modelVersion: 1,
    availableInstances: 0,
    requestedInstances: 1,
    condition: { type: 'SCHEDULED', status: false, reason: 'Failed to be scheduled: 0/3 nodes are available: 3 Insufficient memory.' },
    status: 'Failed',
  },
];

function send(res: import('node:http').ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

export async function startFakeHopsworks(apiKey: string, projectId: number): Promise<FakeHopsworks> {
  const requests: FakeHopsworks['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = req.url ?? '';
    requests.push({ path, authorization: req.headers.authorization, cookie: req.headers.cookie });
    if (req.headers.authorization !== `ApiKey ${apiKey}`) {
      send(res, 401, { errorCode: 200003, errorMsg: 'Client not authorized for this invocation.', usrMsg: 'Authorization header not set.' });
      return;
    }
    const base = `/hopsworks-api/api/project/${projectId}`;
    if (path === `${base}/serving`) return send(res, 200, { count: deployments.length, items: deployments });
    if (path === base) return send(res, 200, { projectId, projectName: 'Real_Project' });
    const one = deployments.find((d) => path === `${base}/serving/${d.id}`);
    if (one) return send(res, 200, one);
    send(res, 404, { errorCode: 240000, errorMsg: 'Serving instance not found', usrMsg: 'Deployment not found.' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
