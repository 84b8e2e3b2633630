import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router';

interface PageProps {
  title: string;
  /** Optional controls shown beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * A page with its heading; also names the browser tab. After a navigation inside the app, focus
 * moves to the heading, so keyboard and screen-reader users start at the new page's top (as after
 * a full page load, where the browser does it and the heading is left alone).
 */
export function Page({ title, actions, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { key } = useLocation();

  useEffect(() => {
    document.title = `${title} · Seat booking`;
  }, [title]);

  useEffect(() => {
    if (key !== 'default') {
      heading.current?.focus();
    }
  }, [key]);

  return (
    <div className="page">
      <header className="page__header">
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions && <div className="page__actions">{actions}</div>}
      </header>
      {children}
    </div>
  );
}
