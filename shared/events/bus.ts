/**
 * The EventBridge client and bus name. Locally AWS_ENDPOINT_URL_EVENTBRIDGE points at the
 * local runtime's bus, which speaks the same PutEvents protocol.
 */
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { tracer } from '#powertools';
import { CLIENT_TIMEOUTS } from '#data/timeouts';

export const eventBridge = tracer.captureAWSv3Client(new EventBridgeClient({ requestHandler: CLIENT_TIMEOUTS }));

export function busName(): string {
  const name = process.env['EVENT_BUS_NAME'];
  if (!name) throw new Error('EVENT_BUS_NAME is not set');
  return name;
}
