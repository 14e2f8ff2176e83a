/**
 * The typed client's types are the document's: generated again here, they must equal the
 * committed clients/typescript/schema.d.ts (`npm run client` writes it after a contract change).
 */
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { CLIENT_SCHEMA_PATH, clientSchemaSource } from '../../scripts/client-source.ts';

it('clients/typescript/schema.d.ts is what the OpenAPI document generates (run npm run client)', async () => {
  const committed = await readFile(CLIENT_SCHEMA_PATH, 'utf8');
  const generated = await clientSchemaSource();
  expect(committed === generated, 'clients/typescript/schema.d.ts differs from the OpenAPI document: run `npm run client` and commit it').toBe(true);
}, 60_000);

it('the client types every operation of the document', async () => {
  const generated = await clientSchemaSource();
  for (const operationId of ['createTenant', 'findBuyers', 'requestLimit', 'coverCheck', 'createInvoices', 'listEvents', 'updateBuyer']) {
    expect(generated).toContain(`${operationId}: {`);
  }
});
