// Regenerate every tests/golden/*/expected.json from the current pipeline: `npm run golden:update`.
// Review the diff before committing: a golden file is a claim about what is right.
import { writeFileSync } from "node:fs";
import { actualRecord, goldenCases } from "./golden.ts";

for (const c of goldenCases()) {
  writeFileSync(c.expectedPath, `${JSON.stringify(actualRecord(c), null, 2)}\n`);
  console.log(`wrote ${c.expectedPath}`);
}
