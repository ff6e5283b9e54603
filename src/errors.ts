/** A document that cannot become a record: the batch reports it with its reason and goes on. */
export class DocumentError extends Error {
  constructor(
    readonly documentId: string,
    readonly reason: string,
  ) {
    super(`${documentId}: ${reason}`);
    this.name = 'DocumentError';
  }
}
