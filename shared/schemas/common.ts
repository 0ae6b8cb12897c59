import { z } from 'zod';
import { languages } from '../i18n';
import { projectTemplates } from '../domain/project';

export const languageSchema = z.enum(languages);
export const projectTemplateSchema = z.enum(projectTemplates);

/** An absolute path to a `.balise` file (POSIX or Windows), without NUL bytes. */
export const projectPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), { message: 'NUL byte in path' })
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), {
    message: 'path must be absolute',
  })
  .refine((p) => p.toLowerCase().endsWith('.balise'), { message: 'path must end with .balise' });

/** A file's base name as shown to the researcher (no folders). */
export const fileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine((n) => !/[\\/\0]/.test(n), { message: 'file name without folders' });

/** What to do with a file whose text is already in the project. */
export const duplicatePolicySchema = z.enum(['skip', 'import']);

export const idSchema = z.number().int().positive();

const structureLabel = z.string().min(1).max(500);
export const structureSelectorSchema = z
  .object({
    grid: structureLabel.optional(),
    block: structureLabel.optional(),
    prompt: structureLabel.optional(),
    column: structureLabel.optional(),
    speaker: structureLabel.optional(),
    documentIds: z.array(idSchema).max(10_000).optional(),
  })
  .strict()
  .refine((s) => s.grid ?? s.block ?? s.prompt ?? s.column ?? s.speaker, { message: 'choose at least one of grid, block, prompt, column, speaker' });

export const columnTypeSchema = z.enum(['text', 'number', 'date', 'category']);

/** A code's name: trimmed, not empty, no line breaks. */
export const codeNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((n) => !/[\r\n]/.test(n), { message: 'one line' });
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/).transform((c) => c.toLowerCase());
/** Definition and criteria of a code. */
export const codeTextSchema = z.string().max(20_000);
