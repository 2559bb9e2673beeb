// Does nothing: the test harness (tests/e2e/browser.mjs launch) knows an
// extension has loaded by its service worker.
