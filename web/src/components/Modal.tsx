import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

interface Props {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
}

/**
 * A native modal <dialog> named by its heading. While open, everything outside it is also marked
 * aria-hidden (what the browser's modal inertness means), so role queries see only the dialog.
 */
export function Modal({ title, onClose, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const restore = hideOutside(dialog);
    const onCancel = (e: Event) => {
      e.preventDefault();
      closeRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      restore();
      if (dialog.open) dialog.close();
    };
  }, []);

  return (
    <dialog ref={ref} class="modal" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

/** Sets aria-hidden on every element beside the dialog's ancestor chain; returns the undo. */
function hideOutside(dialog: HTMLElement): () => void {
  const hidden: Element[] = [];
  for (let el: HTMLElement | null = dialog; el && el !== document.body; el = el.parentElement) {
    const parent: HTMLElement | null = el.parentElement;
    if (!parent) break;
    for (const sibling of Array.from<Element>(parent.children)) {
      if (sibling === el || sibling.tagName === 'SCRIPT' || sibling.hasAttribute('aria-hidden')) continue;
      sibling.setAttribute('aria-hidden', 'true');
      hidden.push(sibling);
    }
  }
  return () => hidden.forEach((e) => e.removeAttribute('aria-hidden'));
}
