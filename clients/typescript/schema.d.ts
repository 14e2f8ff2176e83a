/**
 * The Bouclier API's types, generated from its OpenAPI document by openapi-typescript.
 * Written by `npm run client`; do not edit: `npm test` fails while it differs from the document.
 */

export interface paths {
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of the API, the table and the event bus */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This API’s OpenAPI 3.1 document */
        get: operations["getOpenApi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every tenant, oldest first */
        get: operations["listTenants"];
        put?: never;
        /** Onboard a policyholder with its policy; returns its first API key, shown once */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tenant and the policy in force */
        get: operations["getTenant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a policy: a new version takes effect now, earlier versions are kept
         * @description Name at least one field to change; the currency never changes.
         */
        patch: operations["updateTenantPolicy"];
        trace?: never;
    };
    "/v1/tenants/{tenantId}/policy/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a tenant’s policy, newest first */
        get: operations["listTenantPolicyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your policy in force */
        get: operations["getPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/policy/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of your policy, newest first */
        get: operations["listPolicyVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API keys (never their secrets) */
        get: operations["listApiKeys"];
        put?: never;
        /** A new API key for your tenant, broker firm or the insurer; shown once */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API keys: every route refuses it within 5 seconds */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brokers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register a broker with the tenants that mandated it; returns its first API key */
        post: operations["createBroker"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brokers/{brokerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A broker and its mandates */
        get: operations["getBroker"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/brokers/{brokerId}/mandates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace the tenants a broker acts for */
        put: operations["putBrokerMandates"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/buyers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find buyers by country and registration id, by country, or by the start of the name
         * @description Name a country, the start of a name in `q`, or both (neither: 400 naming q); `registrationId` needs `country`.
         */
        get: operations["findBuyers"];
        put?: never;
        /** Register a buyer; a duplicate (country + registration id) answers 409 with the existing id */
        post: operations["createBuyer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/buyers/{buyerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A buyer, its grade and status */
        get: operations["getBuyer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a buyer’s name, sector, grade or status
         * @description Name at least one field to change.
         */
        patch: operations["updateBuyer"];
        trace?: never;
    };
    "/v1/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Countries with an OECD risk category set; others use the default category */
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/countries/{countryCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a country’s OECD risk category (0–7) */
        put: operations["putCountry"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fx-rates/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reference rates in force on a date: each currency’s latest published on or before it, with the date it was published for
         * @description `?currency=` answers that currency’s rate only, or 422 fx-rate-missing (naming it and the date) when it has none in force: what a conversion at that date would answer.
         */
        get: operations["getFxRates"];
        /**
         * Publish the reference rates for a date (units of each currency for 1 EUR); publishing a date again replaces its rates (the history is kept)
         * @description Each rate is a decimal string or a number with at most 6 decimal places, more than 0; each currency an ISO 4217 code other than EUR that the system knows, once. `date` is not after today (in_the_future). Rates are held exactly (parts per million).
         */
        put: operations["putFxRates"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/fx-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The dates rates were published for from `from` to `to` (both included), oldest first, each with its rates
         * @description `to` is not before `from` (before_from).
         */
        get: operations["listFxRates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/limit-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a credit limit on a buyer: decided now (201) or referred to an underwriter (202)
         * @description `amount` is required for new, increase and reduce, and absent for cancel (which takes no temporary tranche either); amounts are multiples of 1,000 units of the policy currency; the permanent amount and the temporary tranche together are at most 10^12 minor units. An unknown buyer is 404.
         */
        post: operations["requestLimit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your limits in force */
        get: operations["listLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/limits/{buyerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your limit on a buyer with its full history (who, when, from, to, why) */
        get: operations["getLimit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/underwriting/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The limit rules in force: buyer capacity and automatic ceilings per grade, conditions */
        get: operations["getLimitRules"];
        /** Replace the limit rules (every decision uses them within a minute) */
        put: operations["putLimitRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/underwriting/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Referred limit requests waiting for an underwriter, oldest first */
        get: operations["listReferrals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/underwriting/referrals/{referralId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a referral: the tenant’s limit changes and limit.decided is sent
         * @description `amount` is 0 exactly when `decision` is not_approved; otherwise a multiple of 1,000 units of the referral’s currency.
         */
        post: operations["decideReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/risk-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record risk events on buyers (one, or up to 500 in order): each regrades its buyer; the limit rules follow
         * @description `newGrade` is required for rating_change. Every buyerId must exist and no `occurredOn` may be after today: otherwise 400 naming each event, and nothing is stored. An insolvency cancels every limit on the buyer from its `occurredOn` (the history entry: `effectiveOn`); a closure or a regrade to 10 cancels them at once, without notice.
         */
        post: operations["recordRiskEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/underwriting/monitoring-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a downgrade keeps, the notice, and the sector-alert thresholds and targeted cuts */
        get: operations["getMonitoringRules"];
        /** Replace the monitoring rules (every function uses them within a minute) */
        put: operations["putMonitoringRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/watchlist/{buyerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Watch a buyer: its grade changes come as buyer.grade_changed, with or without a limit on it */
        put: operations["watchBuyer"];
        post?: never;
        /** Stop watching a buyer */
        delete: operations["unwatchBuyer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/watchlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The buyers you watch */
        get: operations["listWatchlist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sector-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sector alerts, newest first */
        get: operations["listSectorAlerts"];
        put?: never;
        /** Raise a sector alert by hand; its targeted cuts and notices follow as for a detected one */
        post: operations["raiseSectorAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sector-alerts/{alertId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A sector alert: what the detector counted, whom it targets, what it changed */
        get: operations["getSectorAlert"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sector-alerts/{alertId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a sector alert: requests in that sector are decided as usual again (cuts made stay) */
        post: operations["closeSectorAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/country-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Country events: by status and country, by country or by status (oldest first), or all by the day they occurred */
        get: operations["listCountryEvents"];
        put?: never;
        /**
         * Record a country event (war, transfer restriction, payment moratorium, expropriation, import licence cancelled, other)
         * @description While it is open (occurredOn ≤ day < closedOn), limit requests on the country’s buyers are referred (country_event), cover checks for delivery then recommend cash_in_advance (country_event), and an overdue on an invoice due then may be notified as political. Every tenant holding a limit on a buyer there gets country.event_opened once, listing those buyers. `occurredOn` is not after today (in_the_future).
         */
        post: operations["createCountryEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/country-events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A country event */
        get: operations["getCountryEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/country-events/{eventId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close a country event from a day: it is no longer open from closedOn on; tenants told are told again (country.event_closed)
         * @description `closedOn` is not before occurredOn (before_occurred_on) nor after today (in_the_future).
         */
        post: operations["closeCountryEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/overdue-notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Notify unpaid, past-due invoices on a buyer: opens a claim in collection; after the deadline, refused (422, the deadline named)
         * @description Each invoice named must be yours, on that buyer, unpaid and past due (400 naming it otherwise); on an insolvent buyer any unpaid invoice, due or not (whole account: the claim is indemnifiable at once, its date of loss the insolvency). One claim is open on a buyer at a time: more invoices join it by `POST /v1/claims/{claimId}/invoices`.
         */
        post: operations["notifyOverdue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add invoices on the buyer to an open claim, before its indemnity; an indemnifiable claim’s indemnity is computed again
         * @description The checks of the notification, each invoice named (400 naming it): yours, on the claim’s buyer, unpaid, past due (any unpaid invoice when the buyer is insolvent: whole account), in no claim yet; the claim holds 90 invoices at most in all (`too_many`). On a buyer that is not insolvent the notification deadline applies (422). The claim keeps its date of loss and cause; `claim.invoices_added` is sent.
         */
        post: operations["addClaimInvoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/extension-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Due-date extension requests, oldest first (filter: status; referred = waiting for the insurer): a tenant sees its own, the insurer every tenant’s
         * @description Policyholder and broker keys act for one tenant (a broker names it in Bouclier-Tenant); insurer keys list every tenant’s requests.
         */
        get: operations["listExtensions"];
        put?: never;
        /**
         * Give a buyer more time on an invoice: up to mepEndsOn approved at once (201), later referred to the insurer (202)
         * @description Up to the buyer’s `mepEndsOn` (the end of the maximum extension period) the policyholder grants the new due date itself: approved, and the original due date stays the reference for every deadline. A later date needs the insurer: referred, decided by `POST /v1/extension-requests/{extensionId}/decision`; approved, it becomes the buyer’s `mepEndsOn` while the invoice is its oldest unpaid one. `newDueDate` must be after the invoice’s current due date (the last one granted, else the original).
         */
        post: operations["requestExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/extension-requests/{extensionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One due-date extension request: a tenant reads its own, the insurer any */
        get: operations["getExtension"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/extension-requests/{extensionId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide a referred due-date extension: approved moves the buyer’s mepEndsOn to the new due date; extension.decided is sent */
        post: operations["decideExtension"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your claims, newest first (filters: status, buyerId) */
        get: operations["listClaims"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A claim file: invoices, status, indemnity with its breakdown, documents and timeline */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Mark a document of the checklist provided (or missing again) */
        put: operations["setClaimDocument"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}/collections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Money collected from the buyer before the date of loss, oldest invoice first; all of it closes the claim
         * @description `amount` is at most the claim’s outstanding; `receivedOn` is not after today.
         */
        post: operations["recordCollection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}/indemnify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pay the indemnity of an indemnifiable claim (within the policy year’s maximum liability) */
        post: operations["indemnifyClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}/recoveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Money recovered after the indemnity, shared by each side’s share of the loss
         * @description The insurer’s cumulative share of all recoveries is floor(Σ recoveries × indemnity / loss), the loss being the outstanding of the claim’s invoices at the date of loss; this recovery’s share is the increment, the policyholder has the rest. `receivedOn` is not after today.
         */
        post: operations["recordRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{claimId}/costs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A collection cost on an open claim, shared like recoveries: the insurer bears floor(costs × indemnity / loss)
         * @description Policyholders and brokers record costs on their own claims, the insurer on any. Before the indemnity the insurer’s share is paid with it (an indemnifiable claim’s breakdown shows it at once); after it, the share is paid at once and claim.costs_paid is sent. `incurredOn` is not after today.
         */
        post: operations["recordClaimCost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/turnover-declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare a month’s insurable turnover in one country; declaring it again corrects it (the history is kept)
         * @description `period` is neither a month not yet begun (in_the_future) nor before the month of the policy’s inceptionDate (before_inception).
         */
        post: operations["declareTurnover"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/premium": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A policy year’s (or a calendar year’s) declared turnover by month and country, its premium, the minimum premium adjustment, what is due
         * @description The minimum premium is settled per policy year, anniversary to anniversary of the policy’s inceptionDate; a month’s turnover belongs to the policy year its last day falls in. `?on=YYYY-MM-DD` (default: today, or the inception date while the policy has not begun) answers the policy year containing that day (view policy_year, with policyYear {from, to}); its minimum premium adjustment is owed once today is after policyYear.to, projected until then. `?year=YYYY` answers that calendar year’s months (view calendar_year): no minimum premium adjustment, and minimumPremiumNote names the policy years to ask for, unless the calendar year is a policy year (inception on 1 January). Naming both is refused (exclusive); a day or a year before the policy began too (before_inception).
         */
        get: operations["getPremium"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Limits and exposure by grade, sector and country; concentration; expected loss; buyers whose grade worsened; headroom */
        get: operations["getPortfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/portfolio/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly snapshots of your portfolio figures, oldest first */
        get: operations["getPortfolioHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/insurer/portfolio": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The portfolio of every tenant together (EUR), buyer capacity used, exposure under open sector alerts */
        get: operations["getInsurerPortfolio"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your invoices: on a buyer by issue date, or all of them; open or paid ones only with status */
        get: operations["listInvoices"];
        put?: never;
        /**
         * Declare an invoice, or up to 100; a number already used answers 409 with the existing id
         * @description Each `dueDate` is on or after its `issueDate`; invoices are in the policy currency; a number appears once per batch and an `orderId` once. A batch is judged whole: one refusal stores nothing.
         */
        post: operations["createInvoices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{invoiceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your invoices */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{invoiceId}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a payment on an invoice; more than is outstanding answers 400
         * @description `amount` is at most what is outstanding; `paidOn` is neither before the invoice’s issue date (before_issue_date) nor after today (in_the_future): 400 naming each.
         */
        post: operations["recordPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invoices/{invoiceId}/payments/{paymentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One payment recorded on one of your invoices, with the invoice as it is now */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exposure/{buyerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your exposure on a buyer: limit in force, outstanding, committed, headroom */
        get: operations["getExposure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cover-checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Is this order covered? Covered amount, excess, recommendation; with commit, reserve it */
        post: operations["coverCheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your committed orders: committed, released or invoiced */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        /** Release a committed order’s reservation */
        delete: operations["releaseOrder"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/decision-matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your decision matrix: grade bands × margin × strategic importance → recommendation */
        get: operations["getDecisionMatrix"];
        /**
         * Replace your decision matrix (first matching rule wins; every grade must be reached)
         * @description Every grade from 1 to 10 must be reached by some rule: otherwise 400 naming rules.
         */
        put: operations["putDecisionMatrix"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your webhook endpoints (never their secrets) */
        get: operations["listWebhooks"];
        put?: never;
        /** Register a webhook endpoint; its signing secret is shown this once */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhookId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A webhook endpoint */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Delete an endpoint */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change an endpoint’s URL, event types, description, or enable or disable it
         * @description Name at least one field to change.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{webhookId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new signing secret; the previous one keeps signing for 24 hours beside it */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhookId}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a webhook.test event to this endpoint (whatever event types it subscribes to) */
        post: operations["sendTestEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhookId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The delivery log of an endpoint, newest first: status, attempts, response code, latency, next attempt */
        get: operations["listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhookId}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One delivery with every attempt and the payload sent */
        get: operations["getDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{webhookId}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again now, with the same webhook-id, and a fresh retry schedule if it fails */
        post: operations["replayDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant’s event log, oldest first: what its webhooks receive, for clients that poll instead
         * @description Every event of the tenant its webhooks could subscribe to, kept 30 days, each with the body a webhook delivery carries ({type, timestamp, tenantId, data}) and its ids. An event is in the log as soon as the change it tells of is stored (they are written in one transaction). To poll: read from `since` to the end (following `cursor`), then next time pass the id of the last event you processed as `since`. Event ids follow the time their writer stamped, and writes that commit late may land a little behind the newest id: to be sure to see every event, take up from a timestamp a minute before the last event you processed and skip the ids you have already seen.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Health: {
            /** @enum {string} */
            status: "ok" | "degraded";
            service: string;
            version: string;
            /** Format: date-time */
            time: string;
            checks: {
                table: {
                    /** @enum {string} */
                    status: "ok" | "error";
                    name: string;
                    detail?: string;
                    itemCount?: number;
                };
                bus: {
                    /** @enum {string} */
                    status: "ok" | "error";
                    name: string;
                    detail?: string;
                };
            };
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /** Format: uri */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            correlationId?: string;
            errors?: components["schemas"]["FieldError"][];
        } & {
            [key: string]: unknown;
        };
        FieldError: {
            /** @enum {string} */
            in: "body" | "query" | "path" | "header";
            /** @description Dotted path of the failing field; empty for the whole body. */
            field: string;
            /** @description JSON pointer to the failing field, e.g. #/policy/coverPercent */
            pointer: string;
            code: string;
            detail: string;
        };
        /** @description This OpenAPI 3.1 document */
        OpenApiDocument: {
            [key: string]: unknown;
        };
        CreatedTenant: {
            /** @description Tenant id (ten_…) */
            tenantId: string;
            name: string;
            /**
             * @description Throttling tier (rate and burst per tier)
             * @enum {string}
             */
            tier: "standard" | "premium";
            /** @enum {string} */
            status: "active";
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            policy: components["schemas"]["Policy"];
            apiKey: components["schemas"]["NewApiKey"];
        };
        Policy: {
            policyNumber: string;
            /**
             * @description ISO 4217 currency code
             * @example EUR
             */
            currency: string;
            /** @description Share of a covered loss the insurer pays (80–95) */
            coverPercent: number;
            /** @description Deducted from each claim, minor units */
            deductible: number;
            /** @description Losses at or below it are not paid, minor units */
            claimThreshold: number;
            /** @description Most the insurer pays per policy year, minor units (absent when only maxLiabilityMultiple bounds it) */
            maxLiability?: number;
            /** @description Most the insurer pays per policy year, as a multiple of the policy year’s premium (e.g. 30); with maxLiability too, the lower applies */
            maxLiabilityMultiple?: number;
            /**
             * @description after_percent (default): floor(loss × coverPercent) − deductible; before_percent: floor((loss − deductible) × coverPercent), the insured percentage of the loss in excess of the deductible
             * @default after_percent
             * @enum {string}
             */
            deductibleApplies: "after_percent" | "before_percent";
            /**
             * @description Per policy year, used up by qualifying losses before any indemnity; minor units
             * @default 0
             */
            aggregateFirstLoss: number;
            /** @description Premium as a share of insurable turnover (0.001–0.005) */
            premiumRate: number;
            /** @description The least the policy year costs, minor units */
            minimumPremium: number;
            /** @description Longest payment term covered */
            maxCreditPeriodDays: number;
            /** @description Days after the oldest unpaid due date by which an overdue must be notified */
            maxExtensionDays: number;
            /** @description Protracted default: days after the overdue notification before indemnity */
            waitingPeriodDays: number;
            /**
             * @description Days after the end of the maximum extension period (mepEndsOn) by which an overdue must be notified (0: by mepEndsOn itself)
             * @default 0
             */
            notificationPeriodDays: number;
            /** @description Amount up to which the policyholder may self-approve a limit (0 = none) */
            discretionaryLimit: number;
            coveredCountries: string[];
            politicalRiskCovered: boolean;
            /** @description Share of a political loss the insurer pays (80–95); absent = coverPercent */
            politicalCoverPercent?: number;
            /**
             * @description Political claims: days after the overdue notification before indemnity
             * @default 180
             */
            politicalWaitingPeriodDays: number;
            /**
             * Format: date
             * @description Start of the first policy year
             * @example 2026-11-26
             */
            inceptionDate: string;
            /** @description Increases by one with each change; older versions stay readable */
            version: number;
            /**
             * Format: date-time
             * @description When this version took effect
             */
            effectiveFrom: string;
            /** @description Key id of who made this version */
            changedBy: string;
        };
        NewApiKey: {
            /** @description API key id (key_…) */
            keyId: string;
            /** @enum {string} */
            role: "insurer" | "policyholder" | "broker";
            /** @description The first characters of the key, to recognise it */
            prefix: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            /** @description The key that created this one (key_…); absent for the first insurer key, which the operator made */
            createdBy?: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            revokedAt?: string;
            /**
             * Format: date-time
             * @description When it last changed (created, revoked): what updatedSince sorts by
             */
            updatedAt: string;
            /** @description The secret. Shown this once: only its hash is stored. */
            key: string;
        };
        CreateTenant: {
            name: string;
            /**
             * @description Throttling tier (rate and burst per tier). Default when left out: "standard".
             * @enum {string}
             */
            tier?: "standard" | "premium";
            policy: components["schemas"]["PolicyInput"];
        };
        PolicyInput: {
            policyNumber: string;
            /**
             * @description ISO 4217 code of a currency the system knows (EUR, USD, GBP, CHF, PLN, SEK, JPY, AUD, BRL, CAD, CNY, CZK, DKK, HKD, HUF, INR, KRW, MXN, NOK, SGD, TRY, ZAR); outside EUR, limits need the insurer's reference rate in force on the decision day
             * @example EUR
             */
            currency: string;
            /** @description Share of a covered loss the insurer pays (80–95). Default when left out: 90. */
            coverPercent?: number;
            /** @description Deducted from each claim. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). Default when left out: 0. */
            deductible?: number;
            /** @description The non-qualifying loss: covered losses at or below it are not paid and use no aggregate first loss. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). Default when left out: 0. */
            claimThreshold?: number;
            /** @description Most the insurer pays per policy year, as an amount (with maxLiabilityMultiple too, the lower applies). Integer minor units, from 1 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
            maxLiability?: number;
            /** @description Most the insurer pays per policy year, as a multiple of the policy year’s premium (e.g. 30); with maxLiability too, the lower applies */
            maxLiabilityMultiple?: number;
            /**
             * @description after_percent (default): floor(loss × coverPercent) − deductible; before_percent: floor((loss − deductible) × coverPercent), the insured percentage of the loss in excess of the deductible. Default when left out: "after_percent".
             * @enum {string}
             */
            deductibleApplies?: "after_percent" | "before_percent";
            /** @description Per policy year: covered losses above the non-qualifying loss (claimThreshold) use it up, in date-of-loss order, before any indemnity (0 = none). Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). Default when left out: 0. */
            aggregateFirstLoss?: number;
            /** @description Premium as a share of insurable turnover (0.001–0.005) */
            premiumRate: number;
            /** @description The least the policy year costs. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). Default when left out: 0. */
            minimumPremium?: number;
            /** @description Longest payment term covered. Default when left out: 120. */
            maxCreditPeriodDays?: number;
            /** @description Days after the oldest unpaid due date by which an overdue must be notified. Default when left out: 60. */
            maxExtensionDays?: number;
            /** @description Protracted default: days after the overdue notification before indemnity. Default when left out: 180. */
            waitingPeriodDays?: number;
            /** @description Days after the end of the maximum extension period (mepEndsOn) by which an overdue must be notified (0: by mepEndsOn itself). Default when left out: 0. */
            notificationPeriodDays?: number;
            /** @description Amount up to which the policyholder may self-approve a limit (0 = none). Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). Default when left out: 0. */
            discretionaryLimit?: number;
            coveredCountries: string[];
            /** @description Default when left out: false. */
            politicalRiskCovered?: boolean;
            /** @description Share of a political loss the insurer pays (80–95); absent = coverPercent */
            politicalCoverPercent?: number;
            /** @description Political claims: days after the overdue notification before indemnity. Default when left out: 180. */
            politicalWaitingPeriodDays?: number;
            /**
             * Format: date
             * @description Start of the first policy year; turnover is declared from its month on. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
             * @example 2026-11-26
             */
            inceptionDate?: string;
        };
        TenantPage: {
            items: components["schemas"]["Tenant"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        Tenant: {
            /** @description Tenant id (ten_…) */
            tenantId: string;
            name: string;
            /**
             * @description Throttling tier (rate and burst per tier)
             * @enum {string}
             */
            tier: "standard" | "premium";
            /** @enum {string} */
            status: "active";
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            policy: components["schemas"]["Policy"];
        };
        PolicyPatch: {
            policyNumber?: string;
            /** @description Share of a covered loss the insurer pays (80–95) */
            coverPercent?: number;
            /** @description Deducted from each claim. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
            deductible?: number;
            /** @description The non-qualifying loss: covered losses at or below it are not paid and use no aggregate first loss. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
            claimThreshold?: number;
            /** @description Most the insurer pays per policy year, as an amount (with maxLiabilityMultiple too, the lower applies). Integer minor units, from 1 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
            maxLiability?: number;
            /** @description Most the insurer pays per policy year, as a multiple of the policy year’s premium (e.g. 30); with maxLiability too, the lower applies */
            maxLiabilityMultiple?: number;
            /**
             * @description after_percent (default): floor(loss × coverPercent) − deductible; before_percent: floor((loss − deductible) × coverPercent), the insured percentage of the loss in excess of the deductible
             * @enum {string}
             */
            deductibleApplies?: "after_percent" | "before_percent";
            /** @description Per policy year: covered losses above the non-qualifying loss (claimThreshold) use it up, in date-of-loss order, before any indemnity (0 = none). Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
            aggregateFirstLoss?: number;
            /** @description Premium as a share of insurable turnover (0.001–0.005) */
            premiumRate?: number;
            /** @description The least the policy year costs. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
            minimumPremium?: number;
            /** @description Longest payment term covered */
            maxCreditPeriodDays?: number;
            /** @description Days after the oldest unpaid due date by which an overdue must be notified */
            maxExtensionDays?: number;
            /** @description Protracted default: days after the overdue notification before indemnity */
            waitingPeriodDays?: number;
            /** @description Days after the end of the maximum extension period (mepEndsOn) by which an overdue must be notified (0: by mepEndsOn itself) */
            notificationPeriodDays?: number;
            /** @description Amount up to which the policyholder may self-approve a limit (0 = none). Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
            discretionaryLimit?: number;
            coveredCountries?: string[];
            politicalRiskCovered?: boolean;
            /** @description Share of a political loss the insurer pays (80–95); absent = coverPercent */
            politicalCoverPercent?: number;
            /** @description Political claims: days after the overdue notification before indemnity */
            politicalWaitingPeriodDays?: number;
            /**
             * Format: date
             * @description Start of the first policy year; turnover is declared from its month on. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
             * @example 2026-11-26
             */
            inceptionDate?: string;
            /** @description Cannot change: sending it answers 400 validation, code immutable */
            currency?: unknown;
        };
        PolicyPage: {
            items: components["schemas"]["Policy"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        ApiKeyPage: {
            items: components["schemas"]["ApiKey"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        ApiKey: {
            /** @description API key id (key_…) */
            keyId: string;
            /** @enum {string} */
            role: "insurer" | "policyholder" | "broker";
            /** @description The first characters of the key, to recognise it */
            prefix: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            /** @description The key that created this one (key_…); absent for the first insurer key, which the operator made */
            createdBy?: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            revokedAt?: string;
            /**
             * Format: date-time
             * @description When it last changed (created, revoked): what updatedSince sorts by
             */
            updatedAt: string;
        };
        CreatedBroker: {
            /** @description Broker id (brk_…) */
            brokerId: string;
            name: string;
            tenantIds: string[];
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            apiKey: components["schemas"]["NewApiKey"];
        };
        CreateBroker: {
            name: string;
            tenantIds: string[];
        };
        Broker: {
            /** @description Broker id (brk_…) */
            brokerId: string;
            name: string;
            tenantIds: string[];
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
        };
        Mandates: {
            tenantIds: string[];
        };
        Buyer: {
            /** @description Buyer id (byr_…) */
            buyerId: string;
            legalName: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example FR
             */
            country: string;
            registrationId: string;
            /**
             * @description NACE Rev. 2 section and division
             * @example C29
             */
            sector: string;
            /** @description Risk grade: 1 lowest risk … 10 insolvent or defaulted */
            grade: number;
            /** @enum {string} */
            status: "active" | "insolvent" | "closed";
            /**
             * @description private: a company; public: a public body (state, local authority, public institution), which cannot be insolvent
             * @enum {string}
             */
            kind: "private" | "public";
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            updatedAt: string;
        };
        CreateBuyer: {
            legalName: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example FR
             */
            country: string;
            /** @description National registration id (SIREN, VAT number…); spaces are ignored, letters upper-cased */
            registrationId: string;
            /**
             * @description NACE Rev. 2 section and division
             * @example C29
             */
            sector: string;
            /** @description Risk grade: 1 lowest risk … 10 insolvent or defaulted */
            grade: number;
            /**
             * @description Default when left out: "active".
             * @enum {string}
             */
            status?: "active" | "insolvent" | "closed";
            /**
             * @description private: a company; public: a public body (state, local authority, public institution), which cannot be insolvent. Default when left out: "private".
             * @enum {string}
             */
            kind?: "private" | "public";
        };
        BuyerPage: {
            items: components["schemas"]["Buyer"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        PatchBuyer: {
            legalName?: string;
            /**
             * @description NACE Rev. 2 section and division
             * @example C29
             */
            sector?: string;
            /** @description Risk grade: 1 lowest risk … 10 insolvent or defaulted */
            grade?: number;
            /** @enum {string} */
            status?: "active" | "insolvent" | "closed";
            /**
             * @description private: a company; public: a public body (state, local authority, public institution), which cannot be insolvent
             * @enum {string}
             */
            kind?: "private" | "public";
        };
        CountryList: {
            items: components["schemas"]["Country"][];
            /** @description OECD country risk category: 0 lowest … 7 highest */
            defaultCategory: number;
        };
        Country: {
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example FR
             */
            countryCode: string;
            /** @description OECD country risk category: 0 lowest … 7 highest */
            category: number;
            isDefault: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            updatedAt?: string;
        };
        PutCountry: {
            /** @description OECD country risk category: 0 lowest … 7 highest */
            category: number;
        };
        FxPublication: {
            /**
             * Format: date
             * @description The date the rates were published for
             * @example 2026-11-26
             */
            date: string;
            /** @description Per currency, units of it for 1 EUR */
            rates: {
                [key: string]: string;
            };
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            publishedAt: string;
            /** @description 1 when first published, one more each time it is replaced */
            version: number;
            /** @description What each replacement replaced, oldest first */
            history: {
                /** @description Per currency, units of it for 1 EUR */
                rates: {
                    [key: string]: string;
                };
                /**
                 * Format: date-time
                 * @description ISO 8601 timestamp, UTC
                 */
                publishedAt: string;
            }[];
        };
        PutFxRates: {
            /**
             * @description Per ISO 4217 code other than EUR (USD, GBP, CHF, PLN, SEK, JPY, AUD, BRL, CAD, CNY, CZK, DKK, HKD, HUF, INR, KRW, MXN, NOK, SGD, TRY, ZAR), each once: units of it for 1 EUR.
             * @example {
             *       "USD": "1.0842",
             *       "GBP": 0.8411
             *     }
             */
            rates: {
                [key: string]: string | number;
            };
        };
        FxRatesInForce: {
            /**
             * Format: date
             * @description The day asked about
             * @example 2026-11-26
             */
            date: string;
            /** @description Per currency with a rate in force on the day: the rate and the date it was published for */
            rates: {
                [key: string]: {
                    /**
                     * @description Units of the currency for 1 EUR, exact (at most 6 decimal places)
                     * @example 1.0842
                     */
                    rate: string;
                    /**
                     * Format: date
                     * @description The date of the publication this rate comes from: the latest on or before the day that names the currency
                     * @example 2026-11-26
                     */
                    publishedFor: string;
                };
            };
        };
        FxPublicationList: {
            items: components["schemas"]["FxPublication"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        LimitDecision: {
            /** @description Limit request id (lrq_…) */
            requestId: string;
            /** @description Buyer id (byr_…) */
            buyerId: string;
            /** @enum {string} */
            type: "new" | "increase" | "reduce" | "cancel";
            /** @enum {string} */
            decision: "approved" | "partly_approved" | "not_approved" | "conditional" | "referred" | "reduced" | "cancelled";
            /** @description UN/EDIFACT 4507 credit cover response type code */
            code: string;
            /** @description Permanent limit now in force (0 is a zero limit, a decision); while referred, the limit in force meanwhile, unchanged */
            amount: number;
            /** @description The permanent limit asked for (0 for a cancel) */
            requestedAmount: number;
            /** @description The permanent limit in force when the request was made */
            currentAmount: number;
            currency: string;
            temporary?: {
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                amount: number;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                expiresOn: string;
            };
            reasons: components["schemas"]["Reason"][];
            conditions: components["schemas"]["Condition"][];
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            expiresOn?: string;
            /** @description Referral id (ref_…) */
            referralId?: string;
            /** @enum {string} */
            source: "automatic" | "discretionary" | "underwriter";
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            decidedAt: string;
        };
        Reason: {
            code: string;
            message: string;
        };
        Condition: {
            code: string;
            message: string;
            maxPaymentTermsDays?: number;
        };
        LimitRequest: {
            /** @description Buyer id (byr_…) */
            buyerId: string;
            /** @enum {string} */
            type: "new" | "increase" | "reduce" | "cancel";
            /** @description The permanent limit you ask for (not the increment); omitted for cancel */
            amount?: number;
            /** @description An extra tranche until a date; with the permanent amount, at most 1,000,000,000,000 in all */
            temporary?: {
                /** @description Positive multiple of 1,000 units of the policy currency, in minor units (EUR: 100000). Integer minor units, from 1 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                amount: number;
                /**
                 * Format: date
                 * @description The last day the tranche counts. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
                 * @example 2026-11-26
                 */
                expiresOn: string;
            };
        };
        LimitPage: {
            items: components["schemas"]["Limit"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        Limit: {
            /** @description Buyer id (byr_…) */
            buyerId: string;
            currency: string;
            /** @description Limit in force today: the permanent part plus a temporary tranche not yet expired */
            amount: number;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            permanent: number;
            temporary?: {
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                amount: number;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                expiresOn: string;
            };
            /** @enum {string} */
            decision: "approved" | "partly_approved" | "not_approved" | "conditional" | "referred" | "reduced" | "cancelled";
            code: string;
            conditions: components["schemas"]["Condition"][];
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            effectiveOn?: string;
            /**
             * Format: date
             * @description A time-limited approval ends on this date
             * @example 2026-11-26
             */
            expiresOn?: string;
            /** @description A downgrade notified ahead: deliveries from effectiveOn count against this amount */
            pendingReduction?: {
                /** @description The whole limit (permanent and temporary) allowed from effectiveOn */
                amount: number;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                effectiveOn: string;
            };
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            updatedAt: string;
        };
        LimitWithHistory: {
            /** @description Buyer id (byr_…) */
            buyerId: string;
            currency: string;
            /** @description Limit in force today: the permanent part plus a temporary tranche not yet expired */
            amount: number;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            permanent: number;
            temporary?: {
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                amount: number;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                expiresOn: string;
            };
            /** @enum {string} */
            decision: "approved" | "partly_approved" | "not_approved" | "conditional" | "referred" | "reduced" | "cancelled";
            code: string;
            conditions: components["schemas"]["Condition"][];
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            effectiveOn?: string;
            /**
             * Format: date
             * @description A time-limited approval ends on this date
             * @example 2026-11-26
             */
            expiresOn?: string;
            /** @description A downgrade notified ahead: deliveries from effectiveOn count against this amount */
            pendingReduction?: {
                /** @description The whole limit (permanent and temporary) allowed from effectiveOn */
                amount: number;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                effectiveOn: string;
            };
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            updatedAt: string;
            history: components["schemas"]["LimitHistoryEntry"][];
        };
        LimitHistoryEntry: {
            /**
             * Format: date-time
             * @description When the change was recorded (ISO 8601 timestamp, UTC)
             */
            at: string;
            by: {
                role: string;
                keyId: string;
            };
            from: {
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                amount: number;
                temporary?: {
                    /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                    amount: number;
                    /**
                     * Format: date
                     * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                     * @example 2026-11-26
                     */
                    expiresOn: string;
                };
            };
            to: {
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                amount: number;
                temporary?: {
                    /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                    amount: number;
                    /**
                     * Format: date
                     * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                     * @example 2026-11-26
                     */
                    expiresOn: string;
                };
            };
            /** @enum {string} */
            decision: "approved" | "partly_approved" | "not_approved" | "conditional" | "referred" | "reduced" | "cancelled";
            code: string;
            /** @enum {string} */
            source: "automatic" | "discretionary" | "underwriter" | "monitoring";
            reasons: components["schemas"]["Reason"][];
            requestId?: string;
            referralId?: string;
            /**
             * Format: date
             * @description The first delivery day the change applies to, when it is not the day of `at`: later for a cut notified ahead, earlier for an insolvency recorded after the day it was opened (the cancellation dates from its `occurredOn`)
             * @example 2026-11-26
             */
            effectiveOn?: string;
            /** @description The limit's conditions after this change; they bind deliveries under it (absent on entries recorded before conditions were kept in the history) */
            conditions?: components["schemas"]["Condition"][];
            /**
             * Format: date
             * @description After this change the limit is a time-limited approval: it covers no delivery after this day
             * @example 2026-11-26
             */
            expiresOn?: string;
        };
        LimitRulesInForce: {
            /** @description Most the insurer insures on one buyer, all tenants together, by grade (EUR minor units) */
            buyerCapacityEur: {
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                1: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                2: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                3: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                4: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                5: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                6: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                7: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                8: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                9: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                10: number;
            };
            /** @description Largest limit decided without an underwriter, by grade (EUR minor units) */
            autoDecisionCeilingEur: {
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                1: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                2: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                3: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                4: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                5: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                6: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                7: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                8: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                9: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                10: number;
            };
            conditionalFromGrade: number;
            conditionalMaxPaymentTermsDays: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            updatedAt?: string;
            isDefault: boolean;
        };
        LimitRules: {
            /** @description Most the insurer insures on one buyer, all tenants together, by grade (EUR minor units) */
            buyerCapacityEur: {
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                1: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                2: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                3: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                4: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                5: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                6: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                7: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                8: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                9: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                10: number;
            };
            /** @description Largest limit decided without an underwriter, by grade (EUR minor units) */
            autoDecisionCeilingEur: {
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                1: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                2: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                3: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                4: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                5: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                6: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                7: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                8: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                9: number;
                /** @description EUR minor units. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                10: number;
            };
            conditionalFromGrade: number;
            conditionalMaxPaymentTermsDays: number;
        };
        ReferralPage: {
            items: components["schemas"]["Referral"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        Referral: {
            /** @description Referral id (ref_…) */
            referralId: string;
            tenantId: string;
            /** @description Buyer id (byr_…) */
            buyerId: string;
            requestId: string;
            /** @enum {string} */
            type: "new" | "increase" | "reduce" | "cancel";
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            amount: number;
            currency: string;
            temporary?: {
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                amount: number;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                expiresOn: string;
            };
            reasons: components["schemas"]["Reason"][];
            /** @enum {string} */
            status: "pending" | "decided";
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            decidedAt?: string;
            /** @enum {string} */
            decision?: "approved" | "partly_approved" | "not_approved" | "conditional" | "referred" | "reduced" | "cancelled";
        };
        UnderwriterDecision: {
            /** @enum {string} */
            decision: "approved" | "partly_approved" | "not_approved" | "conditional";
            /** @description Multiple of 1,000 units of the policy currency; 0 for a refusal. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
            amount: number;
            reasons: {
                code: string;
                message: string;
            }[];
            /** @description Default when left out: []. */
            conditions?: {
                code: string;
                message: string;
                maxPaymentTermsDays?: number;
            }[];
            /**
             * Format: date
             * @description The limit granted ends on this date (a time-limited approval). Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
             * @example 2026-11-26
             */
            expiresOn?: string;
        };
        RecordedRiskEvents: {
            items: components["schemas"]["RecordedRiskEvent"][];
        };
        RecordedRiskEvent: {
            riskEventId: string;
            /** @description Buyer id (byr_…) */
            buyerId: string;
            /** @enum {string} */
            type: "insolvency_opened" | "payment_incident" | "rating_change" | "financials" | "closure";
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            occurredOn: string;
            from: {
                /** @description Risk grade: 1 lowest risk … 10 insolvent or defaulted */
                grade: number;
                /** @enum {string} */
                status: "active" | "insolvent" | "closed";
            };
            to: {
                /** @description Risk grade: 1 lowest risk … 10 insolvent or defaulted */
                grade: number;
                /** @enum {string} */
                status: "active" | "insolvent" | "closed";
            };
            reasons: {
                code: string;
                message: string;
            }[];
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            recordedAt: string;
        };
        /** @description One risk event, or up to 500 in {events: […]}, applied in order */
        RiskEvents: components["schemas"]["RiskEventInput"] | {
            events: components["schemas"]["RiskEventInput"][];
        };
        RiskEventInput: {
            /** @description Buyer id (byr_…) */
            buyerId: string;
            /** @enum {string} */
            type: "insolvency_opened" | "payment_incident" | "rating_change" | "financials" | "closure";
            /**
             * Format: date
             * @description When it happened (an insolvency: the date of the judgment, from which it cancels the limits, even recorded later); not after today. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
             * @example 2026-11-26
             */
            occurredOn: string;
            /**
             * @description Payment incidents and financial statements: how bad (default medium)
             * @enum {string}
             */
            severity?: "low" | "medium" | "high";
            /** @description Cuts take effect at once instead of 30 days after the notice (a buyer insolvent, closed or graded 10 loses its limits at once anyway) */
            urgent?: boolean;
            /** @description Required for rating_change; optional for financials */
            newGrade?: number;
            details?: string;
        };
        MonitoringRulesResponse: {
            downgrades: {
                /** @description Grade 1–9 → percent of the limit kept on a regrade to it (a regrade to 10 always cancels) */
                keepPercentByGrade: {
                    [key: string]: number;
                };
                noticeDays: number;
            };
            sectorAlerts: {
                windowDays: number;
                baselineMonths: number;
                minCount: number;
                minRatio: number;
                /** @description Grade → percent of the limit kept under an alert; at least one grade (the lowest is the alert’s minGrade) */
                keepPercentByGrade: {
                    [key: string]: number;
                };
                noticeDays: number;
            };
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            updatedAt?: string;
        };
        MonitoringRules: {
            downgrades: {
                /** @description Grade 1–9 → percent of the limit kept on a regrade to it (a regrade to 10 always cancels) */
                keepPercentByGrade: {
                    [key: string]: number;
                };
                noticeDays: number;
            };
            sectorAlerts: {
                windowDays: number;
                baselineMonths: number;
                minCount: number;
                minRatio: number;
                /** @description Grade → percent of the limit kept under an alert; at least one grade (the lowest is the alert’s minGrade) */
                keepPercentByGrade: {
                    [key: string]: number;
                };
                noticeDays: number;
            };
        };
        Watch: {
            /** @description Buyer id (byr_…) */
            buyerId: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            since: string;
            /**
             * Format: date-time
             * @description The same as since: a watch never changes (stopping it deletes it); what updatedSince sorts by
             */
            updatedAt: string;
        };
        WatchPage: {
            items: components["schemas"]["Watch"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        SectorAlertPage: {
            items: components["schemas"]["SectorAlert"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        SectorAlert: {
            /** @description Sector alert id (sal_…) */
            alertId: string;
            /**
             * @description NACE Rev. 2 section and division
             * @example C29
             */
            sector: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example FR
             */
            country: string;
            /** @enum {string} */
            status: "open" | "closed";
            /** @enum {string} */
            source: "detector" | "manual";
            reason?: string;
            /** @description What the detector counted: insolvencies in the window, the baseline per window, their ratio */
            detection?: {
                count: number;
                baselinePerWindow: number;
                ratio: number | null;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                windowStart: string;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                windowEnd: string;
            };
            /** @description Limits on buyers of this grade and worse are cut */
            minGrade: number;
            /** @description Grade → percent of the limit kept (grades not listed keep their limits) */
            keepPercentByGrade: {
                [key: string]: number;
            };
            noticeDays: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            openedAt: string;
            openedBy: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            closedAt?: string;
            /** @description Once its cuts are applied: how many limits changed, how many tenants were told */
            applied?: {
                limitsChanged: number;
                tenantsNotified: number;
                /**
                 * Format: date-time
                 * @description ISO 8601 timestamp, UTC
                 */
                at: string;
            };
            /** @description The fan-out, as work items run by several workers: chunks of buyers to cut and of tenants to tell, planned and done */
            progress?: {
                /** @enum {string} */
                phase: "cutting" | "notifying" | "done";
                cutItems: number;
                cutDone: number;
                notifyItems: number;
                notifyDone: number;
                /**
                 * Format: date-time
                 * @description ISO 8601 timestamp, UTC
                 */
                startedAt: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 timestamp, UTC
                 */
                finishedAt?: string;
            };
        };
        RaiseSectorAlert: {
            /**
             * @description NACE Rev. 2 section and division
             * @example C29
             */
            sector: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example FR
             */
            country: string;
            reason?: string;
        };
        CountryEvent: {
            /** @description Country event id (cev_…) */
            eventId: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example FR
             */
            country: string;
            /**
             * @description What stops the money in the country
             * @enum {string}
             */
            type: "war" | "transfer_restriction" | "payment_moratorium" | "expropriation" | "import_licence_cancelled" | "other";
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            occurredOn: string;
            description: string;
            /**
             * @description closed once the insurer closed it (POST …/close), whatever the day
             * @enum {string}
             */
            status: "open" | "closed";
            /**
             * Format: date
             * @description Open on a day when occurredOn ≤ day < closedOn
             * @example 2026-11-26
             */
            closedOn?: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            createdBy: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            closedAt?: string;
        };
        CreateCountryEvent: {
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example FR
             */
            country: string;
            /**
             * @description What stops the money in the country
             * @enum {string}
             */
            type: "war" | "transfer_restriction" | "payment_moratorium" | "expropriation" | "import_licence_cancelled" | "other";
            /**
             * Format: date
             * @description The first day it is open; not after today. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
             * @example 2026-11-26
             */
            occurredOn: string;
            /** @description What happened, for the tenants told */
            description: string;
        };
        CountryEventPage: {
            items: components["schemas"]["CountryEvent"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        CloseCountryEvent: {
            /**
             * Format: date
             * @description The first day it is no longer open: not before occurredOn, not after today. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
             * @example 2026-11-26
             */
            closedOn: string;
        };
        Claim: {
            /** @description Claim id (clm_…) */
            claimId: string;
            /** @description Buyer id (byr_…) */
            buyerId: string;
            currency: string;
            /** @enum {string} */
            status: "notified" | "in_collection" | "recovered" | "indemnifiable" | "indemnified" | "closed";
            invoices: {
                /** @description Invoice id (inv_…) */
                invoiceId: string;
                /** @description In the invoice’s currency */
                amount: number;
                /** @description In the invoice’s currency */
                outstanding: number;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                issueDate: string;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                dueDate: string;
                /** @description The invoice’s currency when it is not the policy currency: the indemnity converts it at the rate in force on the date of loss */
                currency?: string;
            }[];
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            outstanding: number;
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            notifiedOn: string;
            /**
             * Format: date
             * @description The notification deadline the notification met
             * @example 2026-11-26
             */
            deadline: string;
            /**
             * Format: date
             * @description The end of the maximum extension period when notified: invoices delivered after it are left out of the indemnity
             * @example 2026-11-26
             */
            mepEndsOn?: string;
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            waitingPeriodEndsOn: string;
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            dateOfLoss?: string;
            /**
             * @description commercial, or political: its own waiting period and cover percentage
             * @enum {string}
             */
            riskType: "commercial" | "political";
            /** @enum {string} */
            lossCause?: "insolvency" | "protracted_default" | "political";
            indemnity?: components["schemas"]["Indemnity"];
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            indemnifiedOn?: string;
            collections: {
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                amount: number;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                receivedOn: string;
                allocations: {
                    /** @description Invoice id (inv_…) */
                    invoiceId: string;
                    /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                    amount: number;
                }[];
            }[];
            recoveries: {
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                amount: number;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                receivedOn: string;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                insurerShare: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                policyholderShare: number;
            }[];
            /** @description Collection costs, shared like recoveries */
            costs: {
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                amount: number;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                incurredOn: string;
                description: string;
                /**
                 * Format: date-time
                 * @description ISO 8601 timestamp, UTC
                 */
                recordedAt: string;
                /** @description Once paid: the insurer’s share, by its share of the loss */
                insurerShare?: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                policyholderShare?: number;
                /**
                 * Format: date
                 * @description When the insurer paid its share: with the indemnity, or at once when recorded after it
                 * @example 2026-11-26
                 */
                paidOn?: string;
            }[];
            documents: {
                invoices?: {
                    /** @enum {string} */
                    status: "missing" | "provided";
                    /**
                     * Format: date-time
                     * @description ISO 8601 timestamp, UTC
                     */
                    updatedAt?: string;
                    note?: string;
                };
                proof_of_delivery?: {
                    /** @enum {string} */
                    status: "missing" | "provided";
                    /**
                     * Format: date-time
                     * @description ISO 8601 timestamp, UTC
                     */
                    updatedAt?: string;
                    note?: string;
                };
                correspondence?: {
                    /** @enum {string} */
                    status: "missing" | "provided";
                    /**
                     * Format: date-time
                     * @description ISO 8601 timestamp, UTC
                     */
                    updatedAt?: string;
                    note?: string;
                };
                statement_of_account?: {
                    /** @enum {string} */
                    status: "missing" | "provided";
                    /**
                     * Format: date-time
                     * @description ISO 8601 timestamp, UTC
                     */
                    updatedAt?: string;
                    note?: string;
                };
            };
            timeline: {
                /**
                 * Format: date-time
                 * @description ISO 8601 timestamp, UTC
                 */
                at: string;
                event: string;
                detail: string;
            }[];
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            updatedAt: string;
        };
        /** @description Every number of the indemnity, with the sentence that explains it */
        Indemnity: {
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            outstanding: number;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            coveredLoss: number;
            coverPercent: number;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            deductible: number;
            /**
             * @description Whether the deductible was taken after the cover percentage or before it
             * @enum {string}
             */
            deductibleApplies: "after_percent" | "before_percent";
            /** @description The policy’s claimThreshold: a covered loss at or below it pays nothing (absent on claims valued before it was kept) */
            nonQualifyingLoss?: number;
            /** @description The policy year’s aggregate first loss */
            aggregateFirstLoss: number;
            /** @description What this claim used of it */
            aggregateFirstLossUsed: number;
            /** @description What is left of it after this claim */
            aggregateFirstLossLeft: number;
            /** @description The policy year’s maximum liability in force: the lower of the amount and the multiple of the year’s premium */
            maxLiability?: number;
            /** @enum {string} */
            cappedBy?: "limit" | "max_liability";
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            amount: number;
            /** @description Collection costs incurred on the claim when valued */
            collectionCosts: number;
            /** @description The insurer’s share of them, floor(costs × amount / outstanding), paid with the indemnity */
            collectionCostsShare: number;
            /** @description The policy version in force at the date of loss, whose terms made this indemnity (absent on claims valued before it was kept) */
            policyVersion?: number;
            invoices: {
                /** @description Invoice id (inv_…) */
                invoiceId: string;
                /** @description In the policy currency */
                outstanding: number;
                original?: components["schemas"]["ClaimInvoiceOriginal"];
                covered: boolean;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                coveredAmount: number;
                reason: components["schemas"]["ClaimReason"];
            }[];
            reasons: components["schemas"]["ClaimReason"][];
        };
        /** @description An invoice in another currency than the policy’s: what it showed, and the rate that converted it */
        ClaimInvoiceOriginal: {
            /** @description Outstanding at the date of loss, in the invoice’s currency */
            outstanding: number;
            currency: string;
            /** @description The invoice currency’s rate in force on the date of loss, units for 1 EUR (the policy currency’s for an invoice in EUR) */
            rate: string;
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            publishedFor: string;
            /** @description Between two currencies other than EUR: the policy currency’s rate too (the conversion goes through EUR) */
            policyCurrencyRate?: {
                /**
                 * @description Units of the currency for 1 EUR, exact (at most 6 decimal places)
                 * @example 1.0842
                 */
                rate: string;
                /**
                 * Format: date
                 * @description The date the rate was published for: the latest on or before the day converted
                 * @example 2026-11-26
                 */
                publishedFor: string;
            };
        };
        /** @description Why an invoice is or is not covered, or a step of the indemnity (docs/domain.md, the indemnity) */
        ClaimReason: {
            /** @enum {string} */
            code: "covered" | "capped_by_limit" | "limit_exhausted" | "nothing_outstanding" | "no_limit_at_delivery" | "terms_beyond_policy" | "invoices_not_covered" | "limit_cap" | "below_threshold" | "cover_percent" | "deductible" | "max_liability" | "terms_beyond_condition" | "delivered_after_stop_of_cover" | "policy_in_force" | "aggregate_first_loss" | "collection_costs" | "currency_converted";
            message: string;
        };
        OverdueNotification: {
            /** @description Buyer id (byr_…) */
            buyerId: string;
            /** @description The unpaid, past-due invoices notified (90 at most); on an insolvent buyer, any unpaid invoice, due or not */
            invoiceIds: string[];
            /**
             * @description commercial (default): the buyer does not pay; political: a public buyer, or a country event open in the buyer’s country on the invoices’ due dates, stops the money (the policy must cover political risk). Default when left out: "commercial".
             * @enum {string}
             */
            cause?: "commercial" | "political";
        };
        ClaimInvoices: {
            /** @description More unpaid invoices on the claim’s buyer: past due, or any unpaid one on an insolvent buyer; the claim holds 90 invoices at most in all */
            invoiceIds: string[];
        };
        ExtensionRequest: {
            /** @description Extension request id (ext_…) */
            extensionId: string;
            tenantId: string;
            /** @description Buyer id (byr_…) */
            buyerId: string;
            /** @description Invoice id (inv_…) */
            invoiceId: string;
            /**
             * Format: date
             * @description The invoice’s original due date: the reference for every deadline unless the insurer approves a later one
             * @example 2026-11-26
             */
            originalDueDate: string;
            /**
             * Format: date
             * @description The due date in force when the request was made (the last one granted, else the original)
             * @example 2026-11-26
             */
            previousDueDate: string;
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            newDueDate: string;
            /**
             * Format: date
             * @description The end of the maximum extension period on the buyer when the request was made: up to it the policyholder grants, after it the insurer
             * @example 2026-11-26
             */
            mepEndsOn: string;
            /** @enum {string} */
            status: "approved" | "referred" | "refused";
            /** @enum {string} */
            decidedBy?: "policyholder" | "insurer";
            note?: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            decidedAt?: string;
            /**
             * Format: date-time
             * @description When it last changed (made, decided): what updatedSince sorts by
             */
            updatedAt: string;
        };
        ExtensionRequestInput: {
            /** @description Invoice id (inv_…) */
            invoiceId: string;
            /**
             * Format: date
             * @description The due date agreed with the buyer: after the invoice’s current due date. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
             * @example 2026-11-26
             */
            newDueDate: string;
        };
        ExtensionRequestPage: {
            items: components["schemas"]["ExtensionRequest"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        ExtensionDecision: {
            /** @enum {string} */
            decision: "approved" | "refused";
            note?: string;
        };
        ClaimPage: {
            items: components["schemas"]["Claim"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        ClaimDocument: {
            /** @enum {string} */
            status: "missing" | "provided";
            note?: string;
        };
        MoneyReceived: {
            /** @description Excluding VAT. Integer minor units, from 1 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
            amount: number;
            /**
             * Format: date
             * @description The day the money arrived; not after today. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
             * @example 2026-11-26
             */
            receivedOn: string;
        };
        CollectionCost: {
            /** @description Excluding VAT, in the policy currency. Integer minor units, from 1 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
            amount: number;
            /**
             * Format: date
             * @description The day the cost was incurred; not after today. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
             * @example 2026-11-26
             */
            incurredOn: string;
            /** @description What the cost was for (a collection agency’s fee, a court fee…) */
            description: string;
        };
        TurnoverDeclaration: {
            /**
             * @description The month declared, YYYY-MM
             * @example 2026-10
             */
            period: string;
            country: string;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            amount: number;
            currency: string;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            premium: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            declaredAt: string;
            /** @description Declared more than 30 days after the end of its month */
            late: boolean;
            version: number;
            /** @description What corrections replaced, oldest first */
            history: {
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                amount: number;
                /**
                 * Format: date-time
                 * @description ISO 8601 timestamp, UTC
                 */
                declaredAt: string;
                late: boolean;
            }[];
        };
        TurnoverDeclarationInput: {
            /**
             * @description The month declared: not after this month, nor before the month of the policy’s inception date. Month YYYY-MM, from 2000-01 to the month ten years after today.
             * @example 2026-10
             */
            period: string;
            /**
             * @description ISO 3166-1 alpha-2 country code
             * @example FR
             */
            country: string;
            /** @description Insurable turnover of the month in that country, in the policy currency. Integer minor units, from 0 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
            amount: number;
        };
        PremiumYear: {
            /**
             * @description policy_year (?on=, the default): the minimum premium is settled on it. calendar_year (?year=): the months of a calendar year
             * @enum {string}
             */
            view: "policy_year" | "calendar_year";
            /** @description The calendar year asked for; in the policy view, the calendar year of policyYear.from */
            year: number;
            /** @description The policy year answered: always in the policy view; in the calendar view only when the calendar year is one (inception on 1 January) */
            policyYear?: {
                /**
                 * Format: date
                 * @description The anniversary of the inception date that begins it
                 * @example 2026-11-26
                 */
                from: string;
                /**
                 * Format: date
                 * @description Its last day: the day before the next anniversary
                 * @example 2026-11-26
                 */
                to: string;
            };
            currency: string;
            premiumRate: number;
            months: {
                /**
                 * @description The month declared, YYYY-MM
                 * @example 2026-10
                 */
                period: string;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                turnover: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                premium: number;
                byCountry: {
                    country: string;
                    /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                    turnover: number;
                    /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                    premium: number;
                    late: boolean;
                    /**
                     * Format: date-time
                     * @description ISO 8601 timestamp, UTC
                     */
                    declaredAt: string;
                }[];
            }[];
            byCountry: {
                country: string;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                turnover: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                premium: number;
            }[];
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            turnover: number;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            premium: number;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            minimumPremium: number;
            /** @description What the minimum premium adds, once the policy year is over; 0 in a calendar view that is no policy year */
            minimumPremiumAdjustment: number;
            /** @description What it would add if the policy year ended today; 0 in a calendar view that is no policy year */
            projectedMinimumPremiumAdjustment: number;
            /** @description Today is after the last day of the year answered (policyYear.to, or 31 December) */
            yearClosed: boolean;
            /** @description Premium and adjustment: what the year costs */
            due: number;
            lateDeclarations: number;
            /** @description How the minimum premium was settled here, in a sentence; in a calendar view that is no policy year, which policy years to ask for it */
            minimumPremiumNote: string;
            declarations: components["schemas"]["TurnoverDeclaration"][];
        };
        Portfolio: {
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            asOf: string;
            currency: string;
            buyers: number;
            /** @description Σ limits in force today: the sum of GET /v1/limits */
            limit: number;
            /** @description Σ outstanding + committed: the sum of GET /v1/exposure/{buyerId} */
            exposure: number;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            headroom: number;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            uncoveredExposure: number;
            /** @description Σ PD(grade) × exposure × (1 − recovery rate) */
            expectedLoss: number;
            recoveryRatePercent: number;
            byGradeBand: {
                key: string;
                buyers: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                limit: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                exposure: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                headroom: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                expectedLoss: number;
            }[];
            byGrade: {
                key: string;
                buyers: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                limit: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                exposure: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                headroom: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                expectedLoss: number;
            }[];
            bySector: {
                key: string;
                buyers: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                limit: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                exposure: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                headroom: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                expectedLoss: number;
            }[];
            byCountry: {
                key: string;
                buyers: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                limit: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                exposure: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                headroom: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                expectedLoss: number;
                /** @description Country events open there today (GET /v1/country-events/{eventId}): limit requests referred, cover checks cash in advance */
                openCountryEvents: {
                    eventId: string;
                    type: string;
                    /**
                     * Format: date
                     * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                     * @example 2026-11-26
                     */
                    occurredOn: string;
                }[];
            }[];
            /** @description Unpaid invoices by their own currency, the largest exposure first; the rows’ exposure adds up to the outstanding part of `exposure` */
            byCurrency: {
                currency: string;
                invoices: number;
                /** @description Σ unpaid, in `currency` */
                outstanding: number;
                /** @description Σ what they add to exposure, in the portfolio’s currency (each invoice at its issue date’s rate; the insurer’s in EUR at today’s) */
                exposure: number;
            }[];
            concentration: {
                /** @description Share of the exposure on the 10 largest, basis points */
                top10Share: number;
                /** @description Herfindahl-Hirschman index of exposure shares (0–10,000) */
                herfindahl: number;
                top10: {
                    /** @description Buyer id (byr_…) */
                    buyerId: string;
                    /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                    exposure: number;
                    shareBp: number;
                }[];
            };
            worsenedLast90Days: {
                /** @description Buyer id (byr_…) */
                buyerId: string;
                from?: number;
                to: number;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                on: string;
            }[];
        };
        PortfolioHistory: {
            items: {
                month: string;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                takenOn: string;
                currency: string;
                buyers: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                limit: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                exposure: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                headroom: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                expectedLoss: number;
                top10Share: number;
                herfindahl: number;
                byGradeBand: {
                    key: string;
                    /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                    limit: number;
                    /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                    exposure: number;
                }[];
            }[];
        };
        /** @description Every tenant’s portfolio in EUR, buyers held by several tenants counted once */
        InsurerPortfolio: {
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            asOf: string;
            currency: string;
            buyers: number;
            /** @description Σ limits in force today: the sum of GET /v1/limits */
            limit: number;
            /** @description Σ outstanding + committed: the sum of GET /v1/exposure/{buyerId} */
            exposure: number;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            headroom: number;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            uncoveredExposure: number;
            /** @description Σ PD(grade) × exposure × (1 − recovery rate) */
            expectedLoss: number;
            recoveryRatePercent: number;
            byGradeBand: {
                key: string;
                buyers: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                limit: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                exposure: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                headroom: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                expectedLoss: number;
            }[];
            byGrade: {
                key: string;
                buyers: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                limit: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                exposure: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                headroom: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                expectedLoss: number;
            }[];
            bySector: {
                key: string;
                buyers: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                limit: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                exposure: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                headroom: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                expectedLoss: number;
            }[];
            byCountry: {
                key: string;
                buyers: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                limit: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                exposure: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                headroom: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                expectedLoss: number;
                /** @description Country events open there today (GET /v1/country-events/{eventId}): limit requests referred, cover checks cash in advance */
                openCountryEvents: {
                    eventId: string;
                    type: string;
                    /**
                     * Format: date
                     * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                     * @example 2026-11-26
                     */
                    occurredOn: string;
                }[];
            }[];
            /** @description Unpaid invoices by their own currency, the largest exposure first; the rows’ exposure adds up to the outstanding part of `exposure` */
            byCurrency: {
                currency: string;
                invoices: number;
                /** @description Σ unpaid, in `currency` */
                outstanding: number;
                /** @description Σ what they add to exposure, in the portfolio’s currency (each invoice at its issue date’s rate; the insurer’s in EUR at today’s) */
                exposure: number;
            }[];
            concentration: {
                /** @description Share of the exposure on the 10 largest, basis points */
                top10Share: number;
                /** @description Herfindahl-Hirschman index of exposure shares (0–10,000) */
                herfindahl: number;
                top10: {
                    /** @description Buyer id (byr_…) */
                    buyerId: string;
                    /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                    exposure: number;
                    shareBp: number;
                }[];
            };
            worsenedLast90Days: {
                /** @description Buyer id (byr_…) */
                buyerId: string;
                from?: number;
                to: number;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                on: string;
            }[];
            /**
             * Format: date
             * @description The day every line was last revalued at that day’s reference rates and limits in force (the daily reconciliation); every change since is in the figures as it happened, valued on its own day
             * @example 2026-11-26
             */
            valuedOn?: string;
            tenants: number;
            capacity: {
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                reservedEur: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                capacityEur: number;
                utilisationBp: number;
                mostUsed: {
                    /** @description Buyer id (byr_…) */
                    buyerId: string;
                    grade: number;
                    /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                    reservedEur: number;
                    /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                    capacityEur: number;
                    utilisationBp: number;
                }[];
            };
            sectorAlerts: {
                alertId: string;
                sector: string;
                country: string;
                buyers: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                limit: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                exposure: number;
            }[];
        };
        /** @description The invoice, or {items} for a batch */
        CreatedInvoice: components["schemas"]["Invoice"] | components["schemas"]["CreatedInvoices"];
        Invoice: {
            /** @description Invoice id (inv_…) */
            invoiceId: string;
            /** @description Buyer id (byr_…) */
            buyerId: string;
            number: string;
            /** @description In `currency` */
            amount: number;
            currency: string;
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            issueDate: string;
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            dueDate: string;
            /** @description Order id (ord_…) */
            orderId?: string;
            /** @description Unpaid, in `currency` */
            outstanding: number;
            /** @description The policy currency: exposure and headroom are in it */
            policyCurrency: string;
            /** @description The amount in the policy currency: at the reference rate in force on the issue date, rounded half up (the amount itself when in the policy currency) */
            amountInPolicyCurrency: number;
            /** @description What the invoice adds to exposure: the outstanding at the issue date’s rate, rounded half up; 0 once paid */
            outstandingInPolicyCurrency: number;
            /** @description The rate(s) that converted it, when not in the policy currency */
            fxRate?: {
                /**
                 * @description Units of the currency for 1 EUR, exact (at most 6 decimal places)
                 * @example 1.0842
                 */
                rate: string;
                /**
                 * Format: date
                 * @description The date the rate was published for: the latest on or before the day converted
                 * @example 2026-11-26
                 */
                publishedFor: string;
                /** @description Between two currencies other than EUR: the policy currency’s rate too (the conversion goes through EUR) */
                policyCurrencyRate?: {
                    /**
                     * @description Units of the currency for 1 EUR, exact (at most 6 decimal places)
                     * @example 1.0842
                     */
                    rate: string;
                    /**
                     * Format: date
                     * @description The date the rate was published for: the latest on or before the day converted
                     * @example 2026-11-26
                     */
                    publishedFor: string;
                };
            };
            /** @enum {string} */
            status: "open" | "paid";
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it last changed (declared, paid, notified in a claim, collected, its due date extended): what updatedSince sorts by
             */
            updatedAt: string;
            /**
             * Format: date
             * @description The last new due date an approved extension gave (by the policyholder or the insurer); the original dueDate stays
             * @example 2026-11-26
             */
            agreedDueDate?: string;
            /**
             * Format: date
             * @description The last new due date the insurer approved (a referred extension): it moves the buyer’s mepEndsOn while this is its oldest unpaid invoice
             * @example 2026-11-26
             */
            extendedDueDate?: string;
            /** @description An extension request on this invoice waiting for the insurer */
            pendingExtensionId?: string;
        };
        CreatedInvoices: {
            items: components["schemas"]["Invoice"][];
        };
        /** @description One invoice, or up to 100 in {invoices: […]} */
        CreateInvoices: {
            /** @description Buyer id (byr_…) */
            buyerId: string;
            /** @description Your invoice number, unique per tenant */
            number: string;
            /** @description Amount excluding VAT, in `currency`. Integer minor units, from 1 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
            amount: number;
            /**
             * @description The invoice’s currency: the policy currency, or any other with a reference rate in force on the issue date (converted at it; 422 fx-rate-missing without one)
             * @example EUR
             */
            currency: string;
            /**
             * Format: date
             * @description The day the invoice was issued (the delivery). Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
             * @example 2026-11-26
             */
            issueDate: string;
            /**
             * Format: date
             * @description The day payment is due: not before the issue date. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
             * @example 2026-11-26
             */
            dueDate: string;
            /** @description The committed order this invoice delivers: its reservation turns into the invoice */
            orderId?: string;
        } | {
            invoices: {
                /** @description Buyer id (byr_…) */
                buyerId: string;
                /** @description Your invoice number, unique per tenant */
                number: string;
                /** @description Amount excluding VAT, in `currency`. Integer minor units, from 1 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
                amount: number;
                /**
                 * @description The invoice’s currency: the policy currency, or any other with a reference rate in force on the issue date (converted at it; 422 fx-rate-missing without one)
                 * @example EUR
                 */
                currency: string;
                /**
                 * Format: date
                 * @description The day the invoice was issued (the delivery). Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
                 * @example 2026-11-26
                 */
                issueDate: string;
                /**
                 * Format: date
                 * @description The day payment is due: not before the issue date. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
                 * @example 2026-11-26
                 */
                dueDate: string;
                /** @description The committed order this invoice delivers: its reservation turns into the invoice */
                orderId?: string;
            }[];
        };
        InvoicePage: {
            items: components["schemas"]["Invoice"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        PaymentResult: {
            /** @description Payment id (pay_…) */
            paymentId: string;
            invoice: components["schemas"]["Invoice"];
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            amount: number;
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            paidOn: string;
        };
        Payment: {
            /** @description The amount paid, at most what is outstanding. Integer minor units, from 1 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
            amount: number;
            /**
             * Format: date
             * @description The day the buyer paid: not before the invoice’s issue date, not after today. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
             * @example 2026-11-26
             */
            paidOn: string;
        };
        Exposure: {
            /** @description Buyer id (byr_…) */
            buyerId: string;
            currency: string;
            /** @description Limit in force today */
            limit: number;
            /** @description Unpaid invoices */
            outstanding: number;
            /** @description Covered parts of committed orders not yet invoiced */
            committed: number;
            /** @description limit − outstanding − committed, never below 0 */
            headroom: number;
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            oldestUnpaidDueDate?: string;
            /**
             * Format: date
             * @description End of the maximum extension period: deliveries after it are not covered (oldest unpaid due date + maxExtensionDays, or the later due date the insurer approved); absent when nothing is unpaid
             * @example 2026-11-26
             */
            mepEndsOn?: string;
            /**
             * Format: date
             * @description The last day to notify an overdue on this buyer: mepEndsOn + notificationPeriodDays; absent when nothing is unpaid
             * @example 2026-11-26
             */
            notificationDeadline?: string;
        };
        CoverCheckResult: {
            /** @description Buyer id (byr_…) */
            buyerId: string;
            /** @description Some of the order is covered */
            covered: boolean;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            coveredAmount: number;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            uncoveredAmount: number;
            /** @enum {string} */
            recommendation: "accept" | "accept_with_deposit" | "cash_in_advance" | "decline";
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            depositAmount: number;
            /** @description The policy currency: every amount of the answer but `order` is in it */
            currency: string;
            order: components["schemas"]["CoverCheckOrder"];
            reasons: components["schemas"]["CoverReason"][];
            limit: {
                /** @description Limit in force on the delivery date */
                amount: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                headroom: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                outstanding: number;
                /** @description Integer amount in minor units of the policy currency (e.g. cents) */
                committed: number;
                /**
                 * Format: date
                 * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
                 * @example 2026-11-26
                 */
                deliveryDate: string;
            };
            /** @description Order id (ord_…) */
            orderId?: string;
        };
        /** @description The order as sent, and in the policy currency (at the delivery date’s rate when in another currency) */
        CoverCheckOrder: {
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            amount: number;
            currency: string;
            /** @description Integer amount in minor units of the policy currency (e.g. cents) */
            amountInPolicyCurrency: number;
            fxRate?: components["schemas"]["ConversionRate"];
        };
        /** @description The reference rate in force on the day converted: the amount’s currency’s (units for 1 EUR), or the policy currency’s when the amount is in EUR */
        ConversionRate: {
            /**
             * @description Units of the currency for 1 EUR, exact (at most 6 decimal places)
             * @example 1.0842
             */
            rate: string;
            /**
             * Format: date
             * @description The date the rate was published for: the latest on or before the day converted
             * @example 2026-11-26
             */
            publishedFor: string;
            /** @description Between two currencies other than EUR: the policy currency’s rate too (the conversion goes through EUR) */
            policyCurrencyRate?: {
                /**
                 * @description Units of the currency for 1 EUR, exact (at most 6 decimal places)
                 * @example 1.0842
                 */
                rate: string;
                /**
                 * Format: date
                 * @description The date the rate was published for: the latest on or before the day converted
                 * @example 2026-11-26
                 */
                publishedFor: string;
            };
        };
        /** @description The rule that decided first, then a note when the matrix was adjusted (docs/domain.md, the cover check) */
        CoverReason: {
            /** @enum {string} */
            code: "buyer_insolvent" | "buyer_closed" | "payment_terms_too_long" | "overdue_notified" | "country_event" | "no_limit" | "no_headroom" | "partly_covered" | "covered" | "deposit_without_cover" | "terms_beyond_condition" | "mep_expired";
            message: string;
        };
        CoverCheck: {
            /** @description Buyer id (byr_…) */
            buyerId: string;
            /** @description Order amount excluding VAT, in `currency`. Integer minor units, from 1 to 1,000,000,000,000 (10 billion of a two-decimal currency such as EUR). */
            amount: number;
            /**
             * @description The order’s currency. Default: the policy currency. Another one is converted at the reference rate in force on the delivery date (422 fx-rate-missing without one); the cover is judged in the policy currency
             * @example EUR
             */
            currency?: string;
            paymentTermsDays: number;
            /**
             * Format: date
             * @description Default: today. Limits in force on that day apply. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today.
             * @example 2026-11-26
             */
            deliveryDate?: string;
            /** @description Your margin on the order, percent (e.g. 18.5) */
            margin?: number;
            /**
             * @description Default when left out: "normal".
             * @enum {string}
             */
            strategicImportance?: "low" | "normal" | "high";
            /** @description Reserve the covered part against the limit and return an orderId. Default when left out: false. */
            commit?: boolean;
        };
        Order: {
            /** @description Order id (ord_…) */
            orderId: string;
            /** @description Buyer id (byr_…) */
            buyerId: string;
            /** @description In `currency` */
            amount: number;
            /** @description Reserved against the limit, in the policy currency */
            coveredAmount: number;
            currency: string;
            policyCurrency: string;
            /** @description At the delivery date’s rate when `currency` is not the policy currency */
            amountInPolicyCurrency: number;
            fxRate?: components["schemas"]["ConversionRate"];
            /**
             * Format: date
             * @description Calendar date, ISO 8601 (YYYY-MM-DD), UTC
             * @example 2026-11-26
             */
            deliveryDate: string;
            /** @enum {string} */
            status: "committed" | "released" | "invoiced";
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
        };
        DecisionMatrixInForce: {
            rules: {
                grades: {
                    min: number;
                    max: number;
                };
                minMarginBp?: number;
                importance?: ("low" | "normal" | "high")[];
                /** @enum {string} */
                whenPartlyCovered: "accept" | "accept_with_deposit" | "cash_in_advance" | "decline";
                /** @enum {string} */
                whenNotCovered: "accept" | "accept_with_deposit" | "cash_in_advance" | "decline";
            }[];
            isDefault: boolean;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            updatedAt?: string;
        };
        DecisionMatrix: {
            rules: {
                grades: {
                    min: number;
                    max: number;
                };
                minMarginBp?: number;
                importance?: ("low" | "normal" | "high")[];
                /** @enum {string} */
                whenPartlyCovered: "accept" | "accept_with_deposit" | "cash_in_advance" | "decline";
                /** @enum {string} */
                whenNotCovered: "accept" | "accept_with_deposit" | "cash_in_advance" | "decline";
            }[];
        };
        CreatedWebhook: {
            /** @description Webhook endpoint id (wh_…) */
            webhookId: string;
            url: string;
            eventTypes: ("limit.decided" | "limit.downgraded" | "buyer.grade_changed" | "sector.alert_raised" | "referral.created" | "overdue.notified" | "claim.opened" | "claim.invoices_added" | "claim.deadline_approaching" | "claim.indemnified" | "claim.recovered" | "webhook.test" | "webhook.endpoint_disabled" | "extension.requested" | "extension.decided" | "claim.costs_paid" | "country.event_opened" | "country.event_closed")[];
            description?: string;
            /** @enum {string} */
            status: "enabled" | "disabled";
            disabledReason?: string;
            /**
             * Format: date-time
             * @description Every attempt since then failed; after 5 days the endpoint is disabled
             */
            failingSince?: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            updatedAt: string;
            /** @description The signing secret (whsec_…), shown this once */
            secret: string;
        };
        CreateWebhook: {
            /**
             * Format: uri
             * @description https (http://127.0.0.1 or localhost on the local runtime)
             */
            url: string;
            /** @description The event types sent to this endpoint */
            eventTypes: ("limit.decided" | "limit.downgraded" | "buyer.grade_changed" | "sector.alert_raised" | "referral.created" | "overdue.notified" | "claim.opened" | "claim.invoices_added" | "claim.deadline_approaching" | "claim.indemnified" | "claim.recovered" | "webhook.test" | "webhook.endpoint_disabled" | "extension.requested" | "extension.decided" | "claim.costs_paid" | "country.event_opened" | "country.event_closed")[];
            description?: string;
        };
        WebhookPage: {
            items: components["schemas"]["Webhook"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        Webhook: {
            /** @description Webhook endpoint id (wh_…) */
            webhookId: string;
            url: string;
            eventTypes: ("limit.decided" | "limit.downgraded" | "buyer.grade_changed" | "sector.alert_raised" | "referral.created" | "overdue.notified" | "claim.opened" | "claim.invoices_added" | "claim.deadline_approaching" | "claim.indemnified" | "claim.recovered" | "webhook.test" | "webhook.endpoint_disabled" | "extension.requested" | "extension.decided" | "claim.costs_paid" | "country.event_opened" | "country.event_closed")[];
            description?: string;
            /** @enum {string} */
            status: "enabled" | "disabled";
            disabledReason?: string;
            /**
             * Format: date-time
             * @description Every attempt since then failed; after 5 days the endpoint is disabled
             */
            failingSince?: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            updatedAt: string;
        };
        PatchWebhook: {
            /**
             * Format: uri
             * @description https (http://127.0.0.1 or localhost on the local runtime)
             */
            url?: string;
            /** @description The event types sent to this endpoint */
            eventTypes?: ("limit.decided" | "limit.downgraded" | "buyer.grade_changed" | "sector.alert_raised" | "referral.created" | "overdue.notified" | "claim.opened" | "claim.invoices_added" | "claim.deadline_approaching" | "claim.indemnified" | "claim.recovered" | "webhook.test" | "webhook.endpoint_disabled" | "extension.requested" | "extension.decided" | "claim.costs_paid" | "country.event_opened" | "country.event_closed")[];
            description?: string;
            /** @enum {string} */
            status?: "enabled" | "disabled";
        };
        RotatedSecret: {
            /** @description Webhook endpoint id (wh_…) */
            webhookId: string;
            /** @description The new signing secret, shown this once */
            secret: string;
            /**
             * Format: date-time
             * @description Until then deliveries carry a signature by each secret
             */
            previousSecretExpiresAt: string;
        };
        TestEventSent: {
            /** @description Webhook endpoint id (wh_…) */
            webhookId: string;
            eventId: string;
            /** @description Follow it at /v1/webhooks/{webhookId}/deliveries/{deliveryId} */
            deliveryId: string;
        };
        DeliveryPage: {
            items: components["schemas"]["DeliverySummary"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        DeliverySummary: {
            /** @description Delivery id (dlv_…): one event to one endpoint */
            deliveryId: string;
            /** @description Webhook endpoint id (wh_…) */
            webhookId: string;
            /** @description The event id, sent as webhook-id: the same on every attempt and replay */
            eventId: string;
            /** @enum {string} */
            eventType: "limit.decided" | "limit.downgraded" | "buyer.grade_changed" | "sector.alert_raised" | "referral.created" | "overdue.notified" | "claim.opened" | "claim.invoices_added" | "claim.deadline_approaching" | "claim.indemnified" | "claim.recovered" | "webhook.test" | "webhook.endpoint_disabled" | "extension.requested" | "extension.decided" | "claim.costs_paid" | "country.event_opened" | "country.event_closed";
            /** @description The tenant the event is about (null for the owner’s own notices) */
            tenantId: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            /** @description The last attempt’s HTTP status */
            responseStatus?: number;
            /** @description The last attempt’s latency */
            latencyMs?: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            lastAttemptAt?: string;
            /**
             * Format: date-time
             * @description When the next attempt is due (pending deliveries)
             */
            nextAttemptAt?: string;
            /** @description Why a failed delivery stopped: retries exhausted, endpoint disabled or deleted */
            failedReason?: string;
            /** @description The attempts, oldest first (the last 20) */
            attemptLog: components["schemas"]["DeliveryAttempt"][];
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            updatedAt: string;
        };
        DeliveryAttempt: {
            attempt: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            at: string;
            /** @enum {string} */
            outcome: "succeeded" | "failed";
            /** @description The HTTP status the endpoint answered, if it answered */
            responseStatus?: number;
            latencyMs: number;
            /** @description Why the attempt failed: timeout, connection refused, HTTP status… */
            error?: string;
            /** @description The first 512 characters the endpoint answered */
            responseBody?: string;
        };
        Delivery: {
            /** @description Delivery id (dlv_…): one event to one endpoint */
            deliveryId: string;
            /** @description Webhook endpoint id (wh_…) */
            webhookId: string;
            /** @description The event id, sent as webhook-id: the same on every attempt and replay */
            eventId: string;
            /** @enum {string} */
            eventType: "limit.decided" | "limit.downgraded" | "buyer.grade_changed" | "sector.alert_raised" | "referral.created" | "overdue.notified" | "claim.opened" | "claim.invoices_added" | "claim.deadline_approaching" | "claim.indemnified" | "claim.recovered" | "webhook.test" | "webhook.endpoint_disabled" | "extension.requested" | "extension.decided" | "claim.costs_paid" | "country.event_opened" | "country.event_closed";
            /** @description The tenant the event is about (null for the owner’s own notices) */
            tenantId: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            attempts: number;
            /** @description The last attempt’s HTTP status */
            responseStatus?: number;
            /** @description The last attempt’s latency */
            latencyMs?: number;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            lastAttemptAt?: string;
            /**
             * Format: date-time
             * @description When the next attempt is due (pending deliveries)
             */
            nextAttemptAt?: string;
            /** @description Why a failed delivery stopped: retries exhausted, endpoint disabled or deleted */
            failedReason?: string;
            /** @description The attempts, oldest first (the last 20) */
            attemptLog: components["schemas"]["DeliveryAttempt"][];
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description ISO 8601 timestamp, UTC
             */
            updatedAt: string;
            /** @description The JSON body sent: {type, timestamp, tenantId, data} */
            payload: {
                [key: string]: unknown;
            };
        };
        EventPage: {
            items: components["schemas"]["LoggedEvent"][];
            /** @description Present when there are more items: pass it back as ?cursor= */
            cursor?: string;
        };
        /** @description One event of the tenant’s log: the body its webhook deliveries carry ({type, timestamp, tenantId, data}), with its ids */
        LoggedEvent: {
            /** @description The event id (evt_…), which its webhook deliveries carry as webhook-id: a client reading both dedupes on it. Pass the last one you processed as ?since= to take up after it */
            id: string;
            /** @enum {string} */
            type: "limit.decided" | "limit.downgraded" | "buyer.grade_changed" | "sector.alert_raised" | "referral.created" | "overdue.notified" | "claim.opened" | "claim.invoices_added" | "claim.deadline_approaching" | "claim.indemnified" | "claim.recovered" | "webhook.test" | "webhook.endpoint_disabled" | "extension.requested" | "extension.decided" | "claim.costs_paid" | "country.event_opened" | "country.event_closed";
            /**
             * Format: date-time
             * @description When it occurred
             */
            timestamp: string;
            tenantId: string;
            /** @description As in the webhook delivery of this event type */
            data: {
                [key: string]: unknown;
            };
        };
    };
    responses: {
        /** @description No route has this path, whatever the method (not-found) */
        UnknownPath: {
            headers: {
                /** @description The gateway’s request id */
                "x-correlation-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    type?: "https://bouclier.dev/problems/not-found";
                };
            };
        };
        /** @description The request line and headers exceed 16 KB, whatever the path (headers-too-large) */
        HeadersTooLarge: {
            headers: {
                /** @description The gateway’s request id */
                "x-correlation-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    type?: "https://bouclier.dev/problems/headers-too-large";
                };
            };
        };
        /** @description The request cannot be read as HTTP/1.1, so no path is reached (malformed-request) */
        MalformedRequest: {
            headers: {
                /** @description The gateway’s request id */
                "x-correlation-id": string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    type?: "https://bouclier.dev/problems/malformed-request";
                };
            };
        };
        /** @description The path has no operation for this method (method-not-allowed); Allow lists those it has */
        MethodNotAllowed: {
            headers: {
                /** @description The gateway’s request id */
                "x-correlation-id": string;
                /** @description The methods this path answers */
                Allow: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @enum {string} */
                    type?: "https://bouclier.dev/problems/method-not-allowed";
                };
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every dependency answers */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A dependency does not answer */
            503: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getOpenApi: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listTenants: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tenants */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TenantPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor). Problem types: `invalid-cursor`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTenant"];
            };
        };
        responses: {
            /** @description The tenant, its policy and its first API key */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedTenant"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getTenant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Tenant id (ten_…) */
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tenant */
            200: {
                headers: {
                    /** @description The version of the resource this answer shows (a strong ETag): send it back in If-Match to change it safely */
                    ETag: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No tenant with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    updateTenantPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read (quotes included), or several separated by commas, or *: the change applies only if the resource is still at one of them, else 412 precondition-failed and nothing changes. Without If-Match the change applies whatever changed meanwhile (the last write wins). Weak ETags (W/"…") never match: ours are strong. */
                "If-Match"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Tenant id (ten_…) */
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PolicyPatch"];
            };
        };
        responses: {
            /** @description The new policy version */
            200: {
                headers: {
                    /** @description The version of the resource this answer shows (a strong ETag): send it back in If-Match to change it safely */
                    ETag: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No tenant with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The policy changed meanwhile (concurrent-update): read it again and retry. Problem types: `concurrent-update` */
            409: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/concurrent-update";
                    };
                };
            };
            /** @description If-Match names an ETag the resource is no longer at: it changed since you read it, and nothing was changed; currentETag says where it is now (precondition-failed). Problem types: `precondition-failed` */
            412: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/precondition-failed";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listTenantPolicyVersions: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                /** @description Only the items changed at or after this moment (RFC 3339), in the order they last changed, oldest first, each with its updatedAt: to sync, pass the greatest updatedAt you have seen (you may see that item again). Not combined with the list’s other filters. */
                updatedSince?: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Tenant id (ten_…) */
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of policy versions */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor). Problem types: `invalid-cursor`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No tenant with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy in force */
            200: {
                headers: {
                    /** @description The version of the resource this answer shows (a strong ETag): send it back in If-Match to change it safely */
                    ETag: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Policy"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A broker named in Bouclier-Tenant a tenant that gave it no mandate (not-found). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listPolicyVersions: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                /** @description Only the items changed at or after this moment (RFC 3339), in the order they last changed, oldest first, each with its updatedAt: to sync, pass the greatest updatedAt you have seen (you may see that item again). Not combined with the list’s other filters. */
                updatedSince?: string;
            };
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of policy versions */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `invalid-cursor`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A broker named in Bouclier-Tenant a tenant that gave it no mandate (not-found). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                /** @description Only the items changed at or after this moment (RFC 3339), in the order they last changed, oldest first, each with its updatedAt: to sync, pass the greatest updatedAt you have seen (you may see that item again). Not combined with the list’s other filters. */
                updatedSince?: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor). Problem types: `invalid-cursor`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new key */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewApiKey"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description API key id (key_…) */
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No key with this id among yours (another owner’s key is not found either). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    createBroker: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBroker"];
            };
        };
        responses: {
            /** @description The broker and its first API key */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedBroker"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description A tenant named in tenantIds does not exist (unknown-tenant); or this Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused`, `unknown-tenant` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused" | "https://bouclier.dev/problems/unknown-tenant";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getBroker: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Broker id (brk_…) */
                brokerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The broker */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Broker"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No broker with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    putBrokerMandates: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Broker id (brk_…) */
                brokerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Mandates"];
            };
        };
        responses: {
            /** @description The broker with its new mandates */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Broker"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No broker with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The mandates changed meanwhile (concurrent-update): read them again and retry. Problem types: `concurrent-update` */
            409: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/concurrent-update";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description A tenant named in tenantIds does not exist (unknown-tenant). Problem types: `unknown-tenant` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unknown-tenant";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    findBuyers: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                /** @description ISO 3166-1 alpha-2 country code */
                country?: string;
                /** @description National registration id (SIREN, VAT number…); spaces are ignored, letters upper-cased */
                registrationId?: string;
                /** @description Start of the legal name (case and accents ignored) */
                q?: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of buyers */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BuyerPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor). Problem types: `invalid-cursor`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    createBuyer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBuyer"];
            };
        };
        responses: {
            /** @description The buyer */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Buyer"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A buyer with this country and registration id exists (duplicate-buyer, with existingId; Location names it); or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `duplicate-buyer`, `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description On duplicate-buyer: the existing buyer */
                    Location?: string;
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/duplicate-buyer" | "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getBuyer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Buyer id (byr_…) */
                buyerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The buyer */
            200: {
                headers: {
                    /** @description The version of the resource this answer shows (a strong ETag): send it back in If-Match to change it safely */
                    ETag: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Buyer"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No buyer with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    updateBuyer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read (quotes included), or several separated by commas, or *: the change applies only if the resource is still at one of them, else 412 precondition-failed and nothing changes. Without If-Match the change applies whatever changed meanwhile (the last write wins). Weak ETags (W/"…") never match: ours are strong. */
                "If-Match"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Buyer id (byr_…) */
                buyerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchBuyer"];
            };
        };
        responses: {
            /** @description The buyer */
            200: {
                headers: {
                    /** @description The version of the resource this answer shows (a strong ETag): send it back in If-Match to change it safely */
                    ETag: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Buyer"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No buyer with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The buyer changed meanwhile (concurrent-update): read it again and retry. Problem types: `concurrent-update` */
            409: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/concurrent-update";
                    };
                };
            };
            /** @description If-Match names an ETag the resource is no longer at: it changed since you read it, and nothing was changed; currentETag says where it is now (precondition-failed). Problem types: `precondition-failed` */
            412: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/precondition-failed";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listCountries: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The countries set and the default */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryList"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    putCountry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description ISO 3166-1 alpha-2 country code */
                countryCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutCountry"];
            };
        };
        responses: {
            /** @description The country */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Country"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getFxRates: {
        parameters: {
            query?: {
                /** @description Only this currency’s rate: 422 fx-rate-missing when none is in force on the date */
                currency?: "USD" | "GBP" | "CHF" | "PLN" | "SEK" | "JPY" | "AUD" | "BRL" | "CAD" | "CNY" | "CZK" | "DKK" | "HKD" | "HUF" | "INR" | "KRW" | "MXN" | "NOK" | "SGD" | "TRY" | "ZAR";
            };
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The date the rates are for. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today. */
                date: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rates in force */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FxRatesInForce"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No rate was published for this date or earlier (`not-found`). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description No rate of `currency` is in force on this date (`fx-rate-missing`). Problem types: `fx-rate-missing` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/fx-rate-missing";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    putFxRates: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description The date the rates are for. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today. */
                date: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PutFxRates"];
            };
        };
        responses: {
            /** @description Replaced: history holds what it replaced */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FxPublication"];
                };
            };
            /** @description Published */
            201: {
                headers: {
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FxPublication"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description The rates of this date changed meanwhile (concurrent-update): retry. Problem types: `concurrent-update` */
            409: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/concurrent-update";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listFxRates: {
        parameters: {
            query: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                /** @description The first date listed. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today. */
                from: string;
                /** @description The last date listed (on or after from). Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today. */
                to: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The publications in the range */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FxPublicationList"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor). Problem types: `invalid-cursor`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    requestLimit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LimitRequest"];
            };
        };
        responses: {
            /** @description Decided: approved, partly approved, not approved (a zero limit), conditional, reduced or cancelled */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitDecision"];
                };
            };
            /** @description Referred to an underwriter; the decision comes as limit.decided */
            202: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitDecision"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `malformed-json`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No buyer with this buyerId. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The buyer’s limits changed while deciding (concurrent-update): retry after Retry-After; or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `concurrent-update`, `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listLimits: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                /** @description Only the items changed at or after this moment (RFC 3339), in the order they last changed, oldest first, each with its updatedAt: to sync, pass the greatest updatedAt you have seen (you may see that item again). Not combined with the list’s other filters. */
                updatedSince?: string;
            };
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of limits */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `invalid-cursor`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A broker named in Bouclier-Tenant a tenant that gave it no mandate (not-found). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getLimit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Buyer id (byr_…) */
                buyerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The limit and its history */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitWithHistory"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description You hold no limit on this buyer. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getLimitRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules */
            200: {
                headers: {
                    /** @description The version of the resource this answer shows (a strong ETag): send it back in If-Match to change it safely */
                    ETag: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitRulesInForce"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    putLimitRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read (quotes included), or several separated by commas, or *: the change applies only if the resource is still at one of them, else 412 precondition-failed and nothing changes. Without If-Match the change applies whatever changed meanwhile (the last write wins). Weak ETags (W/"…") never match: ours are strong. */
                "If-Match"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LimitRules"];
            };
        };
        responses: {
            /** @description The rules */
            200: {
                headers: {
                    /** @description The version of the resource this answer shows (a strong ETag): send it back in If-Match to change it safely */
                    ETag: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitRulesInForce"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description If-Match names an ETag the resource is no longer at: it changed since you read it, and nothing was changed; currentETag says where it is now (precondition-failed). Problem types: `precondition-failed` */
            412: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/precondition-failed";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listReferrals: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of pending referrals */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor). Problem types: `invalid-cursor`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    decideReferral: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Referral id (ref_…) */
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnderwriterDecision"];
            };
        };
        responses: {
            /** @description The decision */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LimitDecision"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No referral with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The referral is already decided (referral-decided), or the grant exceeds the buyer’s remaining capacity (no-capacity); or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `idempotency-key-in-progress`, `no-capacity`, `referral-decided` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-in-progress" | "https://bouclier.dev/problems/no-capacity" | "https://bouclier.dev/problems/referral-decided";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    recordRiskEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RiskEvents"];
            };
        };
        responses: {
            /** @description The events recorded, each with the buyer’s grade and status before and after */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordedRiskEvents"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A buyer changed while its events were applied (concurrent-update): retry; or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `concurrent-update`, `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getMonitoringRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules */
            200: {
                headers: {
                    /** @description The version of the resource this answer shows (a strong ETag): send it back in If-Match to change it safely */
                    ETag: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringRulesResponse"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    putMonitoringRules: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read (quotes included), or several separated by commas, or *: the change applies only if the resource is still at one of them, else 412 precondition-failed and nothing changes. Without If-Match the change applies whatever changed meanwhile (the last write wins). Weak ETags (W/"…") never match: ours are strong. */
                "If-Match"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MonitoringRules"];
            };
        };
        responses: {
            /** @description The rules */
            200: {
                headers: {
                    /** @description The version of the resource this answer shows (a strong ETag): send it back in If-Match to change it safely */
                    ETag: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonitoringRulesResponse"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description If-Match names an ETag the resource is no longer at: it changed since you read it, and nothing was changed; currentETag says where it is now (precondition-failed). Problem types: `precondition-failed` */
            412: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/precondition-failed";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    watchBuyer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Buyer id (byr_…) */
                buyerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Already watched */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Watch"];
                };
            };
            /** @description Now watched */
            201: {
                headers: {
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Watch"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No buyer with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    unwatchBuyer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Buyer id (byr_…) */
                buyerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No longer watched */
            204: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No buyer with this id on your watchlist. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listWatchlist: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                /** @description Only the items changed at or after this moment (RFC 3339), in the order they last changed, oldest first, each with its updatedAt: to sync, pass the greatest updatedAt you have seen (you may see that item again). Not combined with the list’s other filters. */
                updatedSince?: string;
            };
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of watched buyers */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WatchPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `invalid-cursor`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A broker named in Bouclier-Tenant a tenant that gave it no mandate (not-found). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listSectorAlerts: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                /** @description Only open or only closed alerts */
                status?: "open" | "closed";
            };
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of alerts */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectorAlertPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor). Problem types: `invalid-cursor`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    raiseSectorAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RaiseSectorAlert"];
            };
        };
        responses: {
            /** @description The alert, open */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectorAlert"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description An alert is already open on this sector and country (sector-alert-open); or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `idempotency-key-in-progress`, `sector-alert-open` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-in-progress" | "https://bouclier.dev/problems/sector-alert-open";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getSectorAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Sector alert id (sal_…) */
                alertId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectorAlert"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No sector alert with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    closeSectorAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Sector alert id (sal_…) */
                alertId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert, closed */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SectorAlert"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No sector alert with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listCountryEvents: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                /** @description Only this country’s events */
                country?: string;
                /** @description Only open (not closed) or only closed events */
                status?: "open" | "closed";
            };
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of country events */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryEventPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor). Problem types: `invalid-cursor`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    createCountryEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCountryEvent"];
            };
        };
        responses: {
            /** @description The event, open */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryEvent"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getCountryEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Country event id (cev_…) */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryEvent"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No country event with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    closeCountryEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Country event id (cev_…) */
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseCountryEvent"];
            };
        };
        responses: {
            /** @description The event, closed */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountryEvent"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No country event with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description Already closed (country-event-closed, with closedOn). Problem types: `country-event-closed` */
            409: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/country-event-closed";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    notifyOverdue: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OverdueNotification"];
            };
        };
        responses: {
            /** @description The claim, in collection */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `malformed-json`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No buyer with this buyerId. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description A claim is already open on this buyer (claim-open, with its claimId and addInvoicesUrl, `/v1/claims/{claimId}/invoices`, the route that adds invoices to it), or its invoices changed meanwhile (concurrent-update); or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `claim-open`, `concurrent-update`, `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/claim-open" | "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Notified after the deadline, mepEndsOn + notificationPeriodDays (notification-late, with deadline, mepEndsOn and oldestUnpaidDueDate): nothing stored, cover on those invoices is lost. Notified as political on a policy without political cover (political-risk-not-covered), or on a private buyer whose country had no open country event on an invoice’s due date (no-political-event, with invoiceIds): nothing stored; or this Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused`, `no-political-event`, `notification-late`, `political-risk-not-covered` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused" | "https://bouclier.dev/problems/no-political-event" | "https://bouclier.dev/problems/notification-late" | "https://bouclier.dev/problems/political-risk-not-covered";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    addClaimInvoices: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Claim id (clm_…) */
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimInvoices"];
            };
        };
        responses: {
            /** @description The claim with the invoices added, its outstanding and (indemnifiable) its indemnity computed again */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `malformed-json`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No claim with this id among yours. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The claim is not in collection or indemnifiable (claim-status, with claimStatus), or it or an invoice changed meanwhile (concurrent-update); or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `claim-status`, `concurrent-update`, `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/claim-status" | "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description A buyer not insolvent, after the notification deadline (notification-late, with deadline, mepEndsOn and oldestUnpaidDueDate): nothing stored; or this Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused`, `notification-late` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused" | "https://bouclier.dev/problems/notification-late";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listExtensions: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                /** @description Only the requests in this status (referred: waiting for the insurer) */
                status?: "approved" | "referred" | "refused";
                /** @description Only the items changed at or after this moment (RFC 3339), in the order they last changed, oldest first, each with its updatedAt: to sync, pass the greatest updatedAt you have seen (you may see that item again). Not combined with the list’s other filters. */
                updatedSince?: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of extension requests */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionRequestPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor). Problem types: `invalid-cursor`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A broker named a tenant it holds no mandate for. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    requestExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionRequestInput"];
            };
        };
        responses: {
            /** @description Approved by the policyholder (newDueDate on or before mepEndsOn) */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionRequest"];
                };
            };
            /** @description Referred to the insurer (newDueDate after mepEndsOn); the decision comes as extension.decided */
            202: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionRequest"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `malformed-json`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No invoice with this invoiceId among yours. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The invoice is paid (invoice-paid), notified in a claim (claim-open), has an extension waiting for the insurer (extension-pending, with extensionId), or changed meanwhile (concurrent-update); or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `claim-open`, `concurrent-update`, `extension-pending`, `idempotency-key-in-progress`, `invoice-paid` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/claim-open" | "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/extension-pending" | "https://bouclier.dev/problems/idempotency-key-in-progress" | "https://bouclier.dev/problems/invoice-paid";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description newDueDate is not after the invoice’s current due date (extension-not-later, with currentDueDate): nothing stored; or this Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `extension-not-later`, `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/extension-not-later" | "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Extension request id (ext_…) */
                extensionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionRequest"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No extension request with this id (among yours). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    decideExtension: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Extension request id (ext_…) */
                extensionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtensionDecision"];
            };
        };
        responses: {
            /** @description The decided request */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExtensionRequest"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No extension request with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description Already decided, or approved by the policyholder (extension-decided, with extensionStatus), or changed meanwhile (concurrent-update); or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `concurrent-update`, `extension-decided`, `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/extension-decided" | "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listClaims: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                status?: "notified" | "in_collection" | "recovered" | "indemnifiable" | "indemnified" | "closed";
                /** @description Buyer id (byr_…) */
                buyerId?: string;
                /** @description Only the items changed at or after this moment (RFC 3339), in the order they last changed, oldest first, each with its updatedAt: to sync, pass the greatest updatedAt you have seen (you may see that item again). Not combined with the list’s other filters. */
                updatedSince?: string;
            };
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of claims */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `invalid-cursor`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A broker named in Bouclier-Tenant a tenant that gave it no mandate (not-found). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Claim id (clm_…) */
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No claim with this id among yours. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    setClaimDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Claim id (clm_…) */
                claimId: string;
                kind: "invoices" | "proof_of_delivery" | "correspondence" | "statement_of_account";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimDocument"];
            };
        };
        responses: {
            /** @description The claim */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `malformed-json`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No claim with this id among yours. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The claim changed meanwhile (concurrent-update): read it again and retry. Problem types: `concurrent-update` */
            409: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/concurrent-update";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    recordCollection: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Claim id (clm_…) */
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoneyReceived"];
            };
        };
        responses: {
            /** @description The claim */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No claim with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The claim is not in collection any more (claim-status, with claimStatus), or changed meanwhile (concurrent-update); or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `claim-status`, `concurrent-update`, `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/claim-status" | "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    indemnifyClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Claim id (clm_…) */
                claimId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim, indemnified */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No claim with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The claim is not indemnifiable (claim-status, with claimStatus), or changed meanwhile (concurrent-update); or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `claim-status`, `concurrent-update`, `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/claim-status" | "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    recordRecovery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Claim id (clm_…) */
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MoneyReceived"];
            };
        };
        responses: {
            /** @description The claim */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No claim with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The claim is not indemnified (claim-status, with claimStatus), or changed meanwhile (concurrent-update); or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `claim-status`, `concurrent-update`, `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/claim-status" | "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description Recoveries would exceed the loss (recovery-exceeds-loss, with loss, recovered and amount): nothing stored; or this Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused`, `recovery-exceeds-loss` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused" | "https://bouclier.dev/problems/recovery-exceeds-loss";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    recordClaimCost: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Claim id (clm_…) */
                claimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CollectionCost"];
            };
        };
        responses: {
            /** @description The claim, with the cost */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No claim with this id (among yours). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The claim is closed or recovered (claim-status, with claimStatus), or changed meanwhile (concurrent-update); or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `claim-status`, `concurrent-update`, `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/claim-status" | "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    declareTurnover: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TurnoverDeclarationInput"];
            };
        };
        responses: {
            /** @description Corrected */
            200: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TurnoverDeclaration"];
                };
            };
            /** @description Declared */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TurnoverDeclaration"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `malformed-json`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A broker named in Bouclier-Tenant a tenant that gave it no mandate (not-found). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The declaration changed meanwhile (concurrent-update): retry; or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `concurrent-update`, `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getPremium: {
        parameters: {
            query?: {
                /** @description Answer the policy year containing this day (default: today, or the inception date while the policy has not begun): the year the minimum premium is settled on. Not before the policy’s inception date. Calendar date YYYY-MM-DD (UTC), from 2000-01-01 to ten years after today. */
                on?: string;
                /** @description Answer this calendar year’s months instead (view calendar_year): the minimum premium is not settled on it, unless it is a policy year (inception on 1 January). Not before the inception’s year. A year, from 2000 to the year ten years after today. */
                year?: number;
            };
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The premium of the policy year, or of the calendar year */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PremiumYear"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A broker named in Bouclier-Tenant a tenant that gave it no mandate (not-found). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getPortfolio: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The portfolio today */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Portfolio"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A broker named in Bouclier-Tenant a tenant that gave it no mandate (not-found). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getPortfolioHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshots */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioHistory"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A broker named in Bouclier-Tenant a tenant that gave it no mandate (not-found). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getInsurerPortfolio: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The insurer’s portfolio today */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InsurerPortfolio"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listInvoices: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                /** @description Only the invoices on this buyer (by issue date); without it, all your invoices */
                buyerId?: string;
                /** @description Only open (unpaid) or paid invoices */
                status?: "open" | "paid";
                /** @description Only the items changed at or after this moment (RFC 3339), in the order they last changed, oldest first, each with its updatedAt: to sync, pass the greatest updatedAt you have seen (you may see that item again). Not combined with the list’s other filters. */
                updatedSince?: string;
            };
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of invoices */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoicePage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `invalid-cursor`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A broker named in Bouclier-Tenant a tenant that gave it no mandate (not-found). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    createInvoices: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInvoices"];
            };
        };
        responses: {
            /** @description The invoice declared (Location reads it back), or {items} for a batch (Location names its first invoice) */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedInvoice"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `malformed-json`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No buyer with a buyerId given, or no order with an orderId given on that buyer. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description Nothing declared: a number already used (duplicate-invoice, with existingId; Location names that invoice), an order released or already invoiced (order-not-committed), a buyer’s exposure would pass 10^12 minor units (exposure-ceiling), or an order of the batch changed meanwhile (concurrent-update); or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `concurrent-update`, `duplicate-invoice`, `exposure-ceiling`, `idempotency-key-in-progress`, `order-not-committed` */
            409: {
                headers: {
                    /** @description On duplicate-invoice: the invoice already declared under that number */
                    Location?: string;
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/duplicate-invoice" | "https://bouclier.dev/problems/exposure-ceiling" | "https://bouclier.dev/problems/idempotency-key-in-progress" | "https://bouclier.dev/problems/order-not-committed";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Invoice id (inv_…) */
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Invoice"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No such invoice of yours (another tenant’s answers the same). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    recordPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Invoice id (inv_…) */
                invoiceId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Payment"];
            };
        };
        responses: {
            /** @description The payment and the invoice after it (Location reads the payment back) */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResult"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `malformed-json`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No invoice with this id among yours. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The invoice changed meanwhile (concurrent-update): read it again and retry; or it is in a claim (claim-open, with its claimId): what the buyer pays is a collection on the claim; or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `claim-open`, `concurrent-update`, `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/claim-open" | "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Invoice id (inv_…) */
                invoiceId: string;
                /** @description Payment id (pay_…) */
                paymentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment and its invoice */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentResult"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No such payment on an invoice of yours (another tenant’s answers the same). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getExposure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Buyer id (byr_…) */
                buyerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The exposure */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exposure"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No buyer with this id. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    coverCheck: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CoverCheck"];
            };
        };
        responses: {
            /** @description The answer (nothing reserved) */
            200: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverCheckResult"];
                };
            };
            /** @description The answer, the covered part reserved under orderId (Location reads the order back) */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CoverCheckResult"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `malformed-json`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No buyer with this buyerId. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The buyer’s exposure changed while checking (concurrent-update): retry after Retry-After; or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `concurrent-update`, `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Order id (ord_…) */
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No such order of yours (another tenant’s answers the same). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    releaseOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Order id (ord_…) */
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order, released */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No order with this id among yours. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The order is invoiced: its exposure is the invoice’s now (order-invoiced). Problem types: `order-invoiced` */
            409: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/order-invoiced";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getDecisionMatrix: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matrix in force */
            200: {
                headers: {
                    /** @description The version of the resource this answer shows (a strong ETag): send it back in If-Match to change it safely */
                    ETag: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionMatrixInForce"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A broker named in Bouclier-Tenant a tenant that gave it no mandate (not-found). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    putDecisionMatrix: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read (quotes included), or several separated by commas, or *: the change applies only if the resource is still at one of them, else 412 precondition-failed and nothing changes. Without If-Match the change applies whatever changed meanwhile (the last write wins). Weak ETags (W/"…") never match: ours are strong. */
                "If-Match"?: string;
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionMatrix"];
            };
        };
        responses: {
            /** @description The matrix in force */
            200: {
                headers: {
                    /** @description The version of the resource this answer shows (a strong ETag): send it back in If-Match to change it safely */
                    ETag: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionMatrixInForce"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `malformed-json`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A broker named in Bouclier-Tenant a tenant that gave it no mandate (not-found). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description If-Match names an ETag the resource is no longer at: it changed since you read it, and nothing was changed; currentETag says where it is now (precondition-failed). Problem types: `precondition-failed` */
            412: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/precondition-failed";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                /** @description Only the items changed at or after this moment (RFC 3339), in the order they last changed, oldest first, each with its updatedAt: to sync, pass the greatest updatedAt you have seen (you may see that item again). Not combined with the list’s other filters. */
                updatedSince?: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of endpoints */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor). Problem types: `invalid-cursor`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description The endpoint and its secret */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description The URL cannot receive webhooks (webhook-url-refused): not https, carries credentials, or resolves to a non-public address; the detail says which rule; or this Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused`, `webhook-url-refused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused" | "https://bouclier.dev/problems/webhook-url-refused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Webhook endpoint id (wh_…) */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    /** @description The version of the resource this answer shows (a strong ETag): send it back in If-Match to change it safely */
                    ETag: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No endpoint with this id among yours. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Webhook endpoint id (wh_…) */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No endpoint with this id among yours. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you read (quotes included), or several separated by commas, or *: the change applies only if the resource is still at one of them, else 412 precondition-failed and nothing changes. Without If-Match the change applies whatever changed meanwhile (the last write wins). Weak ETags (W/"…") never match: ours are strong. */
                "If-Match"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Webhook endpoint id (wh_…) */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatchWebhook"];
            };
        };
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    /** @description The version of the resource this answer shows (a strong ETag): send it back in If-Match to change it safely */
                    ETag: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the body is not JSON (malformed-json). Problem types: `malformed-json`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/malformed-json" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No endpoint with this id among yours. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The endpoint changed meanwhile (concurrent-update): read it again and retry. Problem types: `concurrent-update` */
            409: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/concurrent-update";
                    };
                };
            };
            /** @description If-Match names an ETag the resource is no longer at: it changed since you read it, and nothing was changed; currentETag says where it is now (precondition-failed). Problem types: `precondition-failed` */
            412: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/precondition-failed";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The body is not sent as application/json (unsupported-media-type). Problem types: `unsupported-media-type` */
            415: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unsupported-media-type";
                    };
                };
            };
            /** @description The URL cannot receive webhooks (webhook-url-refused): not https, carries credentials, or resolves to a non-public address; the detail says which rule. Problem types: `webhook-url-refused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/webhook-url-refused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes this request safe to retry: 1 to 255 printable ASCII characters, no spaces; kept 24 hours for the caller. The same key, method, path and body answers the first response again (with Idempotent-Replayed: true); the same key for another request is 422 idempotency-key-reused; while the first still runs, 409 idempotency-key-in-progress. */
                "Idempotency-Key"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Webhook endpoint id (wh_…) */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret, shown this once */
            201: {
                headers: {
                    /** @description Present when this is the stored response of an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    /** @description The resource this request created */
                    Location: string;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedSecret"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No endpoint with this id among yours. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The endpoint changed meanwhile (concurrent-update): retry; or a request with this Idempotency-Key is still running; retry after Retry-After (idempotency-key-in-progress). Problem types: `concurrent-update`, `idempotency-key-in-progress` */
            409: {
                headers: {
                    /** @description Seconds to wait before retrying, sent on idempotency-key-in-progress */
                    "Retry-After"?: number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/idempotency-key-in-progress";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description This Idempotency-Key was used for another request (another method, path or body); nothing ran (idempotency-key-reused). Problem types: `idempotency-key-reused` */
            422: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/idempotency-key-reused";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    sendTestEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Webhook endpoint id (wh_…) */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The test event is on its way; follow it in the delivery log */
            202: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TestEventSent"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No endpoint with this id among yours. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The endpoint is disabled (webhook-disabled): enable it first. Problem types: `webhook-disabled` */
            409: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/webhook-disabled";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listDeliveries: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                /** @description Only deliveries in this status */
                status?: "pending" | "succeeded" | "failed";
                /** @description Only the items changed at or after this moment (RFC 3339), in the order they last changed, oldest first, each with its updatedAt: to sync, pass the greatest updatedAt you have seen (you may see that item again). Not combined with the list’s other filters. */
                updatedSince?: string;
            };
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Webhook endpoint id (wh_…) */
                webhookId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor). Problem types: `invalid-cursor`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No endpoint with this id among yours. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    getDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Webhook endpoint id (wh_…) */
                webhookId: string;
                /** @description Delivery id (dlv_…): one event to one endpoint */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No such delivery on an endpoint of yours. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    replayDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path: {
                /** @description Webhook endpoint id (wh_…) */
                webhookId: string;
                /** @description Delivery id (dlv_…): one event to one endpoint */
                deliveryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, pending again */
            202: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation). Problem types: `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description No such delivery on an endpoint of yours. Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The endpoint is disabled (webhook-disabled), or the delivery is being attempted right now (concurrent-update). Problem types: `concurrent-update`, `webhook-disabled` */
            409: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/concurrent-update" | "https://bouclier.dev/problems/webhook-disabled";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /** @description Items per page (1–100, default 25) */
                limit?: number;
                /** @description The cursor of the previous page */
                cursor?: string;
                /** @description Where to take up: an RFC 3339 timestamp (events that occurred at or after it) or the id of the last event you processed (the events after it). Without it, the whole log (30 days). */
                since?: string;
            };
            header?: {
                /** @description Required for broker keys: the tenant (ten_…) the broker acts for on this request; without it 400 tenant-required, a tenant that gave the broker no mandate 404. Policyholder keys act for their own tenant and need not send it. */
                "Bouclier-Tenant"?: string;
                /** @description Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : -): it comes back in x-correlation-id, in a problem’s correlationId and in our logs. Absent or not of that form, the gateway’s request id is used instead (the request is not refused). */
                "x-correlation-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventPage"];
                };
            };
            /** @description A path, query, header or body field is not valid, or the request carries a query parameter or a body the operation does not take; errors[] names each (validation); or the cursor was altered, truncated, or comes from another list (invalid-cursor); or a broker key did not name its tenant in Bouclier-Tenant (tenant-required). Problem types: `invalid-cursor`, `tenant-required`, `validation` */
            400: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/invalid-cursor" | "https://bouclier.dev/problems/tenant-required" | "https://bouclier.dev/problems/validation";
                    };
                };
            };
            /** @description The API key is missing, unknown or revoked (unauthorized). Problem types: `unauthorized` */
            401: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/unauthorized";
                    };
                };
            };
            /** @description This key’s role may not call this operation (forbidden). Problem types: `forbidden` */
            403: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/forbidden";
                    };
                };
            };
            /** @description A broker named in Bouclier-Tenant a tenant that gave it no mandate (not-found). Problem types: `not-found` */
            404: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/not-found";
                    };
                };
            };
            /** @description The body exceeds 10 MB (the gateway) (request-too-large). Problem types: `request-too-large` */
            413: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/request-too-large";
                    };
                };
            };
            /** @description The caller’s rate limit is exceeded; retry after Retry-After (rate-limited). Problem types: `rate-limited` */
            429: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/rate-limited";
                    };
                };
            };
            /** @description An unexpected error on our side (internal). Problem types: `internal` */
            500: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/internal";
                    };
                };
            };
            /** @description The gateway could not reach the service; retrying later is safe (gateway-error). Problem types: `gateway-error` */
            502: {
                headers: {
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/gateway-error";
                    };
                };
            };
            /** @description A service this operation needs does not answer, or the authorizer could not check the key; retry after Retry-After (service-unavailable). Problem types: `service-unavailable` */
            503: {
                headers: {
                    /** @description Seconds to wait before retrying */
                    "Retry-After": number;
                    /** @description The x-correlation-id you sent, or the gateway’s request id: quote it when asking about this request */
                    "x-correlation-id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @enum {string} */
                        type?: "https://bouclier.dev/problems/service-unavailable";
                    };
                };
            };
        };
    };
}
