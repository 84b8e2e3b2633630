import { ShowList } from '@/features/shows/components/ShowList';

export function ShowsRoute() {
  return <ShowList />;
}
