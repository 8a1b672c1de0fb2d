export function findBrowser(): string | null;
export function ensureBrowser(options?: { log?: (message: string) => void }): string;
export function chromiumArgs(): string[];
