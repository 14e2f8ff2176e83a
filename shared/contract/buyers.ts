import * as z from 'zod';
import { CountryCode, Id, Page, PageQuery, Text, Timestamp } from './common.ts';

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
  .meta({ id: 'Buyer' }))();
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
  .meta({ id: 'CreateBuyer' }))();
export type CreateBuyerBody = z.output<typeof CreateBuyerBody>;

export const PatchBuyerBody = /* @__PURE__ */ (() => z
  .strictObject({ legalName: Text(1, 200).optional(), sector: Sector.optional(), grade: Grade.optional(), status: BuyerStatus.optional(), kind: BuyerKind.optional() })
  .refine((patch) => Object.keys(patch).length > 0, 'name at least one field to change')
  .meta({ id: 'PatchBuyer' }))();
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
  .meta({ id: 'Country' }))();
export type Country = z.output<typeof Country>;
export const CountryParams = /* @__PURE__ */ (() => z.strictObject({ countryCode: CountryCode }))();
export const PutCountryBody = /* @__PURE__ */ (() => z.strictObject({ category: CountryCategory }).meta({ id: 'PutCountry' }))();
export const CountryList = /* @__PURE__ */ (() => z.object({ items: z.array(Country), defaultCategory: CountryCategory }).meta({ id: 'CountryList' }))();
