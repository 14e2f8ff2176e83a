/** Buyers, country risk and reference rates: reference data the insurer keeps, every caller reads. */
import { now } from '#clock';
import { apiHandler } from '#http/api';
import { DEFAULT_COUNTRY_CATEGORY, createBuyer, findBuyers, getRevisedBuyer, listCountries, setCountryCategory, updateBuyer } from '#data/buyers';
import { metrics, MetricUnit } from '#powertools';
import { buyersRoutes } from '#topology/buyers';
import { fxRatesInForce, listFxRates, publishFxRates } from '#data/fx';

export const handler = apiHandler('buyers', buyersRoutes, {
  createBuyer: async (request) => {
    const buyer = await createBuyer(request.body, now());
    metrics.addMetric('BuyersRegistered', MetricUnit.Count, 1);
    return { status: 201, body: buyer, headers: { location: `/v1/buyers/${buyer.buyerId}` } };
  },
  findBuyers: async (request) => ({ status: 200, body: await findBuyers(request.query, request.query) }),
  getBuyer: async (request) => {
    const { buyer, revision } = await getRevisedBuyer(request.params.buyerId);
    return { status: 200, body: buyer, etag: revision };
  },
  updateBuyer: async (request) => {
    const { buyer, revision } = await updateBuyer(request.params.buyerId, request.body, now(), request.ifMatch);
    return { status: 200, body: buyer, etag: revision };
  },
  listCountries: async () => ({ status: 200, body: { items: await listCountries(), defaultCategory: DEFAULT_COUNTRY_CATEGORY } }),
  putCountry: async (request) => ({
    status: 200,
    body: await setCountryCategory(request.params.countryCode, request.body.category, now()),
  }),
  putFxRates: async (request) => {
    const { created, publication } = await publishFxRates(request.params.date, request.body.rates, now());
    metrics.addMetric('FxRatesPublished', MetricUnit.Count, 1);
    return created ? { status: 201, body: publication, headers: { location: `/v1/fx-rates/${publication.date}` } } : { status: 200, body: publication };
  },
  getFxRates: async (request) => ({ status: 200, body: await fxRatesInForce(request.params.date, request.query.currency) }),
  listFxRates: async (request) => ({ status: 200, body: await listFxRates(request.query, request.query) }),
});
