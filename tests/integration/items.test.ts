/**
 * The item helpers every repository uses, against DynamoDB Local: countAll follows every page
 * of a count, as queryAll does of a read.
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { sectorAlertKeys } from '../../shared/data/sector-alert-keys.ts';
import { unique, useDataLayer } from './data-layer.ts';

const data = useDataLayer('items');

describe('countAll', () => {
  it('counts every page of a prefix, not the first: 7 exposed tenants in pages of 2, 3 changes beside them', async () => {
    const alertId = unique('alt_');
    const tenants = Array.from({ length: 7 }, (_, i) => `ten_${i}`);
    await Promise.all([
      ...tenants.map((tenantId) => data.table.documents.send(new PutCommand({ TableName: data.table.name, Item: { ...sectorAlertKeys.exposed(alertId, tenantId), kind: 'sectorAlertExposure', tenantId } }))),
      ...tenants.slice(0, 3).map((tenantId) => data.table.documents.send(new PutCommand({ TableName: data.table.name, Item: { ...sectorAlertKeys.change(alertId, tenantId, 'byr_1'), kind: 'sectorAlertChange', tenantId } }))),
    ]);
    const inAlert = (prefix: { sk: string }) => data.itemHelpers.withPrefix({ ...sectorAlertKeys.alertPartition(alertId), skPrefix: prefix.sk });

    expect(await data.itemHelpers.countAll({ ...inAlert(sectorAlertKeys.exposedPrefix()), Limit: 2, ConsistentRead: true })).toBe(7);
    expect(await data.itemHelpers.countAll({ ...inAlert(sectorAlertKeys.changesPrefix()), Limit: 2, ConsistentRead: true })).toBe(3);
    expect(await data.itemHelpers.countAll({ ...inAlert({ sk: sectorAlertKeys.work(alertId, 'cut', 0).sk }), ConsistentRead: true })).toBe(0);
  });
});
