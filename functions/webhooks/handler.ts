/** Webhook endpoints of tenants and brokers: registration, secrets, test events, the delivery log. */
import { now } from '#clock';
import { apiHandler, principal, tenant } from '#http/api';
import { getDelivery, listDeliveries, listEvents, replayDelivery, sendTestEvent } from '#data/deliveries';
import { createWebhook, deleteWebhook, getWebhook, listWebhooks, rotateSecret, updateWebhook } from '#data/webhooks';
import { metrics, MetricUnit } from '#powertools';
import { webhooksRoutes } from '#topology/webhooks';

export const handler = apiHandler('webhooks', webhooksRoutes, {
  createWebhook: async (request) => {
    const created = await createWebhook(principal(request), request.body, now());
    metrics.addMetric('WebhookEndpointsCreated', MetricUnit.Count, 1);
    return { status: 201, body: created, headers: { location: `/v1/webhooks/${created.webhookId}` } };
  },
  listWebhooks: async (request) => ({ status: 200, body: await listWebhooks(principal(request), request.query) }),
  getWebhook: async (request) => {
    const { webhook, revision } = await getWebhook(principal(request), request.params.webhookId);
    return { status: 200, body: webhook, etag: revision };
  },
  updateWebhook: async (request) => {
    const { webhook, revision } = await updateWebhook(principal(request), request.params.webhookId, request.body, now(), request.ifMatch);
    return { status: 200, body: webhook, etag: revision };
  },
  deleteWebhook: async (request) => {
    await deleteWebhook(principal(request), request.params.webhookId);
    return { status: 204 };
  },
  rotateWebhookSecret: async (request) => ({
    status: 201,
    body: await rotateSecret(principal(request), request.params.webhookId, now()),
    headers: { location: `/v1/webhooks/${request.params.webhookId}` },
  }),
  sendTestEvent: async (request) => {
    const sent = await sendTestEvent(principal(request), request.params.webhookId, now());
    return { status: 202, body: sent, headers: { location: `/v1/webhooks/${sent.webhookId}/deliveries/${sent.deliveryId}` } };
  },
  listDeliveries: async (request) => ({
    status: 200,
    body: await listDeliveries(principal(request), request.params.webhookId, request.query),
  }),
  getDelivery: async (request) => ({
    status: 200,
    body: await getDelivery(principal(request), request.params.webhookId, request.params.deliveryId),
  }),
  replayDelivery: async (request) => {
    const replayed = await replayDelivery(principal(request), request.params.webhookId, request.params.deliveryId, now());
    metrics.addMetric('WebhookDeliveriesReplayed', MetricUnit.Count, 1);
    return { status: 202, body: replayed };
  },
  listEvents: async (request) => ({ status: 200, body: await listEvents(tenant(request), request.query) }),
});
