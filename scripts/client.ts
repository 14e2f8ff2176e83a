/** `npm run client`: writes the typed client's types from the OpenAPI document (scripts/client-source.ts). */
import { writeFile } from 'node:fs/promises';
import { CLIENT_SCHEMA_PATH, clientSchemaSource } from './client-source.ts';

await writeFile(CLIENT_SCHEMA_PATH, await clientSchemaSource());
console.log(`wrote ${CLIENT_SCHEMA_PATH}`);
