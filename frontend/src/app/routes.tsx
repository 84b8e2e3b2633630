import type { RouteObject } from 'react-router';
import { AppLayout } from './AppLayout';
import { AdminRoute } from './routes/AdminRoute';
import { AdminShowRoute } from './routes/AdminShowRoute';
import { BookingRoute } from './routes/BookingRoute';
import { MyBookingRoute } from './routes/MyBookingRoute';
import { MyBookingsRoute } from './routes/MyBookingsRoute';
import { NotFoundRoute } from './routes/NotFoundRoute';
import { RegisterRoute } from './routes/RegisterRoute';
import { RouteError } from './routes/RouteError';
import { ShowsRoute } from './routes/ShowsRoute';
import { SignInRoute } from './routes/SignInRoute';

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
          { path: 'my-bookings', element: <MyBookingsRoute /> },
          { path: 'my-bookings/:bookingId', element: <MyBookingRoute /> },
          { path: 'admin', element: <AdminRoute /> },
          { path: 'admin/shows/:showId', element: <AdminShowRoute /> },
          { path: 'sign-in', element: <SignInRoute /> },
          { path: 'register', element: <RegisterRoute /> },
          { path: '*', element: <NotFoundRoute /> },
        ],
      },
    ],
  },
];
