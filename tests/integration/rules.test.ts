/**
 * The insurer's limit and monitoring rules on DynamoDB Local: the defaults until set; two
 * edits at once store one of them whole, never a mix; an edit that crashes before its write
 * leaves the stored rules and this process's copy as they were; another process's edit is seen
 * within the minute the rules are kept in memory; rules stored malformed stop a decision
 * instead of deciding on them.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { insurerKeys } from '../../shared/data/keys.ts';
import { DEFAULT_LIMIT_RULES, type LimitRules } from '../../shared/domain/grades.ts';
import { Crash, barrier, crashOn } from './crash.ts';
import { useDataLayer } from './data-layer.ts';

const data = useDataLayer('rules');
const t0 = new Date('2026-11-26T10:00:00Z');
const seconds = (n: number) => new Date(t0.getTime() + n * 1_000);

/** The default rules with grade 3's capacity set to `eur` minor units. */
const withCapacity = (eur: number): LimitRules => ({ ...DEFAULT_LIMIT_RULES, buyerCapacityEur: { ...DEFAULT_LIMIT_RULES.buyerCapacityEur, 3: eur } });
const storedLimitRules = () => data.item<{ rules: LimitRules; updatedAt: string }>(insurerKeys.settings('limit-rules'));

describe('limit rules', () => {
  it('are the defaults until set, then what was set, read back whole', async () => {
    expect((await data.limitRules.limitRules(t0.getTime())).rules).toEqual(DEFAULT_LIMIT_RULES);
    expect(await storedLimitRules()).toBeUndefined();
    const set = await data.limitRules.setLimitRules(withCapacity(900_000_000), seconds(1));
    expect(set.updatedAt).toBe(seconds(1).toISOString());
    expect(await storedLimitRules()).toMatchObject({ rules: withCapacity(900_000_000), updatedAt: seconds(1).toISOString() });
    expect((await data.limitRules.limitRules(seconds(2).getTime())).rules.buyerCapacityEur[3]).toBe(900_000_000);
  });

  it('two edits at once store one of them whole', async () => {
    const edits = [withCapacity(800_000_000), { ...withCapacity(700_000_000), autoDecisionCeilingEur: { ...DEFAULT_LIMIT_RULES.autoDecisionCeilingEur, 3: 10_000_000 } }];
    const together = barrier(data.client.dynamodb, 'Put', 2);
    const answers = await Promise.all(edits.map((rules, i) => data.limitRules.setLimitRules(rules, seconds(10 + i)))).finally(() => together.remove());
    const stored = (await storedLimitRules())!;
    const winner = answers.findIndex((answer) => answer.updatedAt === stored.updatedAt);
    expect(winner).toBeGreaterThanOrEqual(0);
    expect(stored.rules).toEqual(edits[winner]);
  });

  it('an edit that crashes before its write leaves the stored rules and this process’s copy as they were', async () => {
    await data.limitRules.setLimitRules(withCapacity(600_000_000), seconds(20));
    const crash = crashOn(data.client.dynamodb, 'Put', { when: 'before' });
    try {
      await expect(data.limitRules.setLimitRules(withCapacity(1), seconds(21))).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect((await storedLimitRules())!.rules.buyerCapacityEur[3]).toBe(600_000_000);
    expect((await data.limitRules.limitRules(seconds(22).getTime())).rules.buyerCapacityEur[3]).toBe(600_000_000);
  });

  it('another process’s edit is seen once this one’s copy is a minute old, not before', async () => {
    await data.limitRules.setLimitRules(withCapacity(500_000_000), seconds(30));
    // Another function instance stores other rules.
    await data.table.documents.send(
      new PutCommand({ TableName: data.table.name, Item: { ...insurerKeys.settings('limit-rules'), kind: 'settings', rules: withCapacity(400_000_000), updatedAt: seconds(31).toISOString() } }),
    );
    expect((await data.limitRules.limitRules(seconds(89).getTime())).rules.buyerCapacityEur[3]).toBe(500_000_000);
    expect(await data.limitRules.limitRules(seconds(90).getTime())).toMatchObject({ rules: withCapacity(400_000_000), updatedAt: seconds(31).toISOString() });
  });

  it('rules stored malformed stop the read with a RangeError instead of deciding on them', async () => {
    await data.table.documents.send(
      new PutCommand({ TableName: data.table.name, Item: { ...insurerKeys.settings('limit-rules'), kind: 'settings', rules: withCapacity(-1), updatedAt: seconds(100).toISOString() } }),
    );
    await expect(data.limitRules.limitRules(seconds(1_000).getTime())).rejects.toThrow(RangeError);
    await expect(data.limitRules.setLimitRules(withCapacity(-1), seconds(1_001))).rejects.toThrow(RangeError);
  });
});

describe('monitoring rules', () => {
  it('are the defaults until set; an edit that crashes before its write changes neither the table nor this process’s copy', async () => {
    const { DEFAULT_MONITORING_RULES } = data.monitoringRules;
    expect((await data.monitoringRules.monitoringRules(t0.getTime())).rules).toEqual(DEFAULT_MONITORING_RULES);
    const edited = { ...DEFAULT_MONITORING_RULES, downgrades: { ...DEFAULT_MONITORING_RULES.downgrades, noticeDays: DEFAULT_MONITORING_RULES.downgrades.noticeDays + 15 } };
    const crash = crashOn(data.client.dynamodb, 'Put', { when: 'before' });
    try {
      await expect(data.monitoringRules.setMonitoringRules(edited, seconds(1))).rejects.toBeInstanceOf(Crash);
    } finally {
      crash.remove();
    }
    expect(await data.item(insurerKeys.settings('monitoring-rules'))).toBeUndefined();
    expect((await data.monitoringRules.monitoringRules(seconds(2).getTime())).rules).toEqual(DEFAULT_MONITORING_RULES);
    await data.monitoringRules.setMonitoringRules(edited, seconds(3));
    expect(await data.monitoringRules.downgradeRules()).toEqual(edited.downgrades);
    expect(await data.item(insurerKeys.settings('monitoring-rules'))).toMatchObject({ rules: edited, updatedAt: seconds(3).toISOString() });
  });
});
