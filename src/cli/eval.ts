import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { buildArchive } from "../pipeline/index.ts";
import { evaluate, formatEvaluation, truthSchema } from "../pipeline/report/evaluate.ts";
import { entityTruthSchema, evaluateEntities, formatEntityEvaluation } from "../pipeline/report/evaluateEntities.ts";
import { localToday } from "../eleventy/options.ts";

const USAGE = "usage: npm run eval -- --seeds DIR --truth FILE.json [--entities FILE.json] [--build-day YYYY-MM-DD]";

/**
 * `npm run eval`: build the records of a folder (no site) and compare them with a truth file,
 * printing per-field accuracy and every miss. Exit 0 when it ran, 2 on unusable arguments.
 */
export async function runEval(argv: readonly string[], log: (s: string) => void = console.log, logError: (s: string) => void = console.error): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: { seeds: { type: "string" }, truth: { type: "string" }, entities: { type: "string" }, "build-day": { type: "string" } }, strict: true }));
  } catch (error) {
    logError(`eval: ${(error as Error).message}; ${USAGE}`);
    return 2;
  }
  if (!values.seeds || !values.truth) {
    logError(`eval: --seeds and --truth are required; ${USAGE}`);
    return 2;
  }
  if (!(await stat(values.seeds).catch(() => null))?.isDirectory()) {
    logError(`eval: seeds folder "${values.seeds}" does not exist or is not a folder`);
    return 2;
  }
  let truth;
  try {
    truth = truthSchema.parse(JSON.parse(await readFile(values.truth, "utf8")));
  } catch (error) {
    logError(`eval: truth file "${values.truth}" is unusable: ${(error as Error).message.split("\n")[0]}`);
    return 2;
  }
  // Entity labels sit beside the truth file as entities.json, or where --entities says.
  const entitiesFile = values.entities ?? path.join(path.dirname(values.truth), "entities.json");
  let entityTruth = null;
  if (values.entities || (await stat(entitiesFile).catch(() => null))) {
    try {
      entityTruth = entityTruthSchema.parse(JSON.parse(await readFile(entitiesFile, "utf8")));
    } catch (error) {
      logError(`eval: entities file "${entitiesFile}" is unusable: ${(error as Error).message.split("\n")[0]}`);
      return 2;
    }
  }
  const archive = await buildArchive({ seedsDir: path.resolve(values.seeds), buildDay: values["build-day"] ?? localToday() });
  const records = archive.stories.map((s) => s.record);
  log(formatEvaluation(evaluate(records, truth, archive.events)));
  if (entityTruth) log(`\n${formatEntityEvaluation(evaluateEntities(records, entityTruth))}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await runEval(process.argv.slice(2));
}
