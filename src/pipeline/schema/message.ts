import { z } from "zod";

/** A message about one input file, in the spirit of vfile: data with a place and a rule id. */
export const severitySchema = z.enum(["error", "warning", "info"]);

export const messageSchema = z.object({
  severity: severitySchema,
  ruleId: z.string().min(1),
  /** Path relative to the seeds folder, with forward slashes. */
  file: z.string(),
  /** 1-based line in the original file, or null when the message is about the whole file. */
  line: z.number().int().positive().nullable(),
  column: z.number().int().positive().nullable(),
  reason: z.string().min(1),
});

export type Severity = z.infer<typeof severitySchema>;
export type Message = z.infer<typeof messageSchema>;
