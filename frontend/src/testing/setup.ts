import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { MotionGlobalConfig } from 'motion/react';
import { afterEach } from 'vitest';
import { assertNoUnexpectedRequests } from './fake-api';
import { FakeEventSource, installFakeEventSource } from './fake-event-source';

// Animations run instantly in tests; what they animate is still rendered and asserted.
MotionGlobalConfig.skipAnimations = true;

// findBy… waits up to this long for the app's chain of requests (who is signed in, then the page's
// data): enough on a machine busy with other builds, and no slower when things go well.
configure({ asyncUtilTimeout: 4_000 });

// jsdom has no EventSource: the app's streams go to a fake each test can drive.
installFakeEventSource();

afterEach(() => {
  cleanup();
  FakeEventSource.reset();
  installFakeEventSource();
  assertNoUnexpectedRequests();
  window.localStorage.clear();
  window.sessionStorage.clear();
  // jsdom keeps cookies for the test file's lifetime: expire the ones the app reads.
  document.cookie = 'sb_csrf=; Max-Age=0; Path=/';
});
