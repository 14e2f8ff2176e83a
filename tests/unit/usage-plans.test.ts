import { describe, expect, it } from 'vitest';
import { LocalApiManagement } from '../../infra/local/api-management.ts';

const throttling = {
  tiers: {
    standard: { rateLimit: 10, burstLimit: 20 },
    premium: { rateLimit: 100, burstLimit: 200 },
    partner: { rateLimit: 100, burstLimit: 200 },
    internal: { rateLimit: 200, burstLimit: 400 },
  },
};

describe('local usage plans: API Gateway’s token bucket per usage key', () => {
  it('lets a full burst through, then refuses with the seconds until a token is back', () => {
    const plans = new LocalApiManagement({ service: 'bouclier', throttling });
    plans.register('tenant-a-usage-key-0000000', 'standard');
    const t0 = 1_000_000;
    for (let i = 0; i < 20; i += 1) expect(plans.take('tenant-a-usage-key-0000000', t0)).toEqual({ allowed: true });
    expect(plans.take('tenant-a-usage-key-0000000', t0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    // 10 tokens a second: after 500 ms, five more requests pass, the sixth does not.
    for (let i = 0; i < 5; i += 1) expect(plans.take('tenant-a-usage-key-0000000', t0 + 500)).toEqual({ allowed: true });
    expect(plans.take('tenant-a-usage-key-0000000', t0 + 500)?.allowed).toBe(false);
    // The bucket never holds more than the burst.
    for (let i = 0; i < 20; i += 1) expect(plans.take('tenant-a-usage-key-0000000', t0 + 60_000)?.allowed).toBe(true);
    expect(plans.take('tenant-a-usage-key-0000000', t0 + 60_000)?.allowed).toBe(false);
  });

  it('keeps one bucket per key, sized by its plan', () => {
    const plans = new LocalApiManagement({ service: 'bouclier', throttling });
    plans.register('standard-key-000000000000', 'standard');
    plans.register('premium-key-0000000000000', 'premium');
    for (let i = 0; i < 20; i += 1) plans.take('standard-key-000000000000', 0);
    expect(plans.take('standard-key-000000000000', 0)?.allowed).toBe(false);
    for (let i = 0; i < 200; i += 1) expect(plans.take('premium-key-0000000000000', 0)?.allowed).toBe(true);
  });

  it('knows no key outside a plan', () => {
    const plans = new LocalApiManagement({ service: 'bouclier', throttling });
    expect(plans.take('never-registered-key-00000', 0)).toBeUndefined();
    expect(plans.take(undefined, 0)).toBeUndefined();
  });

  it('names each plan as the stack does', () => {
    expect(new LocalApiManagement({ service: 'bouclier', throttling }).planEnvironment('bouclier')).toEqual({
      USAGE_PLAN_STANDARD: 'bouclier-standard',
      USAGE_PLAN_PREMIUM: 'bouclier-premium',
      USAGE_PLAN_PARTNER: 'bouclier-partner',
      USAGE_PLAN_INTERNAL: 'bouclier-internal',
    });
  });
});

describe('local usage plans kept in the data folder', () => {
  it('keeps every key of concurrent onboardings (saves run one after another) and finds them after a restart', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bouclier-usage-plans-'));
    const plans = new LocalApiManagement({ service: 'bouclier', throttling, dataDir });
    const url = await plans.listen();
    try {
      const values = Array.from({ length: 25 }, (_, i) => `concurrent-usage-key-${String(i).padStart(4, '0')}`);
      // Each onboarding creates a key and puts it in a plan: two saves each, all at once.
      const answers = await Promise.all(
        values.map(async (value) => {
          const key = await fetch(`${url}/apikeys`, { method: 'POST', body: JSON.stringify({ name: value, value, enabled: true }) });
          const { id } = (await key.json()) as { id: string };
          const planned = await fetch(`${url}/usageplans/premium/keys`, { method: 'POST', body: JSON.stringify({ keyId: id, keyType: 'API_KEY' }) });
          return [key.status, planned.status];
        }),
      );
      expect(answers.every(([key, planned]) => key === 201 && planned === 201)).toBe(true);
      const restarted = new LocalApiManagement({ service: 'bouclier', throttling, dataDir });
      await restarted.load();
      for (const value of values) expect(restarted.take(value, 0), value).toEqual({ allowed: true });
    } finally {
      await plans.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
