/** The store: one state, listeners told of each real change, bad days refused before anything changes. */
import { describe, it, expect } from 'vitest';
import { Store, DEFAULT_STATE, type AppState } from '../../src/model/store.ts';

const initial = (): AppState => ({ ...DEFAULT_STATE });

describe('Store', () => {
  it('tells listeners of a change, with the previous state and the reason', () => {
    const store = new Store(initial());
    const seen: string[] = [];
    store.subscribe((next, prev, reason) => seen.push(`${prev.day}>${next.day} ${reason}`));
    store.set({ day: '2020-11-20' }, 'scrub');
    store.set({ day: '2020-11-20' }, 'scrub'); // no change, no call
    expect(seen).toEqual(['2020-11-10>2020-11-20 scrub']);
  });

  it('refuses a day that is not a calendar day, and changes nothing', () => {
    const store = new Store(initial());
    let calls = 0;
    store.subscribe(() => calls++);
    expect(() => store.set({ day: '2020-02-30' }, 'scrub')).toThrow(/calendar day.*"2020-02-30"/);
    expect(() => store.set({ day: undefined as unknown as string }, 'scrub')).toThrow(/got undefined/);
    expect(() => store.set({ compare: 'yesterday' }, 'scrub')).toThrow(/compare must be/);
    expect(store.state.day).toBe('2020-11-10');
    expect(store.state.compare).toBeNull();
    expect(calls).toBe(0);
  });
});
