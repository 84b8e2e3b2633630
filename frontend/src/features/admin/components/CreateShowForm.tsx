import { useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/Alert';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { Button } from '@/components/ui/Button';
import { useCreateShow } from '../api/create-show';
import {
  MAX_TOTAL_SEATS,
  SHOW_FIELDS,
  validateShowForm,
  violationsByField,
  type ShowField,
  type ShowFormErrors,
  type ShowFormValues,
} from '../utils/show-form';
import { ShowFormFields, ShowProblem } from './ShowFormFields';

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

  return (
    <form ref={formRef} className="card form" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Create a show</h2>

      {serverError?.is('rate-limited') && <ApiErrorAlert error={serverError} />}
      {serverError && !serverError.is('rate-limited') && <ShowProblem error={serverError} fallbackTitle="The show was not created" />}
      {created && (
        <Alert tone="success" title="Show created">
          <p>
            <Link to={`/booking/${created.id}`}>{created.name}</Link> is open for booking with{' '}
            {created.totalSeats.toLocaleString()} seats.
          </p>
        </Alert>
      )}

      <ShowFormFields
        id={id}
        values={values}
        errors={errors}
        onChange={update}
        startTimeHint="In your time zone; must be in the future."
        seatsHint={`From 1 to ${MAX_TOTAL_SEATS.toLocaleString()}; seats are numbered from 1.`}
      />
      <Button type="submit" busy={submitting}>
        {submitting ? 'Creating…' : 'Create show'}
      </Button>
    </form>
  );
}
