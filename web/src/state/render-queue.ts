// Views draw through this queue, one view per task, so a large analysis never
// makes the page unresponsive: between two views the browser can paint and
// handle input. A view queued again before it ran is drawn once. Keys are per
// view instance (by default the draw function itself), so several viewers on
// one page (<feltline-viewer>) never take each other's turn.
//
// The timeline is what a person waits for: it (and the slices that paint its
// marks) is queued 'first' and drawn before every 'normal' view, which keep
// their order among themselves.
export type RenderPriority = 'first' | 'normal';

const queues: Record<RenderPriority, Map<unknown, () => void>> = { first: new Map(), normal: new Map() };
let scheduled = false;
const channel = new MessageChannel();

function runNext(): void {
  const queue = queues.first.size ? queues.first : queues.normal;
  const next = queue.entries().next();
  if (next.done) {
    scheduled = false;
    // For tests and tools: every queued view has drawn.
    document.documentElement.dataset.renders = 'settled';
    for (const resolve of idleWaiters.splice(0)) resolve();
    return;
  }
  const [key, draw] = next.value;
  queue.delete(key);
  try {
    draw();
  } finally {
    channel.port2.postMessage(null);
  }
}
channel.port1.onmessage = runNext;

/** Draws `draw` soon, in its own task; `key` names the view instance. */
export function queueRender(draw: () => void, key: unknown = draw, priority: RenderPriority = 'normal'): void {
  // Queued again at another priority: drawn once, at the new one.
  queues[priority === 'first' ? 'normal' : 'first'].delete(key);
  queues[priority].set(key, draw);
  if (!scheduled) {
    scheduled = true;
    document.documentElement.dataset.renders = 'pending';
    channel.port2.postMessage(null);
  }
}

const idleWaiters: (() => void)[] = [];

/** Resolves when every queued view has drawn. */
export function rendersSettled(): Promise<void> {
  return scheduled ? new Promise((resolve) => idleWaiters.push(resolve)) : Promise.resolve();
}
