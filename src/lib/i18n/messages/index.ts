/**
 * Every language's message table, by code: what the build serves as `/i18n/<lang>.json` and the tests read.
 */
import type { Lang } from '../locales.ts';
import type { Messages } from '../messages.ts';
import { ar } from './ar.ts';
import { en } from './en.ts';
import { enSite } from './en-site.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { tr } from './tr.ts';

export const MESSAGES: Readonly<Record<Lang, Messages>> = { en: { ...en, ...enSite }, ar, ru, tr, fr };
