/**
 * The insurer's limit rules (capacity and automatic ceilings per grade, conditions): the
 * defaults of shared/domain/grades.ts until the insurer stores its own. Functions keep them
 * a minute in memory: a change reaches every decision within that minute.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documents } from './client.ts';
import { tableName } from './table.ts';
import { DEFAULT_LIMIT_RULES, assertLimitRules, type LimitRules } from '#domain/grades';
import { insurerKeys } from './keys.ts';

const KEY = insurerKeys.settings('limit-rules');
const CACHE_MS = 60_000;
let cached: { rules: LimitRules; updatedAt?: string; readAt: number } | undefined;

export async function limitRules(now = Date.now()): Promise<{ rules: LimitRules; updatedAt?: string }> {
  if (cached && now - cached.readAt < CACHE_MS) return cached;
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: KEY }));
  const rules = Item ? (Item['rules'] as LimitRules) : DEFAULT_LIMIT_RULES;
  assertLimitRules(rules);
  cached = { rules, ...(Item ? { updatedAt: String(Item['updatedAt']) } : {}), readAt: now };
  return cached;
}

export async function setLimitRules(rules: LimitRules, now: Date): Promise<{ rules: LimitRules; updatedAt: string }> {
  assertLimitRules(rules);
  const updatedAt = now.toISOString();
  await documents.send(new PutCommand({ TableName: tableName(), Item: { ...KEY, kind: 'settings', rules, updatedAt } }));
  cached = { rules, updatedAt, readAt: now.getTime() };
  return { rules, updatedAt };
}
