// Types for the lint rule's helpers, which tests/unit/lint/layers.test.ts checks.
import type { ESLint } from 'eslint';

export const LAYERS: ReadonlyArray<readonly [string, readonly string[]]>;
export const ALLOWED: Readonly<Record<string, readonly string[]>>;
export function layerOf(rel: string): string | undefined;
declare const plugin: ESLint.Plugin;
export default plugin;
