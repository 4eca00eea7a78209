import type { Message, Quote } from "../schema/index.ts";
import { decodeFile, type RawFile } from "../read/sourceFile.ts";
import { message } from "../report/messages.ts";
import { packProperty } from "../shape/packed.ts";
import { extractArticle, stripMarkdown, type StoryDraft } from "../extract/article.ts";
import { datelinePlaces } from "../extract/dateline.ts";
import { extractEntities, type StoryEntities } from "../enrich/entities.ts";
import { findQuotes } from "../enrich/quotes.ts";
import { scoreTopics } from "../enrich/topics.ts";
import { compactFeatures, storyFeatures, type CompactFeatures, type StoryFeatures } from "../enrich/features.ts";

/**
 * What is read from one file: its draft, the names and quotations in it, and the messages.
 * This is what the parse cache keeps; the build holds each as a StoryParse (see compactParse).
 */
export interface Parsed {
  draft: StoryDraft | null;
  /** The story's names (its mentions, which only the quotations need, are not kept). */
  entities: Omit<StoryEntities, "mentions"> | null;
  quotes: Quote[];
  /** The story's topics (the taxonomy's, or its editor's) and the words that tell its event. */
  topics: string[];
  features: StoryFeatures | null;
  messages: Message[];
}

/**
 * One file to parse, as read, with its cache key. Its bytes, not its decoded text and lines: a
 * build holds every job until it is parsed, and the bytes are the smallest form (the parse
 * decodes them again).
 */
export interface ParseJob {
  raw: RawFile;
  key: string;
}

/**
 * The work done once per file, alone: the draft, then the names and quotations of its clean
 * body. It depends on nothing but the file, the build day and the archive's repeated lines,
 * which is what lets it be cached by content and run in a worker thread. A crash becomes an
 * error message naming the file, so every file still ends as a story or a message.
 */
export function parseFile(job: ParseJob, buildDay: string, repeated: ReadonlySet<string>): Parsed {
  try {
    const file = decodeFile(job.raw).file;
    // A job is made only of a file that decoded (see prepareFiles).
    if (!file) throw new Error("the file could not be decoded");
    const { draft, messages } = extractArticle(file, buildDay, repeated);
    if (!draft) return { draft, entities: null, quotes: [], topics: [], features: null, messages };
    // Names and quotations are read from the plain text of the clean body.
    const plain = draft.paragraphs.map((p) => (draft.file.format === "markdown" ? stripMarkdown(p) : p));
    const { mentions, ...entities } = extractEntities(draft.title, plain, datelinePlaces(draft.dateline), draft.byline);
    const editorTopics = [draft.frontMatter.topics ?? [], draft.frontMatter.tags ?? []].flat();
    return {
      draft,
      entities,
      quotes: findQuotes(plain, mentions),
      topics: scoreTopics(draft.title, draft.paragraphs.join("\n"), editorTopics),
      features: storyFeatures(draft.title, draft.paragraphs),
      messages,
    };
  } catch (error) {
    return { draft: null, entities: null, quotes: [], topics: [], features: null, messages: [message("error", "pipeline/crash", job.raw.path, null, `The parser failed on this file: ${(error as Error).message}`)] };
  }
}

/**
 * A parse as the build holds it until the archive is assembled: its features as numbers of the
 * shared vocabularies, and its draft's paragraphs, original file, captions and date candidates
 * packed (see Packed), as the archive's story then keeps them. Takes over `parsed`: its draft is changed in place.
 */
export type StoryParse = Omit<Parsed, "features"> & { features: CompactFeatures | null };

export function compactParse(parsed: Parsed): StoryParse {
  if (parsed.draft) {
    packProperty(parsed.draft, "paragraphs");
    packProperty(parsed.draft, "original");
    packProperty(parsed.draft, "captions");
    packProperty(parsed.draft, "dateCandidates");
  }
  return { ...parsed, features: parsed.features && compactFeatures(parsed.features) };
}
