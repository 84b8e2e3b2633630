interface PagerProps {
  /** What is paged, for screen readers: "Pages of shows". */
  label: string;
  pageNumber: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
}

/**
 * Previous and Next under a paged list. The buttons are marked unavailable (aria-disabled) rather
 * than disabled, so a keyboard user's focus stays on the button while a page loads or at either end.
 */
export function Pager({ label, pageNumber, hasPrevious, hasNext, onPrevious, onNext }: PagerProps) {
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button button--secondary" aria-disabled={!hasPrevious} onClick={() => hasPrevious && onPrevious()}>
        <span aria-hidden="true">←</span> Previous
      </button>
      <span className="pager__page">Page {pageNumber}</span>
      <button type="button" className="button button--secondary" aria-disabled={!hasNext} onClick={() => hasNext && onNext()}>
        Next <span aria-hidden="true">→</span>
      </button>
    </nav>
  );
}
