import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '@/api/api-error';
import { Alert } from '@/components/ui/Alert';
import { ApiErrorAlert } from '@/components/ui/ApiErrorAlert';
import { Button } from '@/components/ui/Button';
import type { EditableShow } from '../api/editable-show';
import { useUpdateShow } from '../api/update-show';
import {
  editValues,
  MAX_TOTAL_SEATS,
  SHOW_FIELDS,
  validateShowEdit,
  violationsByField,
  type ShowFormErrors,
  type ShowFormValues,
} from '../utils/show-form';
import { ShowFormFields, ShowProblem } from './ShowFormFields';

interface EditShowFormProps {
  editable: EditableShow;
  /** Fetches the show again (after "someone else changed this show"). */
  onReload: () => void;
  reloading: boolean;
  /** Called with a sentence once the server saved the changes. */
  onSaved: (message: string) => void;
  /** Put focus on the first field when shown (after a reload). */
  focusOnMount?: boolean;
}

const HAS_BOOKINGS = 'The number of seats can no longer change: this show has bookings.';

/** A problem the form shows beside a field rather than above it. */
function fieldErrorsOf(error: ApiError): ShowFormErrors {
  if (error.is('show-has-bookings')) {
    return { totalSeats: HAS_BOOKINGS };
  }
  return violationsByField(error.violations).fields;
}

/**
 * Changes a show's name, start time and (while nobody has booked it) its number of seats. Keyed by
 * the show's ETag by its page, so it starts from the server's values again after a save or reload.
 */
export function EditShowForm({ editable, onReload, reloading, onSaved, focusOnMount = false }: EditShowFormProps) {
  const { show, etag } = editable;
  const id = useId();
  const update = useUpdateShow();
  const original = editValues(show);
  const [values, setValues] = useState<ShowFormValues>(original);
  const [errors, setErrors] = useState<ShowFormErrors>({});
  const [unchanged, setUnchanged] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const reloadRef = useRef<HTMLButtonElement>(null);
  const seatsLocked = show.reservedCount > 0;
  const error = update.error;
  const stale = error?.is('precondition-failed') ?? false;

  useEffect(() => {
    if (focusOnMount) {
      formRef.current?.querySelector<HTMLElement>('[name="name"]')?.focus();
    }
  }, [focusOnMount]);

  useEffect(() => {
    if (stale) {
      reloadRef.current?.focus();
    }
  }, [stale]);

  function focusFirstInvalid(fieldErrors: ShowFormErrors) {
    const first = SHOW_FIELDS.find((field) => fieldErrors[field]);
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.reset();
    setUnchanged(false);
    const validation = validateShowEdit(values, original, new Date());
    setErrors(validation.errors);
    if (!validation.changes) {
      focusFirstInvalid(validation.errors);
      return;
    }
    if (Object.keys(validation.changes).length === 0) {
      setUnchanged(true);
      return;
    }
    update.mutate(
      { showId: show.id, etag, changes: validation.changes },
      {
        onSuccess: (saved) => onSaved(`Changes saved: ${saved.show.name}.`),
        onError: (failure) => {
          const fields = fieldErrorsOf(failure);
          setErrors(fields);
          focusFirstInvalid(fields);
        },
      },
    );
  }

  // show-has-bookings is said beside the seats field; a 400's field violations beside theirs, the rest above.
  const beside = error?.is('show-has-bookings') ?? false;

  return (
    <form ref={formRef} className="card form" onSubmit={handleSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Edit show</h2>

      {stale && (
        <Alert tone="error" title="Someone else changed this show">
          <p>It was changed after you opened it, so your changes were not saved. Reload it to see the current version, then make your changes again.</p>
          <Button ref={reloadRef} variant="secondary" busy={reloading} onClick={onReload}>
            {reloading ? 'Reloading…' : 'Reload show'}
          </Button>
        </Alert>
      )}
      {error && !stale && !beside && (error.problem === undefined || error.is('rate-limited')) && (
        <ApiErrorAlert error={error} title="The show was not saved" />
      )}
      {error?.problem && !stale && !beside && !error.is('rate-limited') && (
        <ShowProblem error={error} fallbackTitle="The show was not saved" />
      )}
      {unchanged && (
        <Alert tone="info">
          <p>Nothing changed, so there is nothing to save.</p>
        </Alert>
      )}

      <ShowFormFields
        id={id}
        values={values}
        errors={errors}
        onChange={(field, value) => setValues((previous) => ({ ...previous, [field]: value }))}
        startTimeHint="In your time zone; a new start time must be in the future."
        seatsHint={
          seatsLocked
            ? 'Seats are booked or held, so the number of seats stays as it is.'
            : `From 1 to ${MAX_TOTAL_SEATS.toLocaleString()}; only while nobody has booked this show.`
        }
        seatsReadOnly={seatsLocked}
      />
      <Button type="submit" busy={update.isPending} disabled={stale}>
        {update.isPending ? 'Saving…' : 'Save changes'}
      </Button>
    </form>
  );
}
