/**
 * The insurer's limit rules (capacity and automatic ceilings per grade, conditions): the
 * defaults of shared/domain/grades.ts until the insurer stores its own. Functions keep them
 * a minute in memory: a change reaches every decision within that minute.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { IfMatch } from '#contract/preconditions';
import { documents } from './client.ts';
import { tableName } from './table.ts';
import { DEFAULT_LIMIT_RULES, assertLimitRules, type LimitRules } from '#domain/grades';
import { insurerKeys } from './keys.ts';
import { putRevised, revisionOf } from './revisions.ts';

const KEY = insurerKeys.settings('limit-rules');
const CACHE_MS = 60_000;
type Read = { rules: LimitRules; updatedAt?: string; revision: number };
let cached: (Read & { readAt: number }) | undefined;

/** The rules decisions use: this process's copy while it is under a minute old. */
export async function limitRules(now = Date.now()): Promise<Read> {
  if (cached && now - cached.readAt < CACHE_MS) return cached;
  return storedLimitRules(now);
}

/** The rules as stored now (what the insurer reads and edits, with its revision): the copy is refreshed. */
export async function storedLimitRules(now = Date.now()): Promise<Read> {
  const { Item } = await documents.send(new GetCommand({ TableName: tableName(), Key: KEY, ConsistentRead: true }));
  const rules = Item ? (Item['rules'] as LimitRules) : DEFAULT_LIMIT_RULES;
  assertLimitRules(rules);
  cached = { rules, ...(Item ? { updatedAt: String(Item['updatedAt']) } : {}), revision: revisionOf(Item), readAt: now };
  return cached;
}

export async function setLimitRules(rules: LimitRules, now: Date, ifMatch?: IfMatch): Promise<{ rules: LimitRules; updatedAt: string; revision: number }> {
  assertLimitRules(rules);
  const updatedAt = now.toISOString();
  const revision = await putRevised(KEY, { kind: 'settings', rules, updatedAt }, ifMatch, 'The limit rules');
  cached = { rules, updatedAt, revision, readAt: now.getTime() };
  return { rules, updatedAt, revision };
}
