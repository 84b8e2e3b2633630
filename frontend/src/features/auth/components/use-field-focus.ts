import { useCallback, useRef } from 'react';

/**
 * A form's ref and a function that moves focus to one of its fields by name (the first invalid one
 * after a failed submit), so a keyboard or screen-reader user lands where the problem is.
 */
export function useFieldFocus<F extends string>() {
  const formRef = useRef<HTMLFormElement>(null);
  const focus = useCallback((field: F | undefined) => {
    if (field) {
      formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
    }
  }, []);
  return { formRef, focus };
}
