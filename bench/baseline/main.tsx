// The benchmark's bundle-size baseline: a minimal page of the same stack (react, react-dom,
// react-router, react-query, zod/mini, a MUI table with chips). Built by scripts/bench.mjs only.
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';

const rowSchema = z.array(z.object({ id: z.number(), name: z.string(), status: z.string() }));

function Rows() {
  const query = useQuery({
    queryKey: ['rows'],
    queryFn: async () => rowSchema.parse(await (await fetch('/rows.json')).json()),
  });
  return (
    <Table>
      <TableHead>
        <TableRow>
          <TableCell>Name</TableCell>
          <TableCell>Status</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {query.data?.map((row) => (
          <TableRow key={row.id}>
            <TableCell>{row.name}</TableCell>
            <TableCell>
              <Chip label={row.status} color="success" size="small" />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

const router = createBrowserRouter([{ path: '*', element: <Rows /> }]);
createRoot(document.getElementById('root')!).render(
  <ThemeProvider theme={createTheme()}>
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </ThemeProvider>,
);
