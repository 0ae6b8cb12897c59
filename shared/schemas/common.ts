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
