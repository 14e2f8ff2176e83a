/**
 * How numbers come back from the table: always as JS numbers. Left to itself the SDK turns an
 * integer beyond Number.MAX_SAFE_INTEGER into a BigInt, which then breaks the first sum it
 * meets far from here (`1n + 0` throws, and so does JSON.stringify). Request bounds
 * (shared/domain/money.ts) keep every stored amount and counter far below that range, so such
 * a number is a defect: it fails here, named, rather than as a mixed-type TypeError elsewhere.
 */
export function numberFromTable(value: string): number {
  const number = Number(value);
  if (Number.isInteger(number) && !Number.isSafeInteger(number)) {
    throw new RangeError(`the table holds the number ${value}, beyond the safe integer range (2^53 − 1): a stored amount escaped its bound`);
  }
  return number;
}

/**
 * Options for the document client and for `unmarshall` of stream images alike: a new object
 * each time, because the document client writes into the one it is given
 * (`convertWithoutMapWrapper`), which would make `unmarshall` read a whole image as one value.
 */
export function unmarshallOptions(): { wrapNumbers: (value: string) => number } {
  return { wrapNumbers: numberFromTable };
}
