/**
 * The single table: key attributes, secondary indexes, stream and TTL.
 *
 * Entities overload generic attributes (`pk`/`sk`, `gsiNpk`/`gsiNsk`) so that one table
 * serves every access pattern; docs/data-model.md lists which entity uses which index.
 * Tenant-owned items always start their partition keys with `TENANT#<id>#`, GSIs included.
 */
export interface IndexDefinition {
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey: string;
  readonly purpose: string;
}

export interface TableDefinition {
  readonly logicalName: string;
  readonly partitionKey: string;
  readonly sortKey: string;
  readonly indexes: readonly IndexDefinition[];
  readonly ttlAttribute: string;
  readonly stream: 'NEW_AND_OLD_IMAGES';
}

export const table: TableDefinition = {
  logicalName: 'bouclier',
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    {
      name: 'gsi1',
      partitionKey: 'gsi1pk',
      sortKey: 'gsi1sk',
      purpose: 'Alternate orders: buyers by name; tenant items by buyer, status or date (keys start TENANT#<id>#).',
    },
    {
      name: 'gsi2',
      partitionKey: 'gsi2pk',
      sortKey: 'gsi2sk',
      purpose: 'Insurer-wide fan-out: limits by buyer across tenants, buyers by sector and country, buyers by name.',
    },
    {
      name: 'gsi3',
      partitionKey: 'gsi3pk',
      sortKey: 'gsi3sk',
      purpose: 'Sparse queues and listings: referrals waiting, deliveries and deadlines due, buyers by country.',
    },
    {
      name: 'gsi4',
      partitionKey: 'gsi4pk',
      // The item's own updatedAt, not a copy: every write that changes an item stamps it, so the
      // order follows each change without the writer keeping a second key in step.
      sortKey: 'updatedAt',
      purpose: 'Changes: a tenant\'s (or owner\'s) items of one list in the order they last changed, for updatedSince (keys start TENANT#<id>#SYNC# or the owner\'s partition).',
    },
  ],
  ttlAttribute: 'expiresAt',
  stream: 'NEW_AND_OLD_IMAGES',
};

/** Name of the deployed table; every function gets it through the environment. */
export function tableName(): string {
  const name = process.env['TABLE_NAME'];
  if (!name) throw new Error('TABLE_NAME is not set');
  return name;
}
