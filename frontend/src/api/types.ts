import type { components } from './schema';

type Schemas = components['schemas'];

export type Show = Schemas['ShowResponse'];
export type ShowDetail = Schemas['ShowDetailResponse'];
export type CreateShowInput = Schemas['CreateShowRequest'];
export type BookSeatsInput = Schemas['BookSeatsRequest'];
export type Booking = Schemas['BookingResponse'];
export type Problem = Schemas['Problem'];
export type Violation = Schemas['Violation'];
