import type { RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { AdminRoute } from './routes/AdminRoute';
import { BookingRoute } from './routes/BookingRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { RouteError } from './routes/RouteError';
import { ShowsRoute } from './routes/ShowsRoute';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      {
        // Inside the layout, so the header stays usable when a page crashes.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <ShowsRoute /> },
          { path: 'booking/:id', element: <BookingRoute /> },
          { path: 'admin', element: <AdminRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
