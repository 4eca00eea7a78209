// A worker thread does not inherit its parent's TypeScript loader: register tsx here, then
// start the worker itself (worker.ts). Plain JavaScript so that Node can load it as it is.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
