import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/Alert';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { Button } from '@/components/ui/Button';
import { useCreateShow } from '../api/create-show';
import {
  MAX_SHOW_NAME_LENGTH,
  MAX_TOTAL_SEATS,
  SHOW_FIELDS,
  validateShowForm,
  violationsByField,
  type ShowField,
  type ShowFormErrors,
  type ShowFormValues,
} from '../utils/show-form';

const EMPTY: ShowFormValues = { name: '', startTime: '', totalSeats: '' };

export function CreateShowForm() {
  const creation = useCreateShow();
  const { data: created, error: serverError, isPending: submitting } = creation;
  const [values, setValues] = useState<ShowFormValues>(EMPTY);
  const [errors, setErrors] = useState<ShowFormErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const id = useId();

  function focusFirstInvalid(fieldErrors: ShowFormErrors) {
    const first = SHOW_FIELDS.find((field) => fieldErrors[field]);
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    creation.reset();
    const validation = validateShowForm(values, new Date());
    setErrors(validation.errors);
    if (!validation.request) {
      focusFirstInvalid(validation.errors);
      return;
    }
    creation.mutate(validation.request, {
      onSuccess: () => setValues(EMPTY),
      onError: (error) => {
        const { fields } = violationsByField(error.violations);
        setErrors(fields);
        focusFirstInvalid(fields);
      },
    });
  }

  function update(field: ShowField, value: string) {
    setValues((previous) => ({ ...previous, [field]: value }));
  }

  function fieldProps(field: ShowField) {
    const error = errors[field];
    return {
      id: `${id}-${field}`,
      name: field,
      value: values[field],
      onChange: (event: { target: { value: string } }) => update(field, event.target.value),
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

  const otherViolations = serverError ? violationsByField(serverError.violations).other : [];

  return (
    <form ref={formRef} className="card form" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Create a show</h2>

      {serverError?.is('rate-limited') && <ApiErrorAlert error={serverError} />}
      {serverError && !serverError.is('rate-limited') && (
        <Alert tone="error" title={serverError.problem?.title ?? 'The show was not created'}>
          <p>{serverError.message}</p>
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
      )}
      {created && (
        <Alert tone="success" title="Show created">
          <p>
            <Link to={`/booking/${created.id}`}>{created.name}</Link> is open for booking with{' '}
            {created.totalSeats.toLocaleString()} seats.
          </p>
        </Alert>
      )}

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
          In your time zone; must be in the future.
        </p>
        {fieldError('startTime')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-totalSeats`}>Number of seats</label>
        <input {...fieldProps('totalSeats')} type="number" inputMode="numeric" min={1} max={MAX_TOTAL_SEATS} step={1} />
        <p id={`${id}-totalSeats-hint`} className="field__hint">
          From 1 to {MAX_TOTAL_SEATS.toLocaleString()}; seats are numbered from 1.
        </p>
        {fieldError('totalSeats')}
      </div>
      <Button type="submit" busy={submitting}>
        {submitting ? 'Creating…' : 'Create show'}
      </Button>
    </form>
  );
}
