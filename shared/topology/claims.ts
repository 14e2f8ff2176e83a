/** Overdues and claims: policyholders notify and follow their files; the insurer moves the money; the daily deadline jobs. */
import { CLAIM_ADDED_EXAMPLE, CLAIM_COLLECTED_EXAMPLE, CLAIM_COST_EXAMPLE, CLAIM_INDEMNIFIED_EXAMPLE, CLAIM_NOTIFIED_EXAMPLE, Claim, ClaimInvoicesBody, ClaimPage, ClaimParams, ClaimQuery, CollectionCostBody, DocumentBody, DocumentParams, MoneyReceivedBody, OverdueNotificationBody } from '../contract/claims.ts';
import { EXTENSION_REFERRED_EXAMPLE, EXTENSION_REFUSED_EXAMPLE, ExtensionDecisionBody, ExtensionPage, ExtensionParams, ExtensionQuery, ExtensionRequest, ExtensionRequestBody } from '../contract/extensions.ts';
import { RetryAfterHeader } from '../contract/headers.ts';
import type { FunctionSpec, RouteSpec } from './types.ts';

export const claimsFunctions = {
  claims: {
    entry: 'functions/claims/handler.ts',
    handler: 'handler',
    description: 'Overdue notifications, due-date extensions, claim cases, collections, indemnities and recoveries',
    memoryMb: 1024,
    timeoutSeconds: 10,
    permissions: {
      secrets: ['cursor'],
      table: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem'],
    },
  },
  claimJobs: {
    entry: 'functions/claims/jobs.ts',
    handler: 'handler',
    description: 'Daily: deadline warnings before notification deadlines; claims whose waiting period ended become indemnifiable',
    memoryMb: 512,
    timeoutSeconds: 300,
    permissions: {
      table: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'],
      // Plans the day's run as work items (shared/data/jobs.ts); the job workers do them.
      queues: { 'job-work': ['sqs:SendMessage'] },
    },
  },
} as const satisfies Record<string, FunctionSpec>;

export const claimsRoutes = /* @__PURE__ */ (() => [
  {
    operationId: 'notifyOverdue',
    method: 'POST',
    path: '/v1/overdue-notifications',
    function: 'claims',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Notify unpaid, past-due invoices on a buyer: opens a claim in collection; after the deadline, refused (422, the deadline named)',
    description:
      'Each invoice named must be yours, on that buyer, unpaid and past due (400 naming it otherwise); on an insolvent buyer any unpaid invoice, due or not (whole account: the claim is indemnifiable at once, its date of loss the insolvency). One claim is open on a buyer at a time: more invoices join it by `POST /v1/claims/{claimId}/invoices`.',
    tags: ['claims'],
    request: { body: OverdueNotificationBody },
    responses: {
      201: { description: 'The claim, in collection', schema: Claim, example: CLAIM_NOTIFIED_EXAMPLE },
      404: { description: 'No buyer with this buyerId', problems: ['not-found'] },
      409: {
        description:
          'A claim is already open on this buyer (claim-open, with its claimId and addInvoicesUrl, `/v1/claims/{claimId}/invoices`, the route that adds invoices to it), or its invoices changed meanwhile (concurrent-update)',
        problems: ['claim-open', 'concurrent-update'],
      },
      422: {
        description:
          'Notified after the deadline, mepEndsOn + notificationPeriodDays (notification-late, with deadline, mepEndsOn and oldestUnpaidDueDate): nothing stored, cover on those invoices is lost. Notified as political on a policy without political cover (political-risk-not-covered), or on a private buyer whose country had no open country event on an invoice’s due date (no-political-event, with invoiceIds): nothing stored',
        problems: ['notification-late', 'political-risk-not-covered', 'no-political-event'],
      },
    },
  },
  {
    operationId: 'addClaimInvoices',
    method: 'POST',
    path: '/v1/claims/{claimId}/invoices',
    function: 'claims',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Add invoices on the buyer to an open claim, before its indemnity; an indemnifiable claim’s indemnity is computed again',
    description:
      'The checks of the notification, each invoice named (400 naming it): yours, on the claim’s buyer, unpaid, past due (any unpaid invoice when the buyer is insolvent: whole account), in no claim yet; the claim holds 90 invoices at most in all (`too_many`). On a buyer that is not insolvent the notification deadline applies (422). The claim keeps its date of loss and cause; `claim.invoices_added` is sent.',
    tags: ['claims'],
    request: { params: ClaimParams, body: ClaimInvoicesBody },
    responses: {
      201: { description: 'The claim with the invoices added, its outstanding and (indemnifiable) its indemnity computed again', schema: Claim, example: CLAIM_ADDED_EXAMPLE },
      404: { description: 'No claim with this id among yours', problems: ['not-found'] },
      409: {
        description: 'The claim is not in collection or indemnifiable (claim-status, with claimStatus), or it or an invoice changed meanwhile (concurrent-update)',
        problems: ['claim-status', 'concurrent-update'],
      },
      422: {
        description: 'A buyer not insolvent, after the notification deadline (notification-late, with deadline, mepEndsOn and oldestUnpaidDueDate): nothing stored',
        problems: ['notification-late'],
      },
    },
  },
  {
    operationId: 'requestExtension',
    method: 'POST',
    path: '/v1/extension-requests',
    function: 'claims',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Give a buyer more time on an invoice: up to mepEndsOn approved at once (201), later referred to the insurer (202)',
    description:
      'Up to the buyer’s `mepEndsOn` (the end of the maximum extension period) the policyholder grants the new due date itself: approved, and the original due date stays the reference for every deadline. A later date needs the insurer: referred, decided by `POST /v1/extension-requests/{extensionId}/decision`; approved, it becomes the buyer’s `mepEndsOn` while the invoice is its oldest unpaid one. `newDueDate` must be after the invoice’s current due date (the last one granted, else the original).',
    tags: ['claims'],
    request: { body: ExtensionRequestBody },
    responses: {
      201: { description: 'Approved by the policyholder (newDueDate on or before mepEndsOn)', schema: ExtensionRequest },
      202: { description: 'Referred to the insurer (newDueDate after mepEndsOn); the decision comes as extension.decided', schema: ExtensionRequest, example: EXTENSION_REFERRED_EXAMPLE },
      404: { description: 'No invoice with this invoiceId among yours', problems: ['not-found'] },
      409: {
        description:
          'The invoice is paid (invoice-paid), notified in a claim (claim-open), has an extension waiting for the insurer (extension-pending, with extensionId), or changed meanwhile (concurrent-update)',
        problems: ['invoice-paid', 'claim-open', 'extension-pending', 'concurrent-update'],
        headers: { 'Retry-After': { description: 'Seconds to wait before retrying, sent on concurrent-update', schema: RetryAfterHeader({ required: false, example: 1 }) } },
      },
      422: { description: 'newDueDate is not after the invoice’s current due date (extension-not-later, with currentDueDate): nothing stored', problems: ['extension-not-later'] },
    },
  },
  {
    operationId: 'listExtensions',
    method: 'GET',
    path: '/v1/extension-requests',
    function: 'claims',
    access: ['policyholder', 'broker', 'insurer'],
    summary: 'Due-date extension requests, oldest first (filter: status; referred = waiting for the insurer): a tenant sees its own, the insurer every tenant’s',
    description: 'Policyholder and broker keys act for one tenant (a broker names it in Bouclier-Tenant); insurer keys list every tenant’s requests.',
    tags: ['claims'],
    request: { query: ExtensionQuery },
    responses: {
      200: { description: 'A page of extension requests', schema: ExtensionPage },
      404: { description: 'A broker named a tenant it holds no mandate for', problems: ['not-found'] },
    },
  },
  {
    operationId: 'getExtension',
    method: 'GET',
    path: '/v1/extension-requests/{extensionId}',
    function: 'claims',
    access: ['policyholder', 'broker', 'insurer'],
    summary: 'One due-date extension request: a tenant reads its own, the insurer any',
    description:
      'Shows where the request stands (approved by the policyholder, referred and waiting for the insurer, or decided) with the due dates it moved between and the buyer’s `mepEndsOn` when it was made. Another tenant’s request answers 404, as one that does not exist.',
    tags: ['claims'],
    request: { params: ExtensionParams },
    responses: {
      200: { description: 'The request', schema: ExtensionRequest },
      404: { description: 'No extension request with this id (among yours)', problems: ['not-found'] },
    },
  },
  {
    operationId: 'decideExtension',
    method: 'POST',
    path: '/v1/extension-requests/{extensionId}/decision',
    function: 'claims',
    access: ['insurer'],
    summary: 'Decide a referred due-date extension: approved moves the buyer’s mepEndsOn to the new due date; extension.decided is sent',
    description:
      'Only a referred request is decided, and only once: a second decision, or one on a request the policyholder approved itself, answers 409 extension-decided. Approved, the new due date is kept on the invoice (`extendedDueDate`) and becomes the buyer’s `mepEndsOn` while that invoice is its oldest unpaid one, which moves the notification deadline too; refused changes nothing. The note, when given, is shown to the policyholder.',
    tags: ['claims'],
    request: { params: ExtensionParams, body: ExtensionDecisionBody },
    responses: {
      201: { description: 'The decided request', schema: ExtensionRequest, example: EXTENSION_REFUSED_EXAMPLE },
      404: { description: 'No extension request with this id', problems: ['not-found'] },
      409: {
        description: 'Already decided, or approved by the policyholder (extension-decided, with extensionStatus), or changed meanwhile (concurrent-update)',
        problems: ['extension-decided', 'concurrent-update'],
        headers: { 'Retry-After': { description: 'Seconds to wait before retrying, sent on concurrent-update', schema: RetryAfterHeader({ required: false, example: 1 }) } },
      },
    },
  },
  {
    operationId: 'listClaims',
    method: 'GET',
    path: '/v1/claims',
    function: 'claims',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Your claims, newest first (filters: status, buyerId)',
    description:
      'Each claim comes whole, as `GET /v1/claims/{claimId}` shows it: its invoices, status, indemnity breakdown, money received and timeline. `updatedSince` returns only the claims changed since a moment, for a CRM that keeps its copy in step.',
    tags: ['claims'],
    request: { query: ClaimQuery },
    responses: { 200: { description: 'A page of claims', schema: ClaimPage } },
  },
  {
    operationId: 'getClaim',
    method: 'GET',
    path: '/v1/claims/{claimId}',
    function: 'claims',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'A claim file: invoices, status, indemnity with its breakdown, documents and timeline',
    description:
      'The indemnity appears once the claim is indemnifiable (the buyer’s insolvency, or the end of the waiting period): every number with the sentence that explains it, so a claims handler can check it by hand. The timeline lists each step in order (notified, collections, invoices added, documents, date of loss, indemnity, recoveries, costs).',
    tags: ['claims'],
    request: { params: ClaimParams },
    responses: {
      200: { description: 'The claim', schema: Claim },
      404: { description: 'No claim with this id among yours', problems: ['not-found'] },
    },
  },
  {
    operationId: 'setClaimDocument',
    method: 'PUT',
    path: '/v1/claims/{claimId}/documents/{kind}',
    function: 'claims',
    access: ['policyholder', 'broker'],
    tenantScoped: true,
    summary: 'Mark a document of the checklist provided (or missing again)',
    description:
      'The checklist has four documents (invoices, proof of delivery, correspondence, statement of account), each missing until marked provided; the note says what was sent. Each change is written in the claim’s timeline. Setting the same status again is harmless: the document keeps the latest note.',
    tags: ['claims'],
    request: { params: DocumentParams, body: DocumentBody },
    responses: {
      200: { description: 'The claim', schema: Claim },
      404: { description: 'No claim with this id among yours', problems: ['not-found'] },
      409: { description: 'The claim changed meanwhile (concurrent-update): read it again and retry', problems: ['concurrent-update'] },
    },
  },
  {
    operationId: 'recordCollection',
    method: 'POST',
    path: '/v1/claims/{claimId}/collections',
    function: 'claims',
    access: ['insurer'],
    summary: 'Money collected from the buyer before the date of loss, oldest invoice first; all of it closes the claim',
    description:
      'Only on a claim in collection, before its date of loss: the money pays the claim’s invoices oldest first (by due date), and their outstanding and the buyer’s exposure go down with it. `amount` is at most the claim’s outstanding; `receivedOn` is not after today. Collecting everything makes the claim recovered then closed (claim.recovered), and cover checks on the buyer are normal again.',
    tags: ['claims'],
    request: { params: ClaimParams, body: MoneyReceivedBody },
    responses: {
      201: { description: 'The claim', schema: Claim, example: CLAIM_COLLECTED_EXAMPLE },
      404: { description: 'No claim with this id', problems: ['not-found'] },
      409: { description: 'The claim is not in collection any more (claim-status, with claimStatus), or changed meanwhile (concurrent-update)', problems: ['claim-status', 'concurrent-update'] },
    },
  },
  {
    operationId: 'indemnifyClaim',
    method: 'POST',
    path: '/v1/claims/{claimId}/indemnify',
    function: 'claims',
    access: ['insurer'],
    summary: 'Pay the indemnity of an indemnifiable claim (within the policy year’s maximum liability)',
    description:
      'The indemnity is computed again at payment with the policy in force at the date of loss (a claim dated earlier but valued later may change what is left of the aggregate first loss and the maximum liability), then paid with the insurer’s share of the collection costs recorded so far; claim.indemnified carries both. A claim already indemnified, or not yet indemnifiable, answers 409 claim-status: the indemnity is never paid twice.',
    tags: ['claims'],
    request: { params: ClaimParams },
    responses: {
      201: { description: 'The claim, indemnified', schema: Claim, example: CLAIM_INDEMNIFIED_EXAMPLE },
      404: { description: 'No claim with this id', problems: ['not-found'] },
      409: { description: 'The claim is not indemnifiable (claim-status, with claimStatus), or changed meanwhile (concurrent-update)', problems: ['claim-status', 'concurrent-update'] },
    },
  },
  {
    operationId: 'recordRecovery',
    method: 'POST',
    path: '/v1/claims/{claimId}/recoveries',
    function: 'claims',
    access: ['insurer'],
    summary: 'Money recovered after the indemnity, shared by each side’s share of the loss',
    description:
      'The insurer’s cumulative share of all recoveries is floor(Σ recoveries × indemnity / loss), the loss being the outstanding of the claim’s invoices at the date of loss; this recovery’s share is the increment, the policyholder has the rest. `receivedOn` is not after today.',
    tags: ['claims'],
    request: { params: ClaimParams, body: MoneyReceivedBody },
    responses: {
      201: { description: 'The claim', schema: Claim },
      404: { description: 'No claim with this id', problems: ['not-found'] },
      409: { description: 'The claim is not indemnified (claim-status, with claimStatus), or changed meanwhile (concurrent-update)', problems: ['claim-status', 'concurrent-update'] },
      422: { description: 'Recoveries would exceed the loss (recovery-exceeds-loss, with loss, recovered and amount): nothing stored', problems: ['recovery-exceeds-loss'] },
    },
  },
  {
    operationId: 'recordClaimCost',
    method: 'POST',
    path: '/v1/claims/{claimId}/costs',
    function: 'claims',
    access: ['policyholder', 'broker', 'insurer'],
    summary: 'A collection cost on an open claim, shared like recoveries: the insurer bears floor(costs × indemnity / loss)',
    description:
      'Policyholders and brokers record costs on their own claims, the insurer on any. Before the indemnity the insurer’s share is paid with it (an indemnifiable claim’s breakdown shows it at once); after it, the share is paid at once and claim.costs_paid is sent. `incurredOn` is not after today.',
    tags: ['claims'],
    request: { params: ClaimParams, body: CollectionCostBody },
    responses: {
      201: { description: 'The claim, with the cost', schema: Claim, example: CLAIM_COST_EXAMPLE },
      404: { description: 'No claim with this id (among yours)', problems: ['not-found'] },
      409: {
        description: 'The claim is closed or recovered (claim-status, with claimStatus), or changed meanwhile (concurrent-update)',
        problems: ['claim-status', 'concurrent-update'],
      },
    },
  },
] as const satisfies readonly RouteSpec<keyof typeof claimsFunctions>[])();
