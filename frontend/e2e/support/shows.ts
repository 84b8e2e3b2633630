import { expect, type APIRequestContext } from '@playwright/test';
import { adminAccount, bearer, newCustomer, type Account } from './accounts';

export interface CreatedShow {
  id: string;
  name: string;
  totalSeats: number;
}

/** A name no other test run or data set uses, so tests can share a database. */
export function uniqueName(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
}

/** A show in the future, created straight through the API by the admin. */
export async function createShow(request: APIRequestContext, prefix: string, totalSeats = 40): Promise<CreatedShow> {
  const startTime = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const response = await request.post('/shows', {
    data: { name: uniqueName(prefix), startTime, totalSeats },
    headers: await bearer(adminAccount()),
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as CreatedShow;
}

let someoneElse: Promise<Account> | undefined;

/** Books seats through the API as another customer (one per test worker), or as the given one. */
export async function bookThroughApi(request: APIRequestContext, showId: string, seats: number[], account?: Account) {
  someoneElse ??= newCustomer('E2E Someone Else');
  const response = await request.post(`/shows/${showId}/bookings`, {
    data: { seats },
    headers: await bearer(account ?? (await someoneElse)),
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string };
}

export async function reservedSeats(request: APIRequestContext, showId: string): Promise<number[]> {
  const response = await request.get(`/shows/${showId}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { reservedSeats: number[] }).reservedSeats;
}

export interface LayoutRowInput {
  label: string;
  seats: number;
  gapsAfter?: number[];
  price?: { amount: string; currency: string };
}

export interface LayoutInput {
  sections: { name: string; price?: { amount: string; currency: string }; rows: LayoutRowInput[] }[];
}

/** The small theatre the venue tests use: Stalls A and B (10 seats, an aisle after 5) at 45.00, Balcony A (8) at 30.00. */
export const SMALL_THEATRE: LayoutInput = {
  sections: [
    {
      name: 'Stalls',
      price: { amount: '45.00', currency: 'EUR' },
      rows: [
        { label: 'A', seats: 10, gapsAfter: [5] },
        { label: 'B', seats: 10, gapsAfter: [5] },
      ],
    },
    { name: 'Balcony', rows: [{ label: 'A', seats: 8, price: { amount: '30.00', currency: 'EUR' } }] },
  ],
};

/** A show with a venue layout (issue 12), created by the admin; options such as maxSeatsPerCustomer go along. */
export async function createLayoutShow(
  request: APIRequestContext,
  prefix: string,
  layout: LayoutInput = SMALL_THEATRE,
  options: Record<string, unknown> = {},
): Promise<CreatedShow> {
  const startTime = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const response = await request.post('/shows', {
    data: { name: uniqueName(prefix), startTime, layout, ...options },
    headers: await bearer(adminAccount()),
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as CreatedShow;
}
