import { motion } from 'motion/react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { UserMenu } from '@/features/auth/components/UserMenu';
import { useAuth } from '@/lib/auth';

export function AppLayout() {
  const { pathname } = useLocation();
  const { user } = useAuth();

  return (
    <>
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
          {user?.role === 'admin' && <NavLink to="/admin">Admin</NavLink>}
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
