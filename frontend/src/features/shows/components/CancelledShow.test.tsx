import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aCustomer, aShowDetail, SHOW_ID } from '@/testing/data';
import { fakeApi, json } from '@/testing/fake-api';
import { renderApp, signInAs } from '@/testing/render';

describe('A cancelled show’s page', () => {
  it('says booking is closed instead of offering seats', async () => {
    signInAs(aCustomer());
    fakeApi({
      [`GET /shows/${SHOW_ID}`]: () =>
        json(aShowDetail({ status: 'CANCELLED', cancelledAt: '2099-01-02T10:00:00Z', reservedSeats: [] })),
    });
    renderApp(`/booking/${SHOW_ID}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Winter Concert' })).toBeInTheDocument();
    expect(screen.getByText('Cancelled')).toBeInTheDocument();
    expect(screen.getByText(/was cancelled on .*It can no longer be booked, and every booking for it has been cancelled\./)).toBeInTheDocument();
    expect(screen.queryByRole('grid')).toBeNull();
    expect(screen.queryByRole('button', { name: /Book/ })).toBeNull();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'My bookings' })).toHaveAttribute('href', '/my-bookings');
  });
});
