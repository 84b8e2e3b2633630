import { useId } from 'react';
import type { ShowsWhen } from '@/api/get-shows';
import { Button } from '@/components/ui/Button';
import { isFiltered, type ShowListState } from '@/lib/show-list';
import './show-list.css';

const WHEN_CHOICES: { value: ShowsWhen; label: string }[] = [
  { value: 'upcoming', label: 'Upcoming' },
  { value: 'past', label: 'Past' },
  { value: 'all', label: 'All' },
];

/**
 * The search box and filters above a show list. Every control has a visible label; the results
 * are announced by ShowListSummary, so typing is never interrupted.
 */
export function ShowListControls({ list }: { list: ShowListState }) {
  const id = useId();
  const { filters, setFilter, dateError } = list;

  return (
    <form role="search" aria-label="Find shows" className="show-filters" onSubmit={(event) => event.preventDefault()}>
      <div className="field show-filters__search">
        <label htmlFor={`${id}-q`}>Search by name</label>
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          value={filters.search}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setFilter('search', event.target.value)}
        />
      </div>
      <fieldset className="field field--inline show-filters__when">
        <legend>Shows</legend>
        {WHEN_CHOICES.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name={`${id}-when`}
              value={choice.value}
              checked={filters.when === choice.value}
              onChange={() => setFilter('when', choice.value)}
            />{' '}
            {choice.label}
          </label>
        ))}
      </fieldset>
      <div className="field show-filters__date">
        <label htmlFor={`${id}-from`}>From</label>
        <input id={`${id}-from`} type="date" name="from" value={filters.from} onChange={(event) => setFilter('from', event.target.value)} />
      </div>
      <div className="field show-filters__date">
        <label htmlFor={`${id}-to`}>To</label>
        <input
          id={`${id}-to`}
          type="date"
          name="to"
          value={filters.to}
          min={filters.from || undefined}
          aria-invalid={dateError ? true : undefined}
          aria-describedby={dateError ? `${id}-to-error` : undefined}
          onChange={(event) => setFilter('to', event.target.value)}
        />
        {dateError && (
          <p id={`${id}-to-error`} className="field__error">
            {dateError} The dates are left out until that is fixed.
          </p>
        )}
      </div>
      {isFiltered(filters) && (
        <Button variant="ghost" className="show-filters__clear" onClick={list.clear}>
          Clear filters
        </Button>
      )}
    </form>
  );
}
