// Launches Debian's Chromium for the tests: headless, sandbox off (CI runs as root), nothing
// fetched from outside, a fresh profile each time.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

/** The Chromium the tests drive: Debian's package, never a downloaded build. */
export const CHROMIUM = process.env.GAZETTE_CHROMIUM ?? "/usr/bin/chromium";

/** Starts Chromium with a throw-away profile; `close()` ends it and deletes the profile. */
export async function launch() {
  const profile = await mkdtemp(join(tmpdir(), "gazette-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
    timeout: 60_000,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
