import type { ApiError } from '@/api/api-error';
import { Alert } from '@/components/ui/Alert';
import {
  MAX_SHOW_NAME_LENGTH,
  MAX_TOTAL_SEATS,
  violationsByField,
  type ShowField,
  type ShowFormErrors,
  type ShowFormValues,
} from '../utils/show-form';

interface ShowFormFieldsProps {
  /** The form's id (useId): each field is `${id}-${field}`, its hint and error follow that name. */
  id: string;
  values: ShowFormValues;
  errors: ShowFormErrors;
  onChange: (field: ShowField, value: string) => void;
  /** The start time's hint: when a new start time is accepted. */
  startTimeHint: string;
  /** The seat count's hint: when it may change. */
  seatsHint: string;
  /** The seat count stays as it is (seats are booked or held). */
  seatsReadOnly?: boolean;
}

/**
 * A show's name, start time and number of seats, as the create and edit forms ask for them: each with
 * its hint, and its error beside it (named by aria-describedby, aria-invalid while there is one).
 */
export function ShowFormFields({ id, values, errors, onChange, startTimeHint, seatsHint, seatsReadOnly = false }: ShowFormFieldsProps) {
  function fieldProps(field: ShowField) {
    const error = errors[field];
    return {
      id: `${id}-${field}`,
      name: field,
      value: values[field],
      onChange: (event: { target: { value: string } }) => onChange(field, event.target.value),
      'aria-invalid': error ? true : undefined,
      'aria-describedby': [`${id}-${field}-hint`, error && `${id}-${field}-error`].filter(Boolean).join(' '),
    };
  }

  function fieldError(field: ShowField) {
    const error = errors[field];
    return (
      error && (
        <p id={`${id}-${field}-error`} className="field__error">
          {error}
        </p>
      )
    );
  }

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input {...fieldProps('name')} autoComplete="off" />
        <p id={`${id}-name-hint`} className="field__hint">
          Up to {MAX_SHOW_NAME_LENGTH} characters.
        </p>
        {fieldError('name')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-startTime`}>Start time</label>
        <input {...fieldProps('startTime')} type="datetime-local" />
        <p id={`${id}-startTime-hint`} className="field__hint">
          {startTimeHint}
        </p>
        {fieldError('startTime')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-totalSeats`}>Number of seats</label>
        <input
          {...fieldProps('totalSeats')}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_TOTAL_SEATS}
          step={1}
          readOnly={seatsReadOnly}
        />
        <p id={`${id}-totalSeats-hint`} className="field__hint">
          {seatsHint}
        </p>
        {fieldError('totalSeats')}
      </div>
    </>
  );
}

/**
 * The server's refusal of a show form, above the fields: its title and detail, and the violations
 * of no field of the form (those of a field are said beside it).
 */
export function ShowProblem({ error, fallbackTitle }: { error: ApiError; fallbackTitle: string }) {
  const otherViolations = violationsByField(error.violations).other;
  return (
    <Alert tone="error" title={error.problem?.title || fallbackTitle}>
      <p>{error.message}</p>
      {otherViolations.length > 0 && (
        <ul>
          {otherViolations.map((violation) => (
            <li key={`${violation.field}:${violation.message}`}>
              {violation.field}: {violation.message}
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
