import * as z from 'zod';
import { BuyerId } from './buyers.ts';
import { Id, IsoDate, Page, PageQuery, PlausibleDate, Text, Timestamp, UpdatedSince } from './common.ts';
import { EXAMPLE_IDS } from './examples.ts';
import { InvoiceId } from './orders.ts';

/**
 * The examples' extensions, on the story's invoice (due 2027-01-25; the buyer's mepEndsOn is
 * 2027-03-26, that due date + maxExtensionDays 60): a month more, to 2027-02-24, is the
 * policyholder's to grant (201 approved); a second request to 2027-04-23, after mepEndsOn, is
 * referred (202) and the insurer refuses it, so mepEndsOn and the notification deadline stay.
 */
export const EXTENSION_APPROVED_EXAMPLE = /* @__PURE__ */ (() => ({
  extensionId: EXAMPLE_IDS.extension,
  tenantId: EXAMPLE_IDS.tenant,
  buyerId: EXAMPLE_IDS.buyer,
  invoiceId: EXAMPLE_IDS.invoice,
  originalDueDate: '2027-01-25',
  previousDueDate: '2027-01-25',
  newDueDate: '2027-02-24',
  mepEndsOn: '2027-03-26',
  status: 'approved',
  decidedBy: 'policyholder',
  createdAt: '2027-01-20T14:08:51.270Z',
  decidedAt: '2027-01-20T14:08:51.270Z',
  updatedAt: '2027-01-20T14:08:51.270Z',
}))();
const REFERRED_ID = 'ext_01M8CQ3W6ZJ1E5T8HK2PB9XR4N';
export const EXTENSION_REFERRED_EXAMPLE = /* @__PURE__ */ (() => ({
  extensionId: REFERRED_ID,
  tenantId: EXAMPLE_IDS.tenant,
  buyerId: EXAMPLE_IDS.buyer,
  invoiceId: EXAMPLE_IDS.invoice,
  originalDueDate: '2027-01-25',
  previousDueDate: '2027-02-24',
  newDueDate: '2027-04-23',
  mepEndsOn: '2027-03-26',
  status: 'referred',
  createdAt: '2027-02-19T10:31:05.642Z',
  updatedAt: '2027-02-19T10:31:05.642Z',
}))();
const REFUSAL_NOTE = 'The buyer is already late on its agreed date; notify the overdue by 2027-03-26.';
export const EXTENSION_REFUSED_EXAMPLE = /* @__PURE__ */ (() => ({
  ...EXTENSION_REFERRED_EXAMPLE,
  status: 'refused',
  decidedBy: 'insurer',
  note: REFUSAL_NOTE,
  decidedAt: '2027-02-26T16:12:40.118Z',
  updatedAt: '2027-02-26T16:12:40.118Z',
}))();

export const EXTENSION_STATUSES = ['approved', 'referred', 'refused'] as const;
export const ExtensionId = /* @__PURE__ */ (() => Id('extension', 'Extension request id (ext_…)'))();
export const ExtensionParams = /* @__PURE__ */ (() => z.strictObject({ extensionId: ExtensionId }))();

export const ExtensionRequestBody = /* @__PURE__ */ (() => z
  .strictObject({
    invoiceId: InvoiceId,
    newDueDate: PlausibleDate('The due date agreed with the buyer: after the invoice’s current due date'),
  })
  .meta({ id: 'ExtensionRequestInput', example: { invoiceId: EXAMPLE_IDS.invoice, newDueDate: EXTENSION_APPROVED_EXAMPLE.newDueDate } }))();
export type ExtensionRequestBody = z.output<typeof ExtensionRequestBody>;

export const ExtensionDecisionBody = /* @__PURE__ */ (() => z
  .strictObject({
    decision: z.enum(['approved', 'refused']),
    note: Text(1, 500).optional(),
  })
  .meta({ id: 'ExtensionDecision', example: { decision: 'refused', note: REFUSAL_NOTE } }))();
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
  .meta({ id: 'ExtensionRequest', example: EXTENSION_APPROVED_EXAMPLE }))();
export type ExtensionRequest = z.output<typeof ExtensionRequest>;
export const ExtensionPage = /* @__PURE__ */ (() => Page(ExtensionRequest, 'ExtensionRequestPage'))();
