/**
 * Requests in flight that must not contend (two limit requests racing for one tenant's limit
 * or one buyer's capacity) take free indexes from FIFO lists and give them back when they
 * settle: the benchmarks measure the uncontended path (races have their own tests).
 */

/** Indexes not in use by an operation in flight, oldest released first. */
export class FreeList {
  private readonly free: number[];
  private readonly full: string;
  /** `full` is the message when none is free: which constant to raise. */
  constructor(size: number, full: string) {
    this.free = Array.from({ length: size }, (_, i) => i);
    this.full = full;
  }
  get size(): number {
    return this.free.length;
  }
  take(): number {
    const index = this.free.shift();
    if (index === undefined) throw new Error(this.full);
    return index;
  }
  give(index: number): void {
    this.free.push(index);
  }
  /** Runs `op` with a free index, given back when it settles. */
  async hold<T>(op: (index: number) => Promise<T>): Promise<T> {
    const index = this.take();
    try {
      return await op(index);
    } finally {
      this.give(index);
    }
  }
}

/**
 * A free tenant and a free buyer that `fits` it (under its ceiling, say), held until the
 * operation settles. `scenario` names the bench in the errors.
 */
export function pairs(scenario: string, tenantCount: number, buyerCount: number) {
  const tenants = new FreeList(tenantCount, `${scenario}: more operations in flight than tenants: raise TENANTS`);
  const buyers = new FreeList(buyerCount, `${scenario}: more operations in flight than buyers: raise BUYERS`);
  return async <T>(op: (tenant: number, buyer: number) => Promise<T>, fits: (tenant: number, buyer: number) => boolean = () => true): Promise<T> => {
    const tenant = tenants.take();
    let buyer: number | undefined;
    for (let tries = buyers.size; tries > 0 && buyer === undefined; tries--) {
      const candidate = buyers.take();
      if (fits(tenant, candidate)) buyer = candidate;
      else buyers.give(candidate);
    }
    if (buyer === undefined) {
      tenants.give(tenant);
      throw new Error(`${scenario}: every free buyer is at its ceiling or capacity for this tenant; raise BUYERS or measure for less time`);
    }
    try {
      return await op(tenant, buyer);
    } finally {
      tenants.give(tenant);
      buyers.give(buyer);
    }
  };
}
