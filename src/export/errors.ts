/** A problem with one file of the export (a record that is not JSON or not a valid record, an unreadable folder). */
export class ExportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ExportError';
  }
}
