import { z } from 'zod';
import { type Text, text } from '../core/text.js';

/** A user-visible text in both languages, both non-empty; normalised to NFC on parse. */
export const TextSchema = z
  .strictObject({ vi: z.string().trim().min(1), en: z.string().trim().min(1) })
  .transform((t): Text => text(t.vi, t.en));
export type TextInput = z.input<typeof TextSchema>;
