import { motion } from 'motion/react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { UserMenu } from '@/features/auth/components/UserMenu';
import { isAdmin, useUser } from '@/lib/auth';
import { SessionEnded } from './SessionEnded';

export function AppLayout() {
  const { pathname } = useLocation();
  const { user } = useUser();

  return (
    <>
      <SessionEnded />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="brand">
          <span aria-hidden="true">▦</span> Seat booking
        </NavLink>
        <nav aria-label="Main">
          <NavLink to="/" end>
            Shows
          </NavLink>
          {user && <NavLink to="/my-bookings">My bookings</NavLink>}
          {isAdmin(user) && <NavLink to="/admin">Admin</NavLink>}
        </nav>
        <UserMenu />
      </header>
      <motion.main
        id="main"
        className="app-main"
        key={pathname}
        initial={{ opacity: 0, y: 8 }}
        animate={{ opacity: 1, y: 0 }}
        transition={{ duration: 0.2, ease: 'easeOut' }}
      >
        <Outlet />
      </motion.main>
    </>
  );
}
