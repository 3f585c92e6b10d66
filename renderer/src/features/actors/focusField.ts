/** Scrolls to the field a path names and puts the cursor in it (to the form's notice when no field is named). */
export function focusField(path: string | undefined): void {
  requestAnimationFrame(() => {
    const target = path ? document.querySelector(`[data-field="${CSS.escape(path)}"]`) : null;
    const element = target ?? document.querySelector('.actor-form-screen .notice');
    element?.scrollIntoView({ block: 'center' });
    target?.querySelector<HTMLElement>('input, select, textarea, button')?.focus({ preventScroll: true });
  });
}
