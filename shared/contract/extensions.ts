import * as z from 'zod';
import { BuyerId } from './buyers.ts';
import { Id, IsoDate, Page, PageQuery, PlausibleDate, Text, Timestamp, UpdatedSince } from './common.ts';
import { InvoiceId } from './orders.ts';

export const EXTENSION_STATUSES = ['approved', 'referred', 'refused'] as const;
export const ExtensionId = /* @__PURE__ */ (() => Id('extension', 'Extension request id (ext_…)'))();
export const ExtensionParams = /* @__PURE__ */ (() => z.strictObject({ extensionId: ExtensionId }))();

export const ExtensionRequestBody = /* @__PURE__ */ (() => z
  .strictObject({
    invoiceId: InvoiceId,
    newDueDate: PlausibleDate('The due date agreed with the buyer: after the invoice’s current due date'),
  })
  .meta({ id: 'ExtensionRequestInput' }))();
export type ExtensionRequestBody = z.output<typeof ExtensionRequestBody>;

export const ExtensionDecisionBody = /* @__PURE__ */ (() => z
  .strictObject({
    decision: z.enum(['approved', 'refused']),
    note: Text(1, 500).optional(),
  })
  .meta({ id: 'ExtensionDecision' }))();
export type ExtensionDecisionBody = z.output<typeof ExtensionDecisionBody>;

export const ExtensionQuery = /* @__PURE__ */ (() => PageQuery.extend({
  status: z.enum(EXTENSION_STATUSES).optional().meta({ description: 'Only the requests in this status (referred: waiting for the insurer)' }),
  updatedSince: UpdatedSince,
}))();
export type ExtensionQuery = z.output<typeof ExtensionQuery>;

export const ExtensionRequest = /* @__PURE__ */ (() => z
  .object({
    extensionId: ExtensionId,
    tenantId: z.string(),
    buyerId: BuyerId,
    invoiceId: InvoiceId,
    originalDueDate: IsoDate.meta({ description: 'The invoice’s original due date: the reference for every deadline unless the insurer approves a later one' }),
    previousDueDate: IsoDate.meta({ description: 'The due date in force when the request was made (the last one granted, else the original)' }),
    newDueDate: IsoDate,
    mepEndsOn: IsoDate.meta({ description: 'The end of the maximum extension period on the buyer when the request was made: up to it the policyholder grants, after it the insurer' }),
    status: z.enum(EXTENSION_STATUSES),
    decidedBy: z.enum(['policyholder', 'insurer']).optional(),
    note: z.string().optional(),
    createdAt: Timestamp,
    decidedAt: Timestamp.optional(),
    updatedAt: Timestamp.meta({ description: 'When it last changed (made, decided): what updatedSince sorts by' }),
  })
  .meta({ id: 'ExtensionRequest' }))();
export type ExtensionRequest = z.output<typeof ExtensionRequest>;
export const ExtensionPage = /* @__PURE__ */ (() => Page(ExtensionRequest, 'ExtensionRequestPage'))();
