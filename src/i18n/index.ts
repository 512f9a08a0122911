/** The dictionaries by language. */
import { ar } from './ar.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it, type Dictionary } from './it.ts';
import type { Lang } from './languages.ts';
import { si } from './si.ts';

export const DICTIONARIES: Record<Lang, Dictionary> = { it, ar, en, es, fr, si };

export type { Dictionary };
export * from './languages.ts';
