// Eleventy ships no TypeScript types; these cover the little of its API this project uses.
declare module "@11ty/eleventy" {
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
    config?: (eleventyConfig: any) => void | Promise<void>;
  }
  export const HtmlBasePlugin: (eleventyConfig: any) => void;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
  }
}

declare module "@11ty/eleventy-dev-server" {
  const EleventyDevServer: { prototype: object };
  export default EleventyDevServer;
}

// The RSS plugin's date and URL helpers (the plugin ships no types either).
declare module "@11ty/eleventy-plugin-rss" {
  export function dateToRfc3339(date: Date): string;
  export function convertHtmlToAbsoluteUrls(html: string, base: string, options?: object): Promise<string>;
}
