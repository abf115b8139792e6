import { useEffect, useId, useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react';

interface DialogProps {
  title: ReactNode;
  /** Called when the reader closes the dialog (Escape, or a button that calls it). */
  onClose: () => void;
  children: ReactNode;
  /** What takes focus when the dialog opens; by default the first control in it. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** What takes focus when it closes; by default whatever had focus when it opened. */
  returnFocus?: RefObject<HTMLElement | null>;
  testId?: string;
}

/**
 * A modal dialog on the native <dialog> element: the rest of the page is inert while it is open,
 * Escape closes it, and focus goes back where it came from. Render it only while it is open.
 */
export function Dialog({ title, onClose, children, initialFocus, returnFocus, testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    initialFocus?.current?.focus();
    const target = returnFocus;
    return () => {
      if (dialog.open) dialog.close();
      // After React has swapped the content (a "sign in" button becomes "sign out"), focus the
      // element asked for, or the opener if it is still on the page.
      queueMicrotask(() => {
        const next = target?.current ?? (opener?.isConnected ? opener : null);
        next?.focus();
      });
    };
    // Opened once per mount: the refs are read when it opens and when it closes.
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        // Escape: let the parent decide (it unmounts the dialog), so state and DOM agree.
        event.preventDefault();
        close.current();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
