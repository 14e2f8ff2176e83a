/** Webhook endpoints of tenants and brokers: registration, secrets, test events, the delivery log. */
import { now } from '#clock';
import { apiHandler, principal, type ApiRequest } from '#http/api';
import type { CreateWebhookBody, DeliveryQuery, PatchWebhookBody } from '#contract/webhooks';
import { getDelivery, listDeliveries, replayDelivery, sendTestEvent } from '#data/deliveries';
import type { PageRequest } from '#data/pagination';
import { createWebhook, deleteWebhook, getWebhook, listWebhooks, rotateSecret, updateWebhook } from '#data/webhooks';
import { metrics, MetricUnit } from '#powertools';
import { webhooksRoutes } from '#topology/webhooks';

type Params = { webhookId: string };
type DeliveryParams = { webhookId: string; deliveryId: string };

export const handler = apiHandler('webhooks', {
  createWebhook: async (request: ApiRequest<CreateWebhookBody>) => {
    const created = await createWebhook(principal(request), request.body, now());
    metrics.addMetric('WebhookEndpointsCreated', MetricUnit.Count, 1);
    return { status: 201, body: created, headers: { location: `/v1/webhooks/${created.webhookId}` } };
  },
  listWebhooks: async (request: ApiRequest<unknown, PageRequest>) => ({ status: 200, body: await listWebhooks(principal(request), request.query) }),
  getWebhook: async (request: ApiRequest<unknown, unknown, Params>) => ({ status: 200, body: await getWebhook(principal(request), request.params.webhookId) }),
  updateWebhook: async (request: ApiRequest<PatchWebhookBody, unknown, Params>) => ({
    status: 200,
    body: await updateWebhook(principal(request), request.params.webhookId, request.body, now()),
  }),
  deleteWebhook: async (request: ApiRequest<unknown, unknown, Params>) => {
    await deleteWebhook(principal(request), request.params.webhookId);
    return { status: 204 };
  },
  rotateWebhookSecret: async (request: ApiRequest<unknown, unknown, Params>) => ({
    status: 201,
    body: await rotateSecret(principal(request), request.params.webhookId, now()),
    headers: { location: `/v1/webhooks/${request.params.webhookId}` },
  }),
  sendTestEvent: async (request: ApiRequest<unknown, unknown, Params>) => {
    const sent = await sendTestEvent(principal(request), request.params.webhookId, now());
    return { status: 202, body: sent, headers: { location: `/v1/webhooks/${sent.webhookId}/deliveries/${sent.deliveryId}` } };
  },
  listDeliveries: async (request: ApiRequest<unknown, DeliveryQuery, Params>) => ({
    status: 200,
    body: await listDeliveries(principal(request), request.params.webhookId, request.query),
  }),
  getDelivery: async (request: ApiRequest<unknown, unknown, DeliveryParams>) => ({
    status: 200,
    body: await getDelivery(principal(request), request.params.webhookId, request.params.deliveryId),
  }),
  replayDelivery: async (request: ApiRequest<unknown, unknown, DeliveryParams>) => {
    const replayed = await replayDelivery(principal(request), request.params.webhookId, request.params.deliveryId, now());
    metrics.addMetric('WebhookDeliveriesReplayed', MetricUnit.Count, 1);
    return { status: 202, body: replayed };
  },
}, webhooksRoutes);
