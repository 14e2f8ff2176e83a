/** The daily jobs' business metrics: data only, so the dashboard's tests can read it. */

/** Each job's counts as the business metrics the dashboard shows (a dimension where one is named). */
export const JOB_METRICS: Readonly<Record<string, Readonly<Record<string, { name: string; dimension?: [string, string] }>>>> = {
  'expire-tranches': { expired: { name: 'TranchesExpired' } },
  'apply-reductions': { applied: { name: 'ReductionsApplied' } },
  'claim-deadline-warnings': { warnings: { name: 'DeadlineWarnings' } },
  'claim-waiting-periods': { indemnifiable: { name: 'ClaimsIndemnifiable' }, waitingForRates: { name: 'ClaimsWaitingForRates' } },
  'portfolio-snapshots': { taken: { name: 'PortfolioSnapshots' } },
  'reconcile-portfolio': {
    revalued: { name: 'PortfolioLinesRevalued' },
    unvalued: { name: 'PortfolioLinesUnvalued' },
    drift: { name: 'PortfolioDrift' },
    driftAfterRepair: { name: 'PortfolioDriftAfterRepair' },
  },
  'detect-sector-alerts': { raised: { name: 'SectorAlertsRaised', dimension: ['source', 'detector'] } },
};
