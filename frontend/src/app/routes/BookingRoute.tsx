import { useParams } from 'react-router';
import { SignInForm } from '@/features/auth/components/SignInForm';
import { BookingPage } from '@/features/booking/components/BookingPage';

export function BookingRoute() {
  const { id = '' } = useParams();
  return (
    <BookingPage
      showId={id}
      signInPrompt={
        <div className="card">
          <SignInForm title="Sign in to book seats" />
        </div>
      }
    />
  );
}
