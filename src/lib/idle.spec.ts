import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './idle';

describe('whenIdle', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('waits for an idle period, with a deadline', async () => {
		const requestIdleCallback = vi.fn((callback: () => void) => setTimeout(callback, 5));
		vi.stubGlobal('window', { requestIdleCallback });
		vi.stubGlobal('requestIdleCallback', requestIdleCallback);
		let done = false;
		const idle = whenIdle(800).then(() => (done = true));
		expect(done).toBe(false);
		await idle;
		expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 800 });
	});

	it('falls back to a zero timeout where requestIdleCallback is missing', async () => {
		vi.useFakeTimers();
		vi.stubGlobal('window', {});
		let done = false;
		const idle = whenIdle().then(() => (done = true));
		await Promise.resolve();
		expect(done).toBe(false);
		await vi.advanceTimersByTimeAsync(0);
		await idle;
		expect(done).toBe(true);
	});
});
