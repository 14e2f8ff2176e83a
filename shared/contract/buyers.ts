import * as z from 'zod';
import { CountryCode, Id, Page, PageQuery, Text, Timestamp } from './common.ts';
import { EXAMPLE_IDS, EXAMPLE_STORY } from './examples.ts';

export const BuyerId = /* @__PURE__ */ (() => Id('buyer', 'Buyer id (byr_…)'))();
export const Grade = /* @__PURE__ */ (() => z.int().min(1).max(10).meta({ description: 'Risk grade: 1 lowest risk … 10 insolvent or defaulted' }))();
export const BuyerStatus = /* @__PURE__ */ (() => z.enum(['active', 'insolvent', 'closed']))();
export const BuyerKind = /* @__PURE__ */ (() => z
  .enum(['private', 'public'])
  .meta({ description: 'private: a company; public: a public body (state, local authority, public institution), which cannot be insolvent' }))();
export type BuyerKind = z.output<typeof BuyerKind>;
export const Sector = /* @__PURE__ */ (() => z
  .string()
  .regex(/^[A-U][0-9]{2}$/, 'a NACE section letter and division number, such as C29')
  .meta({ description: 'NACE Rev. 2 section and division', example: 'C29' }))();
const RegistrationId = /* @__PURE__ */ (() => Text(1, 64)
  .transform((id) => id.replace(/\s+/g, '').toUpperCase())
  .meta({ description: 'National registration id (SIREN, VAT number…); spaces are ignored, letters upper-cased' }))();

export const Buyer = /* @__PURE__ */ (() => z
  .object({
    buyerId: BuyerId,
    legalName: z.string(),
    country: CountryCode,
    registrationId: z.string(),
    sector: Sector,
    grade: Grade,
    status: BuyerStatus,
    kind: BuyerKind,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({
    id: 'Buyer',
    example: {
      buyerId: EXAMPLE_IDS.buyer,
      legalName: EXAMPLE_STORY.buyerName,
      country: EXAMPLE_STORY.country,
      registrationId: EXAMPLE_STORY.registrationId,
      sector: EXAMPLE_STORY.sector,
      grade: 4,
      status: 'active',
      kind: 'private',
      createdAt: '2026-11-26T08:51:27.204Z',
      updatedAt: '2026-11-26T08:51:27.204Z',
    },
  }))();
export type Buyer = z.output<typeof Buyer>;

export const CreateBuyerBody = /* @__PURE__ */ (() => z
  .strictObject({
    legalName: Text(1, 200),
    country: CountryCode,
    registrationId: RegistrationId,
    sector: Sector,
    grade: Grade,
    status: BuyerStatus.default('active'),
    kind: BuyerKind.default('private'),
  })
  .meta({
    id: 'CreateBuyer',
    example: {
      legalName: EXAMPLE_STORY.buyerName,
      country: EXAMPLE_STORY.country,
      registrationId: '552 081 317',
      sector: EXAMPLE_STORY.sector,
      grade: 4,
    },
  }))();
export type CreateBuyerBody = z.output<typeof CreateBuyerBody>;

export const PatchBuyerBody = /* @__PURE__ */ (() => z
  .strictObject({ legalName: Text(1, 200).optional(), sector: Sector.optional(), grade: Grade.optional(), status: BuyerStatus.optional(), kind: BuyerKind.optional() })
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one field to change')
  .meta({ id: 'PatchBuyer', example: { grade: 4 } }))();
export type PatchBuyerBody = z.output<typeof PatchBuyerBody>;

export const BuyerQuery = /* @__PURE__ */ (() => PageQuery.extend({
  country: CountryCode.optional(),
  registrationId: RegistrationId.optional(),
  q: Text(1, 100).optional().meta({ description: 'Start of the legal name (case and accents ignored)' }),
}).refine((query) => !query.registrationId || query.country, { message: 'registrationId needs country', path: ['registrationId'] }))();

export const BuyerIdParams = /* @__PURE__ */ (() => z.strictObject({ buyerId: BuyerId }))();
export const BuyerPage = /* @__PURE__ */ (() => Page(Buyer, 'BuyerPage'))();

export const CountryCategory = /* @__PURE__ */ (() => z.int().min(0).max(7).meta({ description: 'OECD country risk category: 0 lowest … 7 highest' }))();
export const Country = /* @__PURE__ */ (() => z
  .object({ countryCode: CountryCode, category: CountryCategory, isDefault: z.boolean(), updatedAt: Timestamp.optional() })
  .meta({ id: 'Country', example: { countryCode: EXAMPLE_STORY.country, category: 0, isDefault: false, updatedAt: '2026-11-02T10:30:00.000Z' } }))();
export type Country = z.output<typeof Country>;
export const CountryParams = /* @__PURE__ */ (() => z.strictObject({ countryCode: CountryCode }))();
export const PutCountryBody = /* @__PURE__ */ (() => z.strictObject({ category: CountryCategory }).meta({ id: 'PutCountry', example: { category: 0 } }))();
export const CountryList = /* @__PURE__ */ (() => z
  .object({ items: z.array(Country), defaultCategory: CountryCategory })
  .meta({
    id: 'CountryList',
    example: {
      items: [
        { countryCode: 'FR', category: 0, isDefault: false, updatedAt: '2026-11-02T10:30:00.000Z' },
        { countryCode: 'MA', category: 3, isDefault: false, updatedAt: '2026-11-02T10:31:12.000Z' },
        { countryCode: 'TR', category: 5, isDefault: false, updatedAt: '2026-11-02T10:32:47.000Z' },
      ],
      defaultCategory: 4,
    },
  }))();
