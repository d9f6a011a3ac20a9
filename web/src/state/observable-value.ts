// A value that views can watch: the page's only state mechanism.
export class ObservableValue<T> {
  private listeners = new Set<(value: T, previous: T) => void>();

  constructor(private current: T) {}

  get value(): T {
    return this.current;
  }

  set(next: T): void {
    if (Object.is(next, this.current)) return;
    const previous = this.current;
    this.current = next;
    for (const listener of [...this.listeners]) listener(next, previous);
  }

  update(change: (value: T) => T): void {
    this.set(change(this.current));
  }

  /** Calls `listener` on every change; returns the function that stops it. */
  watch(listener: (value: T, previous: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
