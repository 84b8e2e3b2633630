import type { ReactNode } from 'react';

type Tone = 'error' | 'info' | 'success';

interface AlertProps {
  tone: Tone;
  title?: string;
  children?: ReactNode;
}

/** An inline message; errors are announced immediately, the rest politely. */
export function Alert({ tone, title, children }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title && <p className="alert__title">{title}</p>}
      {children}
    </div>
  );
}
