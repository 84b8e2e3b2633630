import { useEffect, type ReactNode } from 'react';

interface PageProps {
  title: string;
  /** Optional controls shown beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A page with its heading; also names the browser tab. */
export function Page({ title, actions, children }: PageProps) {
  useEffect(() => {
    document.title = `${title} · Seat booking`;
  }, [title]);

  return (
    <div className="page">
      <header className="page__header">
        <h1>{title}</h1>
        {actions && <div className="page__actions">{actions}</div>}
      </header>
      {children}
    </div>
  );
}
