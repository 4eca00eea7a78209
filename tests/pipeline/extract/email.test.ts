import { describe, expect, it } from "vitest";
import { readEmail } from "../../../src/pipeline/extract/email.ts";

const toLines = (text: string) => text.split("\n").map((t, i) => ({ n: i + 1, text: t.trim(), removedBy: [] as string[] }));

describe("readEmail", () => {
  it("uses the innermost header block of a forward, and marks the forwarder's note", () => {
    const lines = toLines(
      "From: Karen Liu <k@example.com>\nDate: Fri, 15 Sep 2023 09:47:12 -0700\nSubject: Fwd: Ferry contract heads back to bid\n\nFYI, see the second item.\n\n---------- Forwarded message ---------\nFrom: Bay Current <news@example.com>\nDate: Thu, Sep 14, 2023 at 6:01 AM\nSubject: Ferry contract heads back to bid\n\nThe port commission will rebid the contract.",
    );
    const email = readEmail(lines);
    expect(email?.subject).toBe("Ferry contract heads back to bid");
    expect(email?.dateLine?.n).toBe(9);
    expect(lines[4]!.removedBy).toEqual(["forward-note"]);
    expect(lines[6]!.removedBy).toEqual(["email-header"]);
    expect(lines.at(-1)!.removedBy).toEqual([]);
  });

  it("leaves articles that are not e-mails alone", () => {
    expect(readEmail(toLines("Headline\n\nFrom: the start, the plan was late."))).toBeNull();
  });
});
