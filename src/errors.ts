/**
 * "The tool could not do its job" (exit 2), in one shape for every layer: bad usage, a file that
 * cannot be read or written, no browser. Charter problems are diagnostics, never ToolErrors.
 */
export class ToolError extends Error {
  override readonly name = 'ToolError';
}

/** What an operating-system error means to a person: "permission denied", "the disk is full". */
export function errnoWords(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'it does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** A ToolError for a failed read: "charter.yaml cannot be read: permission denied". */
export function readError(error: unknown, file: string): ToolError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new ToolError(`${file} does not exist`);
  if (code === 'EISDIR') return new ToolError(`${file} is a folder, not a file`);
  return new ToolError(`${file} cannot be read: ${errnoWords(error)}`);
}

/** A ToolError for a failed write into a folder: "cannot write to dist: the disk is full". */
export function writeError(error: unknown, folder: string): ToolError {
  return new ToolError(`cannot write to ${folder}: ${errnoWords(error)}`);
}

/** Any thrown value as a ToolError, keeping a ToolError as it is. */
export function asToolError(error: unknown): ToolError {
  return error instanceof ToolError ? error : new ToolError(error instanceof Error ? error.message : String(error));
}
