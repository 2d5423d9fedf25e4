/** What Fluent UI expects from a browser and jsdom lacks. Import first in component tests. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const w = globalThis as unknown as { ResizeObserver?: unknown };
if (!w.ResizeObserver) w.ResizeObserver = ResizeObserverStub;
export {};
