import { useParams } from 'react-router';
import { SignInPrompt } from '@/features/auth/components/SignInPrompt';
import { BookingPage } from '@/features/booking/components/BookingPage';

export function BookingRoute() {
  const { id = '' } = useParams();
  return <BookingPage showId={id} signInPrompt={<SignInPrompt title="Sign in to book seats" />} />;
}
