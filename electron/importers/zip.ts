import { unzipSync } from 'fflate';
import { ImportError } from './import-error';

/**
 * Reading the parts of a zipped office document (.docx, .odt) with fflate: small, synchronous, no
 * dependencies. Only the parts asked for are inflated, and a part that claims more than
 * MAX_PART_BYTES is refused before any memory is taken for it (fflate sizes its output buffer from
 * the declared size, so a lying header cannot make it grow past that either).
 */

const MAX_PART_BYTES = 200 * 1024 * 1024;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Whether `needle` (ASCII) occurs in the bytes, as ASCII or as UTF-16LE (OLE directory names). */
function containsName(bytes: Uint8Array, needle: string): boolean {
  const ascii = Buffer.from(needle, 'latin1');
  const utf16 = Buffer.from(needle, 'utf16le');
  const haystack = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return haystack.includes(utf16) || haystack.includes(ascii);
}

function failure(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}

export interface ZipPackage {
  /** Entry names as stored in the archive. */
  readonly names: readonly string[];
  /** The inflated bytes of one entry (names compare case-insensitively, as OPC part names do). */
  read(name: string): Uint8Array | undefined;
  /** The entry decoded as XML text (UTF-8, or UTF-16 when it starts with a byte order mark). */
  readText(name: string): string | undefined;
}

/**
 * Opens an office package, or throws the ImportError that says why it cannot be read: empty,
 * password-protected (Office encrypts a .docx into an OLE compound file holding an
 * "EncryptedPackage" stream), a legacy binary file, or not a complete zip archive.
 */
export function openZipPackage(bytes: Uint8Array, format: string): ZipPackage {
  if (bytes.length === 0) throw new ImportError('EMPTY_FILE');
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (containsName(bytes, 'EncryptedPackage')) throw new ImportError('PASSWORD_PROTECTED', `${format} chiffré`);
    throw new ImportError('CORRUPT_FILE', `ancien format binaire (OLE), pas un fichier ${format}`);
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new ImportError('CORRUPT_FILE', `pas une archive zip, donc pas un fichier ${format}`);
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch (error) {
    throw new ImportError('CORRUPT_FILE', `archive zip illisible : ${failure(error)}`);
  }
  const read = (name: string): Uint8Array | undefined => {
    const wanted = name.toLowerCase();
    let taken = false;
    try {
      const files = unzipSync(bytes, {
        filter: (file) => {
          if (taken || file.name.toLowerCase() !== wanted) return false;
          if (file.originalSize > MAX_PART_BYTES) throw new ImportError('TOO_LARGE', `${file.name}: ${file.originalSize} bytes`);
          taken = true;
          return true;
        },
      });
      return Object.values(files)[0];
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw new ImportError('CORRUPT_FILE', `${name}: ${failure(error)}`);
    }
  };
  return {
    names,
    read,
    readText: (name) => {
      const data = read(name);
      if (!data) return undefined;
      if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
      if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
      return new TextDecoder('utf-8').decode(data);
    },
  };
}
