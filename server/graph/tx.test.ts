import { afterEach, describe, expect, it, vi } from 'vitest';
import { issued } from './tx.ts';

describe('issued statements', () => {
  const unhandled = vi.fn();
  process.on('unhandledRejection', unhandled);
  afterEach(() => {
    process.off('unhandledRejection', unhandled);
  });

  it('fail where they are awaited, not as an unhandled rejection while an earlier one is awaited', async () => {
    const later = issued(Promise.reject(new Error('constraint violated')));
    await new Promise((done) => setTimeout(done, 20));
    expect(unhandled).not.toHaveBeenCalled();
    await expect(later).rejects.toThrow('constraint violated');
  });

  it('give the statement its own result', async () => {
    await expect(issued(Promise.resolve([{ id: 'a1' }]))).resolves.toEqual([{ id: 'a1' }]);
  });
});
