/**
 * Where a function finds a secret's ARN: SECRET_ARN_<NAME>. Free of side effects (no SDK
 * client), so the CDK stack and the local runtime can import it.
 */
export function secretArnVariable(secret: string): string {
  return `SECRET_ARN_${secret.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
