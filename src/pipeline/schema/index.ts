export * from "./message.ts";
export * from "./story.ts";
export * from "./archive.ts";
