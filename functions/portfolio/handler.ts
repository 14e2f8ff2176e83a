/** Premium on declared turnover, and portfolio figures for tenants and the insurer. */
import { now } from '#clock';
import { lastDayOfPeriod } from '#domain/premium';
import { apiHandler, tenant } from '#http/api';
import { declareTurnover, premiumOf } from '#data/premium';
import { insurerPortfolio, portfolioHistory, tenantPortfolio } from '#data/portfolio';
import { metrics, MetricUnit } from '#powertools';
import { portfolioRoutes } from '#topology/portfolio';

export const handler = apiHandler('portfolio', portfolioRoutes, {
  declareTurnover: async (request) => {
    const { created, declaration } = await declareTurnover(tenant(request), request.body, now());
    metrics.addMetric(created ? 'TurnoverDeclared' : 'TurnoverCorrected', MetricUnit.Count, 1);
    if (declaration.late) metrics.addMetric('LateTurnoverDeclarations', MetricUnit.Count, 1);
    // The premium of the policy year the month belongs to (the one its last day falls in) lists it by month and country.
    return created ? { status: 201, body: declaration, headers: { location: `/v1/premium?on=${lastDayOfPeriod(declaration.period)}` } } : { status: 200, body: declaration };
  },
  getPremium: async (request) => ({ status: 200, body: await premiumOf(tenant(request), request.query, now()) }),
  getPortfolio: async (request) => ({ status: 200, body: await tenantPortfolio(tenant(request), now()) }),
  getPortfolioHistory: async (request) => ({ status: 200, body: { items: await portfolioHistory(tenant(request)) } }),
  getInsurerPortfolio: async () => ({ status: 200, body: await insurerPortfolio(now()) }),
});
