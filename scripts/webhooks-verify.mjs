// Verifies webhook deliveries captured by a Go test with the Standard Webhooks reference library for
// JavaScript (npm "standardwebhooks"), which shares no code with tribe's Go signer.
//
// Usage: node scripts/webhooks-verify.mjs FILE
// FILE is a JSON array of {secrets: ["whsec_…", …], headers: {name: value}, body: "…", valid: bool}: each
// secret must verify the delivery when valid is true, and none may when it is false (a tampered body or
// a wrong secret). Prints "N passed, N failed" and exits non-zero on any mismatch.
import { readFileSync } from "node:fs";
import { Webhook } from "standardwebhooks";

const cases = JSON.parse(readFileSync(process.argv[2], "utf8"));
let passed = 0;
let failed = 0;
for (const [i, c] of cases.entries()) {
  for (const secret of c.secrets) {
    let ok = true;
    let why = "";
    try {
      new Webhook(secret).verify(c.body, c.headers);
    } catch (e) {
      ok = false;
      why = String(e && e.message);
    }
    if (ok === c.valid) {
      passed++;
    } else {
      failed++;
      console.error(`case ${i} (${c.headers["webhook-id"]}): expected valid=${c.valid}, got ${ok} ${why}`);
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
